/**
 * The one validator for the stored stats history (storage reads and imports). Keeps what is
 * well-formed, drops the rest, and can list what it dropped. Never throws.
 */
import { CATEGORY_IDS } from '../engine/types';
import type { DayStats, KindCounts, StatsHistory } from '../stats/buckets';
import { isDayKey } from '../stats/days';
import { STAT_KINDS } from './schema';

/** No real day comes near this; anything above is corrupt. */
export const MAX_DAILY_COUNT = 1_000_000;

type Fields = Record<string, unknown>;

function isRecord(value: unknown): value is Fields {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isCount(value: unknown): value is number {
  return (
    typeof value === 'number' && Number.isInteger(value) && value >= 0 && value <= MAX_DAILY_COUNT
  );
}

function parseCounts(value: unknown, where: string, problems: string[]): KindCounts {
  const counts: KindCounts = {};
  if (!isRecord(value)) {
    problems.push(where);
    return counts;
  }
  for (const [kind, count] of Object.entries(value)) {
    const known = STAT_KINDS.find((k) => k === kind);
    if (known && isCount(count)) counts[known] = count;
    else problems.push(`${where}.${kind}`);
  }
  return counts;
}

function parseDay(value: unknown, day: string, problems: string[]): DayStats | null {
  if (!isRecord(value)) {
    problems.push(day);
    return null;
  }
  const byCategory: DayStats['byCategory'] = {};
  if (isRecord(value.byCategory)) {
    for (const [category, counts] of Object.entries(value.byCategory)) {
      const known = CATEGORY_IDS.find((id) => id === category);
      if (known) byCategory[known] = parseCounts(counts, `${day}.byCategory.${category}`, problems);
      else problems.push(`${day}.byCategory.${category}`);
    }
  } else if (value.byCategory !== undefined) {
    problems.push(`${day}.byCategory`);
  }
  return { counts: parseCounts(value.counts, `${day}.counts`, problems), byCategory };
}

/** The well-formed part of any value. `problems`, when given, receives a path for each part dropped. */
export function parseStatsHistory(value: unknown, problems: string[] = []): StatsHistory {
  const history: StatsHistory = {};
  if (!isRecord(value)) {
    if (value !== null && value !== undefined) problems.push('stats');
    return history;
  }
  for (const [day, stats] of Object.entries(value)) {
    if (!isDayKey(day)) {
      problems.push(`stats.${day}`);
      continue;
    }
    const parsed = parseDay(stats, `stats.${day}`, problems);
    if (parsed) history[day] = parsed;
  }
  return history;
}
