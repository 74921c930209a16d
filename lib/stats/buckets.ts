/** Per-day stat buckets: counts only, never text. Pure functions over plain data. */
import type { CategoryId } from '../engine/types';
import type { StatEvent, StatKind } from '../storage/schema';
import { addDays, daysBetween, type DayKey } from './days';

export type KindCounts = Partial<Record<StatKind, number>>;

export interface DayStats {
  /** Every event of the day, by kind. */
  counts: KindCounts;
  /** The events that named a trap category, by category and kind. */
  byCategory: Partial<Record<CategoryId, KindCounts>>;
}

/** The whole stored history: one bucket per local day that had any event. */
export type StatsHistory = Record<DayKey, DayStats>;

/** 53 weeks, counted in days, including today. */
export const RETENTION_DAYS = 53 * 7;

function addCount(counts: KindCounts, kind: StatKind, amount: number): KindCounts {
  return { ...counts, [kind]: (counts[kind] ?? 0) + amount };
}

/** A new history with the events added to `day`; the input is not changed. */
export function addEvents(history: StatsHistory, day: DayKey, events: StatEvent[]): StatsHistory {
  const current = history[day] ?? { counts: {}, byCategory: {} };
  let counts = current.counts;
  const byCategory = { ...current.byCategory };
  for (const event of events) {
    const amount = event.count ?? 1;
    counts = addCount(counts, event.kind, amount);
    if (event.category) {
      byCategory[event.category] = addCount(byCategory[event.category] ?? {}, event.kind, amount);
    }
  }
  return { ...history, [day]: { counts, byCategory } };
}

/** Drops days older than the retention window ending on `today`. */
export function pruneHistory(
  history: StatsHistory,
  today: DayKey,
  retentionDays = RETENTION_DAYS,
): StatsHistory {
  const oldest = addDays(today, -(retentionDays - 1));
  const kept: StatsHistory = {};
  for (const [day, stats] of Object.entries(history)) {
    if (daysBetween(oldest, day) >= 0) kept[day] = stats;
  }
  return kept;
}
