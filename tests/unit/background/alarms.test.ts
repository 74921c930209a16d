import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { followSettings, PRUNE_ALARM, SUMMARY_ALARM } from '../../../lib/background/alarms';
import { SUMMARY_NOTIFICATION_ID } from '../../../lib/background/summary-notification';
import { nextSummaryTime } from '../../../lib/background/summary-schedule';
import { getSettings, updateSettings } from '../../../lib/storage/settings';
import { readStats } from '../../../lib/storage/stats';
import { startTestBackground } from './fake-extension';

describe('nextSummaryTime', () => {
  const sundayEvening = { summaryDay: 0, summaryTime: '18:00' };

  test.each([
    // New York, spring forward on Sunday 9 March 2025: 18:00 EDT is 22:00Z.
    ['2025-03-08T17:00:00Z', 'America/New_York', sundayEvening, '2025-03-09T22:00:00.000Z'],
    // Already past this Sunday's time: the next Sunday.
    ['2025-03-09T23:00:00Z', 'America/New_York', sundayEvening, '2025-03-16T22:00:00.000Z'],
    // Fall back on Sunday 2 November 2025: 18:00 EST is 23:00Z.
    ['2025-11-01T12:00:00Z', 'America/New_York', sundayEvening, '2025-11-02T23:00:00.000Z'],
    // Sydney leaves DST on Sunday 6 April 2025: 18:00 AEST is 08:00Z.
    ['2025-04-01T00:00:00Z', 'Australia/Sydney', sundayEvening, '2025-04-06T08:00:00.000Z'],
    // Exactly at the time: strictly after, so next week.
    ['2025-06-15T18:00:00Z', 'UTC', sundayEvening, '2025-06-22T18:00:00.000Z'],
    // A minute before: today.
    ['2025-06-15T17:59:00Z', 'UTC', sundayEvening, '2025-06-15T18:00:00.000Z'],
    // Wednesday morning, from a Thursday.
    [
      '2025-06-12T10:00:00Z',
      'UTC',
      { summaryDay: 3, summaryTime: '07:30' },
      '2025-06-18T07:30:00.000Z',
    ],
  ])('from %s in %s', (nowIso, zone, settings, expected) => {
    expect(new Date(nextSummaryTime(settings, Date.parse(nowIso), zone)).toISOString()).toBe(
      expected,
    );
  });
});

describe('followSettings', () => {
  test('only a new day or time moves a scheduled summary alarm', async () => {
    const follow = followSettings();
    const settings = await getSettings();
    await follow(settings);
    const soon = Date.now() + 1_000;
    await fakeBrowser.alarms.create(SUMMARY_ALARM, { when: soon });

    await follow({ ...settings, summaryNotification: true });
    expect((await fakeBrowser.alarms.get(SUMMARY_ALARM))?.scheduledTime).toBe(soon);

    const moved = { ...settings, summaryNotification: true, summaryDay: 3 };
    await follow(moved);
    expect((await fakeBrowser.alarms.get(SUMMARY_ALARM))?.scheduledTime).toBe(
      nextSummaryTime(moved, Date.now()),
    );
    expect(await fakeBrowser.alarms.get(PRUNE_ALARM)).toBeDefined();
  });
});

describe('alarms in the background', () => {
  let bg: ReturnType<typeof startTestBackground>;
  beforeEach(() => {
    bg = startTestBackground();
  });
  afterEach(() => bg.stop());

  const summaryAlarm = () => fakeBrowser.alarms.get(SUMMARY_ALARM);

  test('on start: the summary alarm at the next chosen time, and a daily prune', async () => {
    const expected = nextSummaryTime(await getSettings(), Date.now());
    await expect.poll(async () => (await summaryAlarm())?.scheduledTime).toBe(expected);
    await expect
      .poll(async () => (await fakeBrowser.alarms.get(PRUNE_ALARM))?.periodInMinutes)
      .toBe(24 * 60);
  });

  test('changing the summary day or time reschedules it', async () => {
    await expect.poll(summaryAlarm).toBeDefined();
    await updateSettings({ summaryDay: 3, summaryTime: '07:30' });
    const expected = nextSummaryTime({ summaryDay: 3, summaryTime: '07:30' }, Date.now());
    await expect.poll(async () => (await summaryAlarm())?.scheduledTime).toBe(expected);
    expect(new Date(expected).getDay()).toBe(3);
  });

  test('firing: notification when opted in, then the next week is scheduled', async () => {
    await updateSettings({ summaryNotification: true });
    await expect.poll(summaryAlarm).toBeDefined();
    // The alarm goes off at its time (this process runs in UTC, so no DST shifts a week).
    const fired = (await summaryAlarm())!.scheduledTime;
    await fakeBrowser.alarms.onAlarm.trigger({ name: SUMMARY_ALARM, scheduledTime: fired });
    const notifications = await fakeBrowser.notifications.getAll();
    expect(Object.keys(notifications)).toEqual([SUMMARY_NOTIFICATION_ID]);
    expect(notifications[SUMMARY_NOTIFICATION_ID]).toMatchObject({
      type: 'basic',
      title: 'Your weekly look back is ready',
    });
    expect((await summaryAlarm())!.scheduledTime).toBe(fired + 7 * 86_400_000);
  });

  test('no notification unless opted in (the default)', async () => {
    await fakeBrowser.alarms.onAlarm.trigger({ name: SUMMARY_ALARM, scheduledTime: Date.now() });
    expect(await fakeBrowser.notifications.getAll()).toEqual({});
  });

  test('clicking the notification opens the summary page', async () => {
    await fakeBrowser.notifications.onClicked.trigger(SUMMARY_NOTIFICATION_ID);
    expect(bg.tabsCreate).toHaveBeenCalledWith({
      url: 'chrome-extension://test-extension-id/summary.html',
    });
    await fakeBrowser.notifications.onClicked.trigger('someone-elses');
    expect(bg.tabsCreate).toHaveBeenCalledTimes(1);
  });

  test('the daily prune alarm removes days older than 53 weeks', async () => {
    await fakeBrowser.storage.local.set({
      stats: {
        '2001-01-01': { counts: { harsh: 1 }, byCategory: {} },
        [new Date().toISOString().slice(0, 10)]: { counts: { kind: 1 }, byCategory: {} },
      },
    });
    await fakeBrowser.alarms.onAlarm.trigger({ name: PRUNE_ALARM, scheduledTime: Date.now() });
    expect(Object.keys(await readStats())).not.toContain('2001-01-01');
    expect(Object.keys(await readStats())).toHaveLength(1);
  });
});
