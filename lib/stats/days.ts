/**
 * Calendar days as 'YYYY-MM-DD' keys in a time zone. Day arithmetic is done on the keys themselves
 * (through UTC dates), so DST switches never add or lose a day.
 */

/** A local calendar day, 'YYYY-MM-DD'. */
export type DayKey = string;

const DAY_KEY = /^(\d{4})-(\d{2})-(\d{2})$/;
const MS_PER_DAY = 86_400_000;

const formatters = new Map<string, Intl.DateTimeFormat>();

function partsFormatter(timeZone: string | undefined): Intl.DateTimeFormat {
  const cacheKey = timeZone ?? '';
  let formatter = formatters.get(cacheKey);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    formatters.set(cacheKey, formatter);
  }
  return formatter;
}

export interface ZonedParts {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

/** The wall-clock date and time of an instant in a zone (the runtime's zone when undefined). */
export function zonedParts(epochMs: number, timeZone?: string): ZonedParts {
  const values: Record<string, number> = {};
  for (const part of partsFormatter(timeZone).formatToParts(new Date(epochMs))) {
    if (part.type !== 'literal') values[part.type] = Number(part.value);
  }
  return {
    year: values.year ?? 1970,
    month: values.month ?? 1,
    day: values.day ?? 1,
    hour: (values.hour ?? 0) % 24,
    minute: values.minute ?? 0,
    second: values.second ?? 0,
  };
}

function pad(value: number, width = 2): string {
  return String(value).padStart(width, '0');
}

export function dayKeyOf(epochMs: number, timeZone?: string): DayKey {
  const { year, month, day } = zonedParts(epochMs, timeZone);
  return `${pad(year, 4)}-${pad(month)}-${pad(day)}`;
}

export function isDayKey(value: unknown): value is DayKey {
  if (typeof value !== 'string') return false;
  const match = DAY_KEY.exec(value);
  if (!match) return false;
  const [, y, m, d] = match.map(Number) as [number, number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

function utcMidnight(key: DayKey): number {
  const [y, m, d] = key.split('-').map(Number) as [number, number, number];
  return Date.UTC(y, m - 1, d);
}

export function addDays(key: DayKey, days: number): DayKey {
  const date = new Date(utcMidnight(key) + days * MS_PER_DAY);
  return `${pad(date.getUTCFullYear(), 4)}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`;
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: DayKey, to: DayKey): number {
  return Math.round((utcMidnight(to) - utcMidnight(from)) / MS_PER_DAY);
}

/** 0 = Sunday … 6 = Saturday. */
export function weekdayOf(key: DayKey): number {
  return new Date(utcMidnight(key)).getUTCDay();
}

/** The first day of the week holding `key`, for weeks starting on `weekStartsOn` (0 = Sunday). */
export function startOfWeek(key: DayKey, weekStartsOn: number): DayKey {
  return addDays(key, -((weekdayOf(key) - weekStartsOn + 7) % 7));
}

/** Offset of the zone from UTC at an instant, in ms (positive east of Greenwich). */
function zoneOffsetMs(epochMs: number, timeZone?: string): number {
  const p = zonedParts(epochMs, timeZone);
  const asUtc = Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second);
  return asUtc - Math.floor(epochMs / 1000) * 1000;
}

/**
 * The instant a wall-clock time happens on a day in a zone. A time that happens twice (clocks fall
 * back) picks the first; a time skipped by a jump forward lands the same distance after the jump.
 */
export function zonedTimeToEpoch(
  key: DayKey,
  hour: number,
  minute: number,
  timeZone?: string,
): number {
  const wall = utcMidnight(key) + (hour * 60 + minute) * 60_000;
  // Offsets a day either side cover any transition on this day.
  const offsetBefore = zoneOffsetMs(wall - MS_PER_DAY, timeZone);
  const offsetAfter = zoneOffsetMs(wall + MS_PER_DAY, timeZone);
  const matches = [wall - offsetBefore, wall - offsetAfter]
    .filter((instant) => {
      const p = zonedParts(instant, timeZone);
      return Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute) === wall;
    })
    .sort((a, b) => a - b);
  return matches[0] ?? wall - offsetBefore;
}
