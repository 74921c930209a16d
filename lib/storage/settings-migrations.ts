/**
 * Every stored shape settings ever had, and the steps between them. Version 1 is the first
 * release's shape; each later version adds a migration here and bumps SETTINGS_VERSION.
 */

/** Settings as the first release stored them. */
export interface SettingsV1 {
  enabled: boolean;
  sensitivity: 'low' | 'medium' | 'high';
  /** Category ids of the time, some renamed since ('shoulds', 'personalizing', 'labelling'). */
  disabledCategories: string[];
  disabledSites: string[];
  snoozeUntil: number | null;
  /** Whole hours, 0–23. */
  quietHours: { enabled: boolean; startHour: number; endHour: number };
  summaryDay: number;
  /** Whole hour, 0–23. */
  summaryHour: number;
  notifySummary: boolean;
  /** null: from the browser's language. */
  country: string | null;
}

export const SETTINGS_VERSION = 2;

const SENSITIVITY_V2: Record<string, string> = {
  low: 'gentle',
  medium: 'standard',
  high: 'thorough',
};

const CATEGORY_RENAMES_V2: Record<string, string> = {
  shoulds: 'should',
  personalizing: 'self_blame',
  labelling: 'labeling',
};

function hourToClock(hour: unknown): unknown {
  return typeof hour === 'number' && Number.isInteger(hour) && hour >= 0 && hour <= 23
    ? `${String(hour).padStart(2, '0')}:00`
    : undefined;
}

/**
 * v1 → v2: named sensitivities, renamed categories, 'HH:MM' times, 'auto' country, pause delay and
 * sync fields. Idempotent (a value already in v2 shape passes through), and it never throws: fields
 * it cannot read are left for validation to default.
 */
export function migrateSettingsV1ToV2(value: unknown): unknown {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return value;
  const { quietHours, summaryHour, notifySummary, country, ...rest } = value as Record<
    string,
    unknown
  >;
  const next: Record<string, unknown> = { syncSettings: false, ...rest };
  if (typeof rest.sensitivity === 'string') {
    next.sensitivity = SENSITIVITY_V2[rest.sensitivity] ?? rest.sensitivity;
  }
  if (Array.isArray(rest.disabledCategories)) {
    next.disabledCategories = rest.disabledCategories.map((id: unknown) =>
      typeof id === 'string' ? (CATEGORY_RENAMES_V2[id] ?? id) : id,
    );
  }
  if (typeof quietHours === 'object' && quietHours !== null) {
    const { enabled, startHour, endHour, start, end } = quietHours as Record<string, unknown>;
    next.quietHours = {
      enabled,
      start: startHour === undefined ? start : hourToClock(startHour),
      end: endHour === undefined ? end : hourToClock(endHour),
    };
  }
  if (summaryHour !== undefined) next.summaryTime = hourToClock(summaryHour);
  if (notifySummary !== undefined) next.summaryNotification = notifySummary;
  if (country !== undefined) {
    next.resourcesCountry =
      country === null ? 'auto' : typeof country === 'string' ? country.toUpperCase() : undefined;
  }
  return next;
}

export const SETTINGS_MIGRATIONS: Record<number, (value: unknown) => unknown> = {
  2: migrateSettingsV1ToV2,
};
