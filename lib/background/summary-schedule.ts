/** When the weekly summary is due next. Pure: local wall-clock time in a zone, DST-safe. */
import type { Settings } from '../storage/schema';
import { addDays, dayKeyOf, weekdayOf, zonedTimeToEpoch } from '../stats/days';
import { clockMinutes } from '../storage/validate-settings';

/** The first moment strictly after `now` that is `summaryDay` at `summaryTime`, local time. */
export function nextSummaryTime(
  settings: Pick<Settings, 'summaryDay' | 'summaryTime'>,
  now: number,
  timeZone?: string,
): number {
  const minutes = clockMinutes(settings.summaryTime);
  const today = dayKeyOf(now, timeZone);
  // Eight days reach next week's day even when this week's is already past today.
  for (let offset = 0; offset <= 7; offset++) {
    const day = addDays(today, offset);
    if (weekdayOf(day) !== settings.summaryDay) continue;
    const when = zonedTimeToEpoch(day, Math.floor(minutes / 60), minutes % 60, timeZone);
    if (when > now) return when;
  }
  // Unreachable for valid settings; keeps the type honest.
  return now + 7 * 86_400_000;
}
