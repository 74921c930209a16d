/**
 * The weekly summary alarm in the real browser: when it goes off and the user opted in (and allowed
 * notifications, an optional permission), the notification appears and the alarm is set for the next summary
 * day and time. Without the permission the alarm still goes off and is set again, and nothing is shown.
 */
import { afterAll, beforeAll, expect, test } from 'vitest';
import { BROWSER, launchWithExtension, type ExtensionBrowser } from '../harness';
import { answerPermissionPrompt } from './permission-prompt';

/** The extension APIs as the service worker sees them (the callbacks below run there). */
declare const chrome: (typeof import('wxt/browser'))['browser'];

const SUMMARY_ALARM = 'selfkind-weekly-summary';
const WEEK_MS = 7 * 86_400_000;

let browser: ExtensionBrowser;
beforeAll(async () => {
  browser = await launchWithExtension();
});
afterAll(async () => {
  await browser?.close();
});

/**
 * Notifications the browser has shown: those still open, and those it has closed again. Headless firefox-esr has
 * no notification server, so it closes each one as soon as it is shown; Chromium keeps them open.
 */
const watchNotifications = () =>
  browser.worker.evaluate(() => {
    if (!chrome.notifications) throw new Error('no notifications API: the permission is not held');
    const seen: string[] = [];
    (globalThis as { closedNotifications?: string[] }).closedNotifications = seen;
    chrome.notifications.onClosed.addListener((id) => void seen.push(id));
  });
const notificationIds = () =>
  browser.worker.evaluate(async () => {
    const open = Object.keys(await chrome.notifications.getAll());
    const closed = (globalThis as { closedNotifications?: string[] }).closedNotifications ?? [];
    return [...new Set([...open, ...closed])];
  });
const notificationsApi = () =>
  browser.worker.evaluate(() => typeof (chrome as Partial<typeof chrome>).notifications);
const summaryAlarmTime = () =>
  browser.worker.evaluate(
    async (name) => (await chrome.alarms.get(name))?.scheduledTime ?? null,
    SUMMARY_ALARM,
  );

/** Opted in the way the options page stores it. */
const storeOptIn = (on: boolean) =>
  browser.worker.evaluate(async (summaryNotification) => {
    const { settings } = await chrome.storage.local.get('settings');
    await chrome.storage.local.set({
      settings: { ...(settings as object | undefined), summaryNotification },
      settings$: { v: 2 },
    });
  }, on);

/** Makes the alarm go off now (unpacked extensions may use short delays); resolves with when. */
const fireSummaryAlarm = () =>
  browser.worker.evaluate(async (name) => {
    const when = Date.now() + 1_000;
    await chrome.alarms.create(name, { when });
    return when;
  }, SUMMARY_ALARM);

/** Set again for the next summary day and time (defaults: Sunday 18:00 in the browser's zone). */
async function expectScheduledAfter(firesAt: number): Promise<void> {
  await expect.poll(summaryAlarmTime, { timeout: 15_000 }).toBeGreaterThan(firesAt);
  const next = (await summaryAlarmTime())!;
  expect(next - firesAt).toBeLessThanOrEqual(WEEK_MS + 3_600_000);
  const local = await browser.worker.evaluate((when) => {
    const date = new Date(when);
    return [date.getDay(), date.getHours(), date.getMinutes()];
  }, next);
  expect(local).toEqual([0, 18, 0]);
}

test('opted in without the permission: nothing can be shown, and the alarm is still set again', async () => {
  await expect.poll(summaryAlarmTime, { timeout: 10_000 }).not.toBeNull();
  // Opted in, then the permission taken back in the browser: the background has no notifications API.
  await storeOptIn(true);
  expect(await notificationsApi()).toBe('undefined');
  await expectScheduledAfter(await fireSummaryAlarm());
  expect(await notificationsApi()).toBe('undefined');
  await storeOptIn(false);
});

// Chromium's permission prompt cannot be answered in a headless run; Firefox's is answered in its own window.
test.skipIf(BROWSER === 'chromium')(
  'opted in on the options page and allowed: the alarm shows the notification and is set again',
  async () => {
    const page = await browser.context.newPage();
    await page.goto(`chrome-extension://${browser.extensionId}/options.html`);
    await page.getByRole('switch', { name: /^Let me know when it's ready/ }).click();
    await answerPermissionPrompt(page, 'Allow');
    await expect
      .poll(() =>
        browser.worker.evaluate(
          async () =>
            (
              (await chrome.storage.local.get('settings')).settings as {
                summaryNotification?: boolean;
              }
            ).summaryNotification,
        ),
      )
      .toBe(true);
    await page.close();
    await expect.poll(notificationsApi).toBe('object');
    await watchNotifications();
    const firesAt = await fireSummaryAlarm();
    await expect.poll(notificationIds, { timeout: 15_000 }).toEqual([SUMMARY_ALARM]);
    await expectScheduledAfter(firesAt);
    expect(browser.outsideRequests()).toEqual([]);
  },
);
