/**
 * Firefox only: Selfkind installed as a user's add-on (MV2: a background page, not a service worker)
 * keeps its settings and counts across a browser restart, and works again after it.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import webExt from 'web-ext';
import { isLocal, serveFixtures, type ExtensionBrowser, type FixtureServer } from '../harness';
import { firefoxWithExtension } from '../drivers/firefox/extension-browser';
import { FIREFOX_EXTENSION_DIR } from '../drivers/firefox/launch';
import { selfkindUi } from '../ui';
import { DIALOG, HARSH, INDICATOR } from '../content/setup';

/** The extension's API, as the callbacks below see it. */
declare const chrome: (typeof import('wxt/browser'))['browser'];

const work = mkdtempSync(join(tmpdir(), 'selfkind-restart-'));
const profileDir = join(work, 'profile');
let xpi: string;
let server: FixtureServer;

beforeAll(async () => {
  ({ extensionPath: xpi } = await webExt.cmd.build(
    { sourceDir: FIREFOX_EXTENSION_DIR, artifactsDir: work, overwriteDest: true },
    { shouldExitProgram: false },
  ));
  server = await serveFixtures(resolve(__dirname, '../fixtures/pages'));
});
afterAll(async () => {
  await server?.close();
  rmSync(work, { recursive: true, force: true });
});

const start = (firstRun: boolean) =>
  firefoxWithExtension({ profileDir, sideload: { xpi, firstRun } }, isLocal);

const usedCount = (browser: ExtensionBrowser) =>
  browser.worker.evaluate(async () => {
    const { stats } = await chrome.storage.local.get('stats');
    const days = Object.values((stats ?? {}) as Record<string, { counts: { used?: number } }>);
    return days.reduce((sum, day) => sum + (day.counts.used ?? 0), 0);
  });

async function useASuggestion(browser: ExtensionBrowser): Promise<void> {
  const page = await browser.context.newPage();
  await page.goto(server.url('/textarea.html'));
  const ui = await selfkindUi(page);
  await page.click('#entry');
  await page.keyboard.type(HARSH);
  await ui.click(await ui.waitFor(INDICATOR));
  await ui.waitFor(DIALOG);
  await ui.click(await ui.waitFor({ role: 'button', name: /^Use this: / }));
  await expect.poll(() => page.inputValue('#entry')).not.toBe(HARSH);
  await page.close();
}

test('settings and counts survive a restart, and Selfkind works after it', async () => {
  const first = await start(true);
  const options = await first.context.newPage();
  await options.goto(`chrome-extension://${first.extensionId}/options.html`);
  await options.getByRole('radio', { name: /^Gentle/ }).check();
  await useASuggestion(first);
  await expect.poll(() => usedCount(first), { timeout: 10_000 }).toBe(1);
  expect(first.outsideRequests()).toEqual([]);
  await first.close();

  const second = await start(false);
  expect(await usedCount(second)).toBe(1);
  const again = await second.context.newPage();
  await again.goto(`chrome-extension://${second.extensionId}/options.html`);
  await expect.poll(() => again.getByRole('radio', { name: /^Gentle/ }).isChecked()).toBe(true);
  await useASuggestion(second);
  await expect.poll(() => usedCount(second), { timeout: 10_000 }).toBe(2);
  expect(second.outsideRequests()).toEqual([]);
  await second.close();
});
