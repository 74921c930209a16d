/** Every plain field kind: contenteditable, inputs, open shadow roots, iframes, and the fields to skip. */
import { expect, test } from 'vitest';
import { DIALOG, HARSH, HARSH_FLAGGED, INDICATOR, openFixture, useContentEnv } from './setup';

const env = useContentEnv();

const editorText = (page: import('playwright-core').Page) =>
  page.evaluate(() => (document.getElementById('editor') as HTMLElement).innerText);

test('contenteditable with blocks and formatting: Use this replaces only the flagged words; Ctrl+Z restores', async () => {
  const { page, ui } = await openFixture(env, 'contenteditable.html');
  await page.click('#editor');
  await page.keyboard.press('Control+End');
  await page.keyboard.press('Enter');
  await page.keyboard.type(HARSH);
  const original = await editorText(page);
  await ui.click(await ui.waitFor(INDICATOR));
  await ui.waitFor(DIALOG);
  const choices = await ui.findAll({ role: 'button', name: /^Use this: / });
  const spanChoice = choices.find((c) => !/[.!?]$/.test(c.name)) ?? choices[0]!;
  const replacement = spanChoice.name.replace(/^Use this: /, '');
  await ui.click(spanChoice);
  await ui.waitForNone(DIALOG);
  const changed = await editorText(page);
  const expected =
    original.includes(HARSH) && !/[.!?]$/.test(replacement)
      ? original.replace(HARSH_FLAGGED, replacement)
      : original.replace(HARSH, replacement);
  expect(changed).toBe(expected);
  expect(await page.evaluate(() => document.querySelector('#editor b')?.textContent)).toBe(
    'studio',
  );
  await page.keyboard.press('Control+z');
  await expect.poll(() => editorText(page)).toBe(original);
  await page.close();
});

test('text and search inputs', async () => {
  const { page, ui } = await openFixture(env, 'input.html');
  for (const id of ['#status', '#search']) {
    await page.click(id);
    await page.keyboard.type(HARSH);
    await ui.waitFor(INDICATOR);
    await page.keyboard.press('Control+a');
    await page.keyboard.press('Delete');
    await ui.waitForNone(INDICATOR);
  }
  await page.close();
});

test('a field inside an open shadow root', async () => {
  const { page, ui } = await openFixture(env, 'shadow.html');
  await page.click('note-box >> textarea');
  await page.keyboard.type(HARSH);
  await ui.click(await ui.waitFor(INDICATOR));
  await ui.waitFor(DIALOG);
  await page.keyboard.press('Escape');
  await ui.waitForNone(DIALOG);
  // Focus goes back as the card closes; under load the browser may report it a moment after the card is gone.
  await expect
    .poll(() => page.evaluate(() => document.activeElement?.shadowRoot?.activeElement?.id))
    .toBe('inner');
  await page.close();
});

test('a field inside an iframe', async () => {
  const { page, ui } = await openFixture(env, 'iframe.html');
  const frame = page.frameLocator('#frame');
  await frame.locator('#framed').click();
  await page.keyboard.type(HARSH);
  const inner = page.frames().find((f) => f.url().endsWith('iframe-inner.html'))!;
  await ui.click(await ui.waitFor({ ...INDICATOR, frame: inner }));
  await ui.waitFor({ ...DIALOG, frame: inner });
  // The UI host lives in the iframe's document, not in the top page.
  expect(await page.evaluate(() => document.querySelector('selfkind-ui'))).toBeNull();
  await page.close();
});

test('skipped fields never load the engine or get a nudge', async () => {
  const { page, ui } = await openFixture(env, 'skipped.html');
  const skipped = [
    '#password',
    '#email',
    '#number',
    '#tel',
    '#url',
    '#card',
    '#otp',
    '#nospell',
    '#nospell-inherited',
    '#gramm',
    '#grammarly',
    '#optout',
    '#readonly',
    '#code',
  ];
  for (const id of skipped) {
    await page.click(id);
    await page.keyboard.type(HARSH);
    await page.keyboard.press('Alt+Shift+K');
  }
  const hostCount = () => page.evaluate(() => document.querySelectorAll('selfkind-ui').length);
  expect(await hostCount()).toBe(0);
  expect(await ui.find(INDICATOR)).toBeNull();
  // The control: a normal field on the same page does get checked.
  await page.click('#ok');
  await page.keyboard.type(HARSH);
  await ui.waitFor(INDICATOR);
  expect(await hostCount()).toBe(1);
  await page.close();
});
