/** The card's other ways in and out: hover, Not now, Practice this, Pause on this site. */
import { expect, test } from 'vitest';
import {
  DIALOG,
  HARSH,
  HARSH_FLAGGED,
  INDICATOR,
  openFixture,
  useContentEnv,
  type Env,
} from './setup';

const env = useContentEnv();

async function typeHarshInEditor(env: Env) {
  const opened = await openFixture(env, 'contenteditable.html');
  await opened.page.click('#editor');
  await opened.page.keyboard.press('Control+End');
  await opened.page.keyboard.press('Enter');
  await opened.page.keyboard.type(HARSH);
  await opened.ui.waitFor(INDICATOR);
  return opened;
}

test('hovering the flagged words opens the card without taking focus; Not now closes it', async () => {
  const { page, ui } = await typeHarshInEditor(env);
  // Where the flagged words are drawn (the test measures the page; Selfkind's layer is closed).
  const box = await page.evaluate((flagged) => {
    const editor = document.getElementById('editor')!;
    const walker = document.createTreeWalker(editor, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const at = (node as Text).data.indexOf(flagged);
      if (at < 0) continue;
      const range = document.createRange();
      range.setStart(node, at + 4);
      range.setEnd(node, at + 8);
      const rect = range.getBoundingClientRect();
      return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
    }
    return null;
  }, HARSH_FLAGGED);
  expect(box).not.toBeNull();
  const indicatorBefore = (await ui.find(INDICATOR))?.name;
  await page.mouse.move(box!.x, box!.y, { steps: 5 });
  await ui.waitFor(DIALOG);
  expect(await page.evaluate(() => document.activeElement?.id)).toBe('editor');
  await ui.click(await ui.waitFor({ role: 'button', name: 'Not now' }));
  await ui.waitForNone(DIALOG);
  // That finding is set aside in this field: the indicator counts one fewer (or is gone).
  await expect
    .poll(async () => (await ui.find(INDICATOR))?.name ?? 'gone')
    .not.toBe(indicatorBefore);
  await page.close();
});

test('Practice this opens the self-compassion break', async () => {
  const { page, ui } = await typeHarshInEditor(env);
  await ui.click(await ui.waitFor(INDICATOR));
  const opened = env.browser.context.waitForEvent('page');
  await ui.click(await ui.waitFor({ role: 'button', name: 'Practice this' }));
  const practice = await opened;
  expect(practice.url()).toContain(`chrome-extension://${env.browser.extensionId}/`);
  await ui.waitForNone(DIALOG);
  await practice.close();
  await page.close();
});

test('Pause on this site turns Selfkind off for the host', async () => {
  const { page, ui } = await typeHarshInEditor(env);
  await ui.click(await ui.waitFor(INDICATOR));
  await ui.click(await ui.waitFor({ role: 'button', name: 'Pause on this site' }));
  await ui.waitForNone(DIALOG);
  await ui.waitForNone(INDICATOR);
  // A new page on the same host is not checked at all.
  const again = await openFixture(env, 'textarea.html');
  await again.page.click('#entry');
  await again.page.keyboard.type(HARSH);
  await again.page.click('#add');
  expect(await again.page.evaluate(() => document.querySelectorAll('selfkind-ui').length)).toBe(0);
  await again.page.close();
  await page.close();
});
