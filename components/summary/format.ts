/** Dates for the summary page, in the browser's UI language. Day keys are calendar days, so format them in UTC. */
import type { DayKey } from '../../lib/stats/days';

function utcDate(day: DayKey): Date {
  const [year, month, date] = day.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(year, month - 1, date));
}

export function weekdayLabel(day: DayKey, locale?: string): string {
  return new Intl.DateTimeFormat(locale, { weekday: 'short', timeZone: 'UTC' }).format(
    utcDate(day),
  );
}

export function longDayLabel(day: DayKey, locale?: string): string {
  return new Intl.DateTimeFormat(locale, {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    timeZone: 'UTC',
  }).format(utcDate(day));
}

export function dateLabel(day: DayKey, locale?: string): string {
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' }).format(
    utcDate(day),
  );
}
