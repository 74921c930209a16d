/** Whether, and how, Selfkind runs on a site right now. Pure: time, zone and language are arguments. */
import type { ContentConfig } from '../messaging/protocol';
import type { Settings } from '../storage/schema';
import { zonedParts } from '../stats/days';
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
  return { active, settings, country: resolveCountry(settings, context.uiLanguage) };
}
