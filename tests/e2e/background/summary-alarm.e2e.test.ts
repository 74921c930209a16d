/**
 * The weekly summary alarm in the real browser: when it goes off and the user opted in, the
 * notification appears and the alarm is set for the next summary day and time.
 */
import { afterAll, beforeAll, expect, test } from 'vitest';
import { launchWithExtension, type ExtensionBrowser } from '../harness';

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
const summaryAlarmTime = () =>
  browser.worker.evaluate(
    async (name) => (await chrome.alarms.get(name))?.scheduledTime ?? null,
    SUMMARY_ALARM,
  );

test('opted in: the alarm shows the notification and is scheduled again', async () => {
  await expect.poll(summaryAlarmTime, { timeout: 10_000 }).not.toBeNull();
  // Opt in the way the options page does: the stored settings change.
  await browser.worker.evaluate(async () => {
    const { settings } = await chrome.storage.local.get('settings');
    await chrome.storage.local.set({
      settings: { ...(settings as object | undefined), summaryNotification: true },
      settings$: { v: 2 },
    });
  });
  await watchNotifications();
  // Make the alarm go off now (unpacked extensions may use short delays).
  const firesAt = await browser.worker.evaluate(async (name) => {
    const when = Date.now() + 1_000;
    await chrome.alarms.create(name, { when });
    return when;
  }, SUMMARY_ALARM);

  await expect.poll(notificationIds, { timeout: 15_000 }).toEqual([SUMMARY_ALARM]);
  // Rescheduled to the next summary day and time (defaults: Sunday 18:00 in the browser's zone).
  await expect.poll(summaryAlarmTime, { timeout: 5_000 }).toBeGreaterThan(firesAt);
  const next = (await summaryAlarmTime())!;
  expect(next - firesAt).toBeLessThanOrEqual(WEEK_MS + 3_600_000);
  const local = await browser.worker.evaluate((when) => {
    const date = new Date(when);
    return [date.getDay(), date.getHours(), date.getMinutes()];
  }, next);
  expect(local).toEqual([0, 18, 0]);
  expect(browser.outsideRequests()).toEqual([]);
});
