/**
 * The one validator for stored and imported settings. Field by field: a wrong field falls back to
 * its default, the others are kept. Never throws.
 */
import { CATEGORY_IDS, type CategoryId, type Sensitivity } from '../engine/types';
import { DEFAULT_SETTINGS, type ClockTime, type Settings } from './schema';

export const SENSITIVITIES: readonly Sensitivity[] = ['gentle', 'standard', 'thorough'];
/** Keeps the settings well under storage.sync's 8 KB per item. */
export const MAX_DISABLED_SITES = 200;
export const MAX_HOST_LENGTH = 253;
export const PAUSE_DELAY_RANGE = { min: 100, max: 5000 } as const;

const CLOCK_TIME = /^([01]\d|2[0-3]):([0-5]\d)$/;
const HOST = /^[a-z0-9.\-_:[\]]*$/;
const COUNTRY = /^[A-Z]{2}$/;

type Fields = Record<string, unknown>;

export function isClockTime(value: unknown): value is ClockTime {
  return typeof value === 'string' && CLOCK_TIME.test(value);
}

/** Minutes since midnight of a valid 'HH:MM'. */
export function clockMinutes(time: ClockTime): number {
  const [hours, minutes] = time.split(':').map(Number) as [number, number];
  return hours * 60 + minutes;
}

/** A hostname as `location.hostname` gives it (lower case; may be empty for file: pages). */
export function isHost(value: unknown): value is string {
  return typeof value === 'string' && value.length <= MAX_HOST_LENGTH && HOST.test(value);
}

export function isCountry(value: unknown): value is string {
  return typeof value === 'string' && COUNTRY.test(value);
}

export function isCategoryId(value: unknown): value is CategoryId {
  return typeof value === 'string' && (CATEGORY_IDS as readonly string[]).includes(value);
}

function isRecord(value: unknown): value is Fields {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function uniqueValid<T>(
  value: unknown,
  isValid: (item: unknown) => item is T,
  max: number,
): T[] | null {
  if (!Array.isArray(value)) return null;
  return [...new Set(value.filter(isValid))].slice(0, max);
}

function integerIn(value: unknown, min: number, max: number): number | null {
  return typeof value === 'number' && Number.isInteger(value) && value >= min && value <= max
    ? value
    : null;
}

function parseQuietHours(value: unknown): Settings['quietHours'] {
  const fallback = DEFAULT_SETTINGS.quietHours;
  if (!isRecord(value)) return { ...fallback };
  return {
    enabled: typeof value.enabled === 'boolean' ? value.enabled : fallback.enabled,
    start: isClockTime(value.start) ? value.start : fallback.start,
    end: isClockTime(value.end) ? value.end : fallback.end,
  };
}

function parseSnooze(value: unknown): number | null {
  return typeof value === 'number' && Number.isFinite(value) && value > 0 ? value : null;
}

/** Settings from any value: a stored item, an imported document, garbage. */
export function parseSettings(value: unknown): Settings {
  const d = DEFAULT_SETTINGS;
  const v: Fields = isRecord(value) ? value : {};
  return {
    enabled: typeof v.enabled === 'boolean' ? v.enabled : d.enabled,
    sensitivity: SENSITIVITIES.find((s) => s === v.sensitivity) ?? d.sensitivity,
    disabledCategories: uniqueValid(v.disabledCategories, isCategoryId, CATEGORY_IDS.length) ?? [
      ...d.disabledCategories,
    ],
    disabledSites: (
      uniqueValid(v.disabledSites, isHost, MAX_DISABLED_SITES) ?? d.disabledSites
    ).filter((host) => host.length > 0),
    snoozeUntil: parseSnooze(v.snoozeUntil),
    quietHours: parseQuietHours(v.quietHours),
    pauseDelayMs:
      integerIn(v.pauseDelayMs, PAUSE_DELAY_RANGE.min, PAUSE_DELAY_RANGE.max) ?? d.pauseDelayMs,
    summaryDay: integerIn(v.summaryDay, 0, 6) ?? d.summaryDay,
    summaryTime: isClockTime(v.summaryTime) ? v.summaryTime : d.summaryTime,
    summaryNotification:
      typeof v.summaryNotification === 'boolean' ? v.summaryNotification : d.summaryNotification,
    resourcesCountry:
      v.resourcesCountry === 'auto' || isCountry(v.resourcesCountry)
        ? v.resourcesCountry
        : d.resourcesCountry,
    syncSettings: typeof v.syncSettings === 'boolean' ? v.syncSettings : d.syncSettings,
  };
}

/** Names of the fields of `value` that parseSettings had to replace; empty for a clean value. */
export function settingsProblems(value: unknown): string[] {
  if (!isRecord(value)) return ['settings'];
  const parsed = parseSettings(value) as unknown as Fields;
  return Object.keys(DEFAULT_SETTINGS).filter((field) => !sameValue(parsed[field], value[field]));
}

function sameValue(a: unknown, b: unknown): boolean {
  if (Array.isArray(a) || Array.isArray(b)) {
    return (
      Array.isArray(a) &&
      Array.isArray(b) &&
      a.length === b.length &&
      a.every((item, i) => sameValue(item, b[i]))
    );
  }
  if (isRecord(a) && isRecord(b)) {
    const keys = Object.keys(a);
    return keys.length === Object.keys(b).length && keys.every((key) => sameValue(a[key], b[key]));
  }
  return Object.is(a, b);
}
