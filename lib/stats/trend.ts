/**
 * The summary's trend over weeks: the balance of kind to harsh self-talk, kinder wordings used, and days of
 * practice, week by week. Pure: the time, zone and first weekday are arguments. It speaks only in directions of
 * change, never in how often someone was harsh.
 */
import type { MessageKey } from '../i18n';
import type { StatsHistory } from './buckets';
import { addDays, daysBetween, dayKeyOf, startOfWeek, type DayKey } from './days';

/** The trend shows once this many weeks have any count. */
export const MIN_TREND_WEEKS = 2;
/** With fewer weeks of data, the directions would only repeat the week-to-week comparison above the trend. */
export const MIN_DIRECTION_WEEKS = 3;
/** The trend always spans at least this many weeks (earlier empty weeks are shown as such)… */
export const SHORTEST_TREND = 4;
/** …and at most this many. */
export const LONGEST_TREND = 12;

export interface TrendWeek {
  start: DayKey;
  end: DayKey;
  kind: number;
  harsh: number;
  /** kind / (kind + harsh); null when neither was noticed that week. */
  kindShare: number | null;
  /** Kinder wordings chosen from a nudge. */
  used: number;
  /** Days with an exercise started or finished, or a kinder wording used. */
  practiceDays: number;
  /** Any count at all that week. */
  hasData: boolean;
}

export type Direction = 'up' | 'down' | 'steady' | 'unknown';

export interface Trend {
  /** Oldest first; the last is the current week. */
  weeks: TrendWeek[];
  /** Weeks with any count. */
  weeksWithData: number;
  balance: Direction;
  used: Direction;
  practice: Direction;
  /** Message keys of the trend's sentences, in order. */
  narrativeKeys: MessageKey[];
}

export interface TrendOptions {
  now: number;
  timeZone?: string;
  weekStartsOn?: number;
}

const n = (value: number | undefined) => value ?? 0;

function trendWeek(history: StatsHistory, start: DayKey): TrendWeek {
  let kind = 0;
  let harsh = 0;
  let used = 0;
  let practiceDays = 0;
  let hasData = false;
  for (let offset = 0; offset < 7; offset++) {
    const counts = history[addDays(start, offset)]?.counts;
    if (!counts) continue;
    if (Object.values(counts).some((value) => n(value) > 0)) hasData = true;
    kind += n(counts.kind);
    harsh += n(counts.harsh);
    used += n(counts.used);
    if (n(counts.exercise_started) + n(counts.exercise_finished) + n(counts.used) > 0)
      practiceDays++;
  }
  const noticed = kind + harsh;
  return {
    start,
    end: addDays(start, 6),
    kind,
    harsh,
    kindShare: noticed > 0 ? kind / noticed : null,
    used,
    practiceDays,
    hasData,
  };
}

/** Changes smaller than these read as "about the same". */
const SHARE_MARGIN = 0.05;
const COUNT_MARGIN = 0.5;

function mean(values: readonly number[]): number | null {
  return values.length ? values.reduce((sum, value) => sum + value, 0) / values.length : null;
}

/** Earlier half against later half of the weeks with data, so one odd week does not swing it. */
function direction(values: readonly (number | null)[], margin: number): Direction {
  const known = values.filter((value): value is number => value !== null);
  if (known.length < 2) return 'unknown';
  const half = Math.floor(known.length / 2);
  const earlier = mean(known.slice(0, half))!;
  const later = mean(known.slice(known.length - half))!;
  if (later - earlier > margin) return 'up';
  if (earlier - later > margin) return 'down';
  return 'steady';
}

const BALANCE_KEYS: Record<Direction, MessageKey | null> = {
  up: 'summary_trend_balance_up',
  down: 'summary_trend_balance_down',
  steady: 'summary_trend_balance_steady',
  unknown: null,
};
const USED_KEYS: Record<Direction, MessageKey | null> = {
  up: 'summary_trend_used_up',
  down: 'summary_trend_used_down',
  steady: 'summary_trend_used_steady',
  unknown: null,
};
const PRACTICE_KEYS: Record<Direction, MessageKey | null> = {
  up: 'summary_trend_practice_up',
  down: 'summary_trend_practice_down',
  steady: 'summary_trend_practice_steady',
  unknown: null,
};

/** The trend of the last 4 to 12 weeks, or null while fewer than two weeks have any count. */
export function computeTrend(
  history: StatsHistory,
  { now, timeZone, weekStartsOn = 1 }: TrendOptions,
): Trend | null {
  const thisStart = startOfWeek(dayKeyOf(now, timeZone), weekStartsOn);
  const all = Array.from({ length: LONGEST_TREND }, (_, index) =>
    trendWeek(history, addDays(thisStart, -7 * (LONGEST_TREND - 1 - index))),
  );
  const weeksWithData = all.filter((week) => week.hasData).length;
  if (weeksWithData < MIN_TREND_WEEKS) return null;
  const first = all.findIndex((week) => week.hasData);
  const weeks = all.slice(Math.min(first, LONGEST_TREND - SHORTEST_TREND));
  // Only weeks with data speak for the directions; a quiet week is not a week of zero kindness.
  const withData = weeks.filter((week) => week.hasData);
  const balance = direction(
    withData.map((week) => week.kindShare),
    SHARE_MARGIN,
  );
  const used = direction(
    withData.map((week) => week.used),
    COUNT_MARGIN,
  );
  const practice = direction(
    withData.map((week) => week.practiceDays),
    COUNT_MARGIN,
  );
  const narrativeKeys = (
    withData.length < MIN_DIRECTION_WEEKS
      ? ['summary_trend_counted', 'summary_trend_early']
      : ['summary_trend_counted', BALANCE_KEYS[balance], USED_KEYS[used], PRACTICE_KEYS[practice]]
  ).filter((key): key is MessageKey => key !== null);
  return { weeks, weeksWithData, balance, used, practice, narrativeKeys };
}

/** Whole weeks between two week starts (for labels such as "8 weeks"). */
export function weeksSpanned(trend: Trend): number {
  const first = trend.weeks[0]!.start;
  const last = trend.weeks[trend.weeks.length - 1]!.start;
  return daysBetween(first, last) / 7 + 1;
}
