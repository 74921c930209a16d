/** The product's face: the highlight and the open card on a textarea and on a contenteditable field. */
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { DIALOG, INDICATOR, openFixture, startEnv, stopEnv, type Env } from './setup';
import { saveScreenshot } from './screenshot-file';

const OUT = resolve(__dirname, '../../../docs/screenshots');
const TEXT =
  "Rough afternoon. I'm such an idiot for forgetting the meeting again, and now everyone will think I don't care.";

let env: Env;
beforeAll(async () => {
  env = await startEnv();
  mkdirSync(OUT, { recursive: true });
});
afterAll(async () => {
  expect(env.browser.outsideRequests()).toEqual([]);
  await stopEnv(env);
});

for (const [fixture, selector, file] of [
  ['textarea.html', '#entry', 'card-textarea.png'],
  ['contenteditable.html', '#editor', 'card-contenteditable.png'],
] as const) {
  test(`screenshot: ${file}`, async () => {
    const { page, ui } = await openFixture(env, fixture);
    await page.setViewportSize({ width: 900, height: 780 });
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await page.click(selector);
    await page.keyboard.press('Control+End');
    if (fixture === 'contenteditable.html') await page.keyboard.press('Enter');
    await page.keyboard.type(TEXT);
    const indicator = await ui.waitFor(INDICATOR);
    await saveScreenshot(page, resolve(OUT, file.replace('card-', 'highlight-')));
    await ui.click(indicator);
    await ui.waitFor(DIALOG);
    await page.mouse.move(5, 5);
    await saveScreenshot(page, resolve(OUT, file));
    await page.close();
  });
}
