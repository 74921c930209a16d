/** The shapes every part agrees on for stored settings and stats. lib/storage owns how they are stored. */
import type { CategoryId, Sensitivity, Severity } from '../engine/types';

/** 'HH:MM', 24-hour, local time. */
export type ClockTime = string;

/** The storage key of the settings (in `local`, and in `sync` while sync is on). */
export const SETTINGS_KEY = 'settings';

export interface Settings {
  enabled: boolean;
  sensitivity: Sensitivity;
  disabledCategories: CategoryId[];
  /** Hostnames (e.g. "mail.example.com") where Selfkind stays off. */
  disabledSites: string[];
  /** Epoch ms; Selfkind is quiet everywhere until then. null = not snoozed. */
  snoozeUntil: number | null;
  quietHours: { enabled: boolean; start: ClockTime; end: ClockTime };
  /** How long typing must pause before analysis, in ms. */
  pauseDelayMs: number;
  /** 0 = Sunday … 6 = Saturday. */
  summaryDay: number;
  summaryTime: ClockTime;
  /** Opt-in system notification when the weekly summary is ready. */
  summaryNotification: boolean;
  /** ISO 3166-1 alpha-2 country for crisis resources, or 'auto' (from the browser locale). */
  resourcesCountry: 'auto' | string;
  /** Keep settings in storage.sync so they follow the user's browser profile. */
  syncSettings: boolean;
}

export const DEFAULT_SETTINGS: Settings = {
  enabled: true,
  sensitivity: 'standard',
  disabledCategories: [],
  disabledSites: [],
  snoozeUntil: null,
  quietHours: { enabled: false, start: '22:00', end: '07:00' },
  pauseDelayMs: 600,
  summaryDay: 0,
  summaryTime: '18:00',
  summaryNotification: false,
  resourcesCountry: 'auto',
  syncSettings: false,
};

/** What can be counted. Counts only: nothing textual is ever stored. */
export type StatKind =
  | 'harsh'
  | 'kind'
  | 'shown'
  | 'used'
  | 'dismissed'
  | 'field_off'
  | 'exercise_started'
  | 'exercise_finished'
  | 'crisis_shown';

export interface StatEvent {
  kind: StatKind;
  /** A trap category for harsh/shown/used/dismissed/field_off; absent otherwise. */
  category?: CategoryId;
  severity?: Severity;
  /** Defaults to 1. */
  count?: number;
}

export const STAT_KINDS: readonly StatKind[] = [
  'harsh',
  'kind',
  'shown',
  'used',
  'dismissed',
  'field_off',
  'exercise_started',
  'exercise_finished',
  'crisis_shown',
];

/** Kinds that may name a trap category; the others are counted per day only. */
export const CATEGORY_STAT_KINDS: readonly StatKind[] = [
  'harsh',
  'shown',
  'used',
  'dismissed',
  'field_off',
];
