/**
 * The weekly summary, computed from stored day buckets. Pure: the time, zone and first weekday are
 * arguments, so week boundaries, DST switches and zones are testable.
 */
import { CATEGORY_IDS, type CategoryId } from '../engine/types';
import type { MessageKey } from '../i18n';
import type { ExerciseId } from '../storage/notes';
import { STAT_KINDS, type StatKind } from '../storage/schema';
import type { StatsHistory } from './buckets';
import { addDays, daysBetween, dayKeyOf, startOfWeek, weekdayOf, type DayKey } from './days';
import { buildNarrative } from './narrative';
import { exerciseForTrap } from './trap-exercise';

export type { CategoryTotal, KindTotals, SummaryDay, SummaryState, WeekStats } from './week';
import type { KindTotals, SummaryDay, SummaryState, WeekStats } from './week';

export interface WeeklySummary {
  today: DayKey;
  thisWeek: WeekStats;
  lastWeek: WeekStats;
  /** This week minus last week; null when either share is unknown. */
  kindShareChange: number | null;
  /** The most frequent trap this week and the exercise that fits it. */
  topTrap: { category: CategoryId; exercise: ExerciseId } | null;
  state: SummaryState;
  /** Message keys of the narrative's sentences, in order (for tests and for screen readers that want them apart). */
  narrativeKeys: MessageKey[];
  narrative: string;
}

export interface SummaryOptions {
  now: number;
  /** IANA zone; the runtime's zone when absent. */
  timeZone?: string;
  /** 0 = Sunday … 6 = Saturday; default Monday. */
  weekStartsOn?: number;
}

function emptyTotals(): KindTotals {
  return Object.fromEntries(STAT_KINDS.map((kind) => [kind, 0])) as KindTotals;
}

function addInto(target: KindTotals, counts: Partial<Record<StatKind, number>> | undefined): void {
  if (!counts) return;
  for (const kind of STAT_KINDS) target[kind] += counts[kind] ?? 0;
}

function isPracticeDay(counts: KindTotals): boolean {
  return counts.exercise_started + counts.exercise_finished + counts.used > 0;
}

function weekStats(history: StatsHistory, start: DayKey, today: DayKey): WeekStats {
  const totals = emptyTotals();
  const perCategory = new Map<CategoryId, KindTotals>();
  const days: SummaryDay[] = [];
  for (let offset = 0; offset < 7; offset++) {
    const day = addDays(start, offset);
    const bucket = history[day];
    const counts = emptyTotals();
    addInto(counts, bucket?.counts);
    addInto(totals, bucket?.counts);
    for (const category of CATEGORY_IDS) {
      const categoryCounts = bucket?.byCategory[category];
      if (!categoryCounts) continue;
      const sum = perCategory.get(category) ?? emptyTotals();
      addInto(sum, categoryCounts);
      perCategory.set(category, sum);
    }
    days.push({ day, weekday: weekdayOf(day), counts, future: daysBetween(today, day) > 0 });
  }
  const categories = CATEGORY_IDS.flatMap((category) => {
    const counts = perCategory.get(category);
    return counts && STAT_KINDS.some((kind) => counts[kind] > 0) ? [{ category, counts }] : [];
  }).sort((a, b) => b.counts.harsh - a.counts.harsh);
  const noticed = totals.kind + totals.harsh;
  return {
    start,
    end: addDays(start, 6),
    totals,
    categories,
    days,
    kindShare: noticed > 0 ? totals.kind / noticed : null,
    practiceDays: days.filter((day) => isPracticeDay(day.counts)).length,
  };
}

function hasAnyCount(week: WeekStats): boolean {
  return STAT_KINDS.some((kind) => week.totals[kind] > 0);
}

function hasHistoryBefore(history: StatsHistory, day: DayKey): boolean {
  return Object.keys(history).some((key) => daysBetween(key, day) > 0);
}

function summaryState(history: StatsHistory, thisWeek: WeekStats): SummaryState {
  const earlier = hasHistoryBefore(history, thisWeek.start);
  if (hasAnyCount(thisWeek)) return earlier ? 'regular' : 'first_week';
  return earlier ? 'quiet_week' : 'empty';
}

/**
 * The week start that makes the summary's week end on the user's summary day (Sunday → Monday), so
 * the notification on that day looks back on a whole week. Pass it as `weekStartsOn`.
 */
export function weekStartForSummaryDay(summaryDay: number): number {
  return (summaryDay + 1) % 7;
}

export function computeWeeklySummary(
  history: StatsHistory,
  { now, timeZone, weekStartsOn = 1 }: SummaryOptions,
): WeeklySummary {
  const today = dayKeyOf(now, timeZone);
  const thisStart = startOfWeek(today, weekStartsOn);
  const thisWeek = weekStats(history, thisStart, today);
  const lastWeek = weekStats(history, addDays(thisStart, -7), today);
  const kindShareChange =
    thisWeek.kindShare !== null && lastWeek.kindShare !== null
      ? thisWeek.kindShare - lastWeek.kindShare
      : null;
  const top = thisWeek.categories[0];
  const topTrap =
    top && top.counts.harsh > 0
      ? { category: top.category, exercise: exerciseForTrap(top.category) }
      : null;
  const state = summaryState(history, thisWeek);
  const { keys, text } = buildNarrative({
    state,
    kindShareChange,
    thisWeek,
    lastWeek,
    topExercise: topTrap?.exercise ?? null,
  });
  return {
    today,
    thisWeek,
    lastWeek,
    kindShareChange,
    topTrap,
    state,
    narrativeKeys: keys,
    narrative: text,
  };
}
