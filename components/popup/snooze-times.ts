/** When "until tomorrow morning" ends: 08:00 local time on the next day. */
export const MORNING_HOUR = 8;
export const HOUR_MS = 60 * 60 * 1000;

export function inOneHour(now: number): number {
  return now + HOUR_MS;
}

export function tomorrowMorning(now: number): number {
  const date = new Date(now);
  date.setDate(date.getDate() + 1);
  date.setHours(MORNING_HOUR, 0, 0, 0);
  return date.getTime();
}

export function isSnoozed(snoozeUntil: number | null, now: number): snoozeUntil is number {
  return snoozeUntil !== null && snoozeUntil > now;
}

/** "14:30", or "Tue 08:00" when the end is not today (in the user's locale). */
export function formatSnoozeEnd(until: number, now: number, locale?: string): string {
  const end = new Date(until);
  const sameDay = end.toDateString() === new Date(now).toDateString();
  return end.toLocaleString(locale, {
    ...(sameDay ? {} : { weekday: 'short' }),
    hour: '2-digit',
    minute: '2-digit',
  });
}
