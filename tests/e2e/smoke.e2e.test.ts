import { afterAll, beforeAll, expect, test } from 'vitest';
import { launchWithExtension, type ExtensionBrowser } from './harness';

let browser: ExtensionBrowser;
beforeAll(async () => {
  browser = await launchWithExtension();
});
afterAll(async () => {
  await browser?.close();
});

test('the built extension loads and its popup opens', async () => {
  const page = await browser.context.newPage();
  await page.goto(`chrome-extension://${browser.extensionId}/popup.html`);
  await expect.poll(() => page.locator('main').textContent()).toContain('Selfkind');
  expect(browser.outsideRequests()).toEqual([]);
});
