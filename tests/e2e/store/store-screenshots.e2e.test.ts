/**
 * The stores' screenshots, 1280×800, from the browser this run drives (Firefox's get "-firefox" in their
 * names): the card on a journal page, the welcome page, the options page. docs/store/LISTING.md uses them.
 */
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { DIALOG, INDICATOR, openFixture, startEnv, stopEnv, type Env } from '../content/setup';

const OUT = resolve(__dirname, '../../../docs/store/screenshots');
const SIZE = { width: 1280, height: 800 };
const TEXT =
  "Long day. I'm such an idiot for forgetting the meeting again, and now everyone will think I don't care.";

let env: Env;
beforeAll(async () => {
  env = await startEnv({ viewport: SIZE });
  mkdirSync(OUT, { recursive: true });
});
afterAll(async () => {
  expect(env.browser.outsideRequests()).toEqual([]);
  await stopEnv(env);
});

test('the card on a journal page', async () => {
  const { page, ui } = await openFixture(env, 'textarea.html');
  await page.setViewportSize(SIZE);
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.click('#entry');
  await page.keyboard.type(TEXT);
  await ui.click(await ui.waitFor(INDICATOR));
  await ui.waitFor(DIALOG);
  await page.mouse.move(5, 5);
  await page.screenshot({ path: resolve(OUT, 'card.png') });
  await page.close();
});

for (const name of ['welcome', 'options'] as const) {
  test(`the ${name} page`, async () => {
    const page = await env.browser.context.newPage();
    await page.setViewportSize(SIZE);
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await page.goto(`chrome-extension://${env.browser.extensionId}/${name}.html`);
    await page.getByRole('heading', { level: 1 }).first().waitFor();
    await page.screenshot({ path: resolve(OUT, `${name}.png`) });
    await page.close();
  });
}
