/**
 * The two alarms: the weekly summary (next occurrence of the chosen day and time, rescheduled when
 * the setting changes and after each firing) and a daily stats prune.
 */
import { browser, type Browser } from 'wxt/browser';
import type { Settings } from '../storage/schema';
import { getSettings } from '../storage/settings';
import { pruneStoredStats } from '../storage/stats';
import { listen } from './listen';
import { showSummaryNotification } from './summary-notification';
import { nextSummaryTime } from './summary-schedule';

export const SUMMARY_ALARM = 'selfkind-weekly-summary';
export const PRUNE_ALARM = 'selfkind-daily-prune';
const DAY_MINUTES = 24 * 60;

export async function scheduleSummaryAlarm(
  settings: Settings,
  now: number = Date.now(),
  timeZone?: string,
): Promise<number> {
  const when = nextSummaryTime(settings, now, timeZone);
  await browser.alarms.create(SUMMARY_ALARM, { when });
  return when;
}

/**
 * Makes sure both alarms exist (they may be lost on a browser restart). A summary alarm already due
 * is left alone: the browser fires it now that it is running again.
 */
export async function ensureAlarms(settings: Settings, now: number = Date.now()): Promise<void> {
  const existing = await browser.alarms.get(SUMMARY_ALARM);
  const expected = nextSummaryTime(settings, now);
  if (!existing || (existing.scheduledTime > now && existing.scheduledTime !== expected)) {
    await scheduleSummaryAlarm(settings, now);
  }
  await ensurePruneAlarm();
}

async function ensurePruneAlarm(): Promise<void> {
  if (!(await browser.alarms.get(PRUNE_ALARM))) {
    await browser.alarms.create(PRUNE_ALARM, { delayInMinutes: 1, periodInMinutes: DAY_MINUTES });
  }
}

export async function handleAlarm(alarm: Browser.alarms.Alarm): Promise<void> {
  if (alarm.name === SUMMARY_ALARM) {
    const settings = await getSettings();
    // One minute on, so a firing a little early can never schedule the same moment again.
    await scheduleSummaryAlarm(settings, Math.max(Date.now(), alarm.scheduledTime) + 60_000);
    if (settings.summaryNotification) await showSummaryNotification();
    await pruneStoredStats();
  } else if (alarm.name === PRUNE_ALARM) {
    await pruneStoredStats();
  }
}

/**
 * Follows settings changes: a new summary day or time moves the alarm; any other change (say, the
 * notification switch) leaves a scheduled alarm alone and only makes sure both alarms exist.
 */
export function followSettings(): (settings: Settings) => Promise<void> {
  let scheduledFor: string | null = null;
  return async (settings) => {
    const key = `${settings.summaryDay} ${settings.summaryTime}`;
    const moved = scheduledFor !== null && key !== scheduledFor;
    scheduledFor = key;
    if (moved) await scheduleSummaryAlarm(settings);
    else if (!(await browser.alarms.get(SUMMARY_ALARM))) await scheduleSummaryAlarm(settings);
    await ensurePruneAlarm();
  };
}

export function registerAlarms(signal: AbortSignal): void {
  // The promise is returned so tests (and a debugger) can wait for the handling to finish.
  listen(browser.alarms.onAlarm, (alarm) => handleAlarm(alarm).catch(logError), signal);
}

function logError(error: unknown): void {
  console.error('[selfkind] alarm', error);
}
