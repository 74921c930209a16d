/** The shape of one week of counts: read by the summary and by its narrative (no cycle between them). */
import type { CategoryId } from '../engine/types';
import type { StatKind } from '../storage/schema';
import type { DayKey } from './days';

export type KindTotals = Record<StatKind, number>;

export interface SummaryDay {
  day: DayKey;
  /** 0 = Sunday … 6 = Saturday. */
  weekday: number;
  counts: KindTotals;
  /** Later than today: no data can exist yet. */
  future: boolean;
}

export interface CategoryTotal {
  category: CategoryId;
  counts: KindTotals;
}

export interface WeekStats {
  start: DayKey;
  /** Inclusive. */
  end: DayKey;
  totals: KindTotals;
  /** Categories with any count, most harsh first (ties in the fixed category order). */
  categories: CategoryTotal[];
  /** Always 7 days, from `start`. */
  days: SummaryDay[];
  /** kind / (kind + harsh), or null when neither was noticed. */
  kindShare: number | null;
  /** Days with an exercise started or finished, or a kinder wording used. */
  practiceDays: number;
}

export type SummaryState = 'empty' | 'first_week' | 'quiet_week' | 'regular';
