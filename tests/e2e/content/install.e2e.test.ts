/**
 * Right after install, and after an update, fields in pages that were already open work with no reload: the
 * background adds the always-on script to them, and an old version's script steps aside.
 */
import { afterAll, beforeAll, expect, test } from 'vitest';
import {
  launchBeforeInstall,
  serveFixtures,
  type BrowserBeforeInstall,
  type FixtureServer,
} from '../harness';
import { selfkindUi } from '../ui';
import { FIXTURES, HARSH, INDICATOR } from './setup';

let browser: BrowserBeforeInstall;
let server: FixtureServer;
beforeAll(async () => {
  [browser, server] = await Promise.all([launchBeforeInstall(), serveFixtures(FIXTURES)]);
});
afterAll(async () => {
  expect(browser?.outsideRequests()).toEqual([]);
  await browser?.close();
  await server?.close();
});

test('a page open before install gets nudges without a reload, from one Selfkind only', async () => {
  const page = await browser.context.newPage();
  await page.goto(server.url('/textarea.html'));
  const ui = await selfkindUi(page);

  const welcome = browser.context.waitForEvent('page');
  const extensionId = await browser.install();
  expect((await welcome).url()).toBe(`chrome-extension://${extensionId}/welcome.html`);

  await page.bringToFront();
  await page.click('#entry');
  await page.keyboard.type(HARSH);
  await ui.waitFor(INDICATOR);
  expect(await ui.findAll(INDICATOR)).toHaveLength(1);
  expect(await page.evaluate(() => document.querySelectorAll('selfkind-ui').length)).toBe(1);
  await page.close();
});

test('after an update, a page keeps one working Selfkind: the old version steps aside as the user types', async () => {
  const page = await browser.context.newPage();
  await page.goto(server.url('/textarea.html'));
  const ui = await selfkindUi(page);
  await page.click('#entry');
  await page.keyboard.type(HARSH);
  await ui.waitFor(INDICATOR);

  // The same extension loaded again: Chromium treats it as an update of the installed one.
  await browser.install();
  await page.keyboard.type(' Also, I always ruin everything.');
  await expect
    .poll(() => page.evaluate(() => document.querySelectorAll('selfkind-ui').length))
    .toBe(1);
  await expect.poll(async () => (await ui.findAll(INDICATOR)).length).toBe(1);
  // The nudge that remains is the new version's, and it works: its card opens.
  await ui.click(await ui.waitFor(INDICATOR));
  await ui.waitFor({ role: 'dialog', name: /Selfkind/ });
  await page.close();
});
