/** Harsh counts per trap over recent days, for the drills' adaptive picks. Counts only. */
import { CATEGORY_IDS, type CategoryId } from '../engine/types';
import type { StatsHistory } from './buckets';
import { addDays, type DayKey } from './days';

export function recentTrapCounts(
  history: StatsHistory,
  today: DayKey,
  days = 28,
): Partial<Record<CategoryId, number>> {
  const counts: Partial<Record<CategoryId, number>> = {};
  for (let offset = 0; offset < days; offset++) {
    const bucket = history[addDays(today, -offset)];
    if (!bucket) continue;
    for (const trap of CATEGORY_IDS) {
      const harsh = bucket.byCategory[trap]?.harsh ?? 0;
      if (harsh > 0) counts[trap] = (counts[trap] ?? 0) + harsh;
    }
  }
  return counts;
}
