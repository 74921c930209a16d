/** The card's other ways in and out: hover, Not now, Practice this, Pause on this site. */
import type { Page } from 'playwright-core';
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
const OTHER_HARSH = 'I am such a failure at keeping plants alive.';
const OTHER_FLAGGED = 'I am such a failure';

async function typeHarshInEditor(env: Env) {
  const opened = await openFixture(env, 'contenteditable.html');
  await opened.page.click('#editor');
  await opened.page.keyboard.press('Control+End');
  await opened.page.keyboard.press('Enter');
  await opened.page.keyboard.type(HARSH);
  await opened.ui.waitFor(INDICATOR);
  return opened;
}

/** Where the flagged words are drawn, the last time they occur (the test measures the page; Selfkind's layer is closed). */
async function flaggedWordsAt(page: Page, flagged: string) {
  return page.evaluate((flagged) => {
    const editor = document.getElementById('editor')!;
    const walker = document.createTreeWalker(editor, NodeFilter.SHOW_TEXT);
    let found: { x: number; y: number } | null = null;
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const at = (node as Text).data.lastIndexOf(flagged);
      if (at < 0) continue;
      const range = document.createRange();
      range.setStart(node, at + 4);
      range.setEnd(node, at + 8);
      const rect = range.getBoundingClientRect();
      found = { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
    }
    return found;
  }, flagged);
}

test('hovering the flagged words opens the card without taking focus; Not now closes it and hovering rests a while', async () => {
  const { page, ui } = await typeHarshInEditor(env);
  const box = await flaggedWordsAt(page, HARSH_FLAGGED);
  expect(box).not.toBeNull();
  const indicatorBefore = (await ui.find(INDICATOR))?.name;
  await page.mouse.move(box!.x, box!.y, { steps: 5 });
  const hoveredAt = Date.now();
  await ui.waitFor(DIALOG);
  const opensWithinMs = Date.now() - hoveredAt;
  expect(await page.evaluate(() => document.activeElement?.id)).toBe('editor');
  await ui.click(await ui.waitFor({ role: 'button', name: 'Not now' }));
  await ui.waitForNone(DIALOG);
  // That finding is set aside in this field: the indicator counts one fewer (or is gone).
  await expect
    .poll(async () => (await ui.find(INDICATOR))?.name ?? 'gone')
    .not.toBe(indicatorBefore);

  // Other harsh words written right away: underlined, but hovering them does not pop a card up during
  // the field's cool-down; the indicator still opens it on request. (The words set aside stay aside.)
  await page.mouse.move(1, 1);
  await page.keyboard.type(' Anyway. ' + OTHER_HARSH);
  await expect.poll(async () => (await ui.find(INDICATOR))?.name ?? 'gone').toMatch(/^Selfkind/);
  const again = await flaggedWordsAt(page, OTHER_FLAGGED);
  await page.mouse.move(again!.x, again!.y, { steps: 5 });
  const lookUntil = Date.now() + Math.max(3 * opensWithinMs, 2_000);
  while (Date.now() < lookUntil) expect(await ui.find(DIALOG)).toBeNull();
  await ui.click(await ui.waitFor(INDICATOR));
  await ui.waitFor(DIALOG);
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
