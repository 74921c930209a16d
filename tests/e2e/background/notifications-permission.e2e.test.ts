/**
 * `notifications` is an optional permission, asked for on the options page when the user turns on the weekly
 * notification. Refused, the setting stays off and a calm note says why; taken back later in the browser, the
 * setting shows off. (Granted, the notification shows: summary-alarm.e2e.test.ts.)
 */
import type { Page } from 'playwright-core';
import { mkdirSync } from 'node:fs';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { BROWSER, launchWithExtension, type ExtensionBrowser } from '../harness';
import { answerPermissionPrompt } from './permission-prompt';

/** The extension APIs as the background sees them (the callbacks below run there). */
declare const chrome: (typeof import('wxt/browser'))['browser'];

const SWITCH = { name: /^Let me know when it's ready/ } as const;

let browser: ExtensionBrowser;
beforeAll(async () => {
  browser = await launchWithExtension();
});
afterAll(async () => {
  expect(browser.outsideRequests()).toEqual([]);
  await browser?.close();
});

async function openOptions(): Promise<Page> {
  const page = await browser.context.newPage();
  await page.goto(`chrome-extension://${browser.extensionId}/options.html`);
  await page.getByRole('heading', { level: 2, name: 'Weekly summary' }).waitFor();
  return page;
}

const storedChoice = () =>
  browser.worker.evaluate(async () => {
    const { settings } = await chrome.storage.local.get('settings');
    return (settings as { summaryNotification?: boolean } | undefined)?.summaryNotification;
  });
const permissionHeld = () =>
  browser.worker.evaluate(() => chrome.permissions.contains({ permissions: ['notifications'] }));

test('the manifest asks for notifications only as optional; none is held after install', async () => {
  const manifest = await browser.worker.evaluate(() => chrome.runtime.getManifest());
  expect(manifest.permissions).not.toContain('notifications');
  expect(manifest.optional_permissions).toEqual(['notifications']);
  expect(await permissionHeld()).toBe(false);
});

test('turned on earlier, but the permission is not held (taken back in the browser): shown off, with a note', async () => {
  await browser.worker.evaluate(async () => {
    const { settings } = await chrome.storage.local.get('settings');
    await chrome.storage.local.set({
      settings: { ...(settings as object | undefined), summaryNotification: true },
      settings$: { v: 2 },
    });
  });
  const page = await openOptions();
  const notificationSwitch = page.getByRole('switch', SWITCH);
  await page.getByText('Notifications for Selfkind are turned off in your browser').waitFor();
  expect(await notificationSwitch.isChecked()).toBe(false);
  if (BROWSER === 'chromium') {
    mkdirSync('docs/screenshots', { recursive: true });
    await page
      .locator('#summary')
      .screenshot({ path: 'docs/screenshots/options-notification-taken-back.png' });
  }
  await browser.worker.evaluate(async () => {
    const { settings } = await chrome.storage.local.get('settings');
    await chrome.storage.local.set({
      settings: { ...(settings as object | undefined), summaryNotification: false },
    });
  });
  await page.close();
});

// Chromium's permission prompt cannot be answered in a headless run; Firefox's is answered in its own window.
test.skipIf(BROWSER === 'chromium')(
  'turning it on asks the browser; Deny: it stays off, and a calm note says why',
  async () => {
    const page = await openOptions();
    const notificationSwitch = page.getByRole('switch', SWITCH);
    await notificationSwitch.click();
    await answerPermissionPrompt(page, 'Deny');
    await page.getByText("Your browser didn't allow notifications, so this stays off.").waitFor();
    expect(await notificationSwitch.isChecked()).toBe(false);
    expect(await storedChoice()).toBe(false);
    expect(await permissionHeld()).toBe(false);
    await page.close();
  },
);
