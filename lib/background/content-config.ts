/** Whether, and how, Selfkind runs on a site right now. Pure: time, zone and language are arguments. */
import type { ContentConfig } from '../messaging/protocol';
import type { Settings } from '../storage/schema';
import { addDays, dayKeyOf, zonedParts, zonedTimeToEpoch } from '../stats/days';
import { clockMinutes } from '../storage/validate-settings';
import { resolveCountry } from './country';

/** True inside the quiet hours; a range whose end is before its start spans midnight. */
export function inQuietHours(
  quietHours: Settings['quietHours'],
  now: number,
  timeZone?: string,
): boolean {
  if (!quietHours.enabled) return false;
  const { hour, minute } = zonedParts(now, timeZone);
  const current = hour * 60 + minute;
  const start = clockMinutes(quietHours.start);
  const end = clockMinutes(quietHours.end);
  if (start === end) return false;
  return start < end ? current >= start && current < end : current >= start || current < end;
}

/** The next moment quiet hours start or end, after `now`; null when they are off. */
export function nextQuietBoundary(
  quietHours: Settings['quietHours'],
  now: number,
  timeZone?: string,
): number | null {
  if (!quietHours.enabled || quietHours.start === quietHours.end) return null;
  const today = dayKeyOf(now, timeZone);
  const boundaries = [0, 1, 2].flatMap((offset) =>
    [quietHours.start, quietHours.end].map((time) => {
      const minutes = clockMinutes(time);
      return zonedTimeToEpoch(
        addDays(today, offset),
        Math.floor(minutes / 60),
        minutes % 60,
        timeZone,
      );
    }),
  );
  return Math.min(...boundaries.filter((when) => when > now));
}

export function isSnoozed(settings: Settings, now: number): boolean {
  return settings.snoozeUntil !== null && now < settings.snoozeUntil;
}

export function computeContentConfig(
  settings: Settings,
  host: string,
  context: { now: number; uiLanguage: string; timeZone?: string },
): ContentConfig {
  const active =
    settings.enabled &&
    !settings.disabledSites.includes(host.toLowerCase()) &&
    !isSnoozed(settings, context.now) &&
    !inQuietHours(settings.quietHours, context.now, context.timeZone);
  const changes = [
    isSnoozed(settings, context.now) ? settings.snoozeUntil : null,
    nextQuietBoundary(settings.quietHours, context.now, context.timeZone),
  ].filter((when): when is number => when !== null);
  return {
    active,
    settings,
    country: resolveCountry(settings, context.uiLanguage),
    recheckAt: settings.enabled && changes.length > 0 ? Math.min(...changes) : null,
  };
}
