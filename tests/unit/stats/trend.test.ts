import { describe, expect, test } from 'vitest';
import type { StatsHistory } from '../../../lib/stats/buckets';
import { addDays } from '../../../lib/stats/days';
import { computeTrend, weeksSpanned } from '../../../lib/stats/trend';
import { t } from '../../../lib/i18n';

// Thursday 19 November 2026, noon UTC: this week runs Monday 16 to Sunday 22.
const NOW = Date.UTC(2026, 10, 19, 12);
const THIS_MONDAY = '2026-11-16';
const trendOf = (history: StatsHistory) => computeTrend(history, { now: NOW, timeZone: 'UTC' });

/** A history with one Tuesday per listed week ago, holding those counts. */
function weeks(
  perWeek: Record<
    number,
    { kind?: number; harsh?: number; used?: number; exercise_finished?: number }
  >,
): StatsHistory {
  const history: StatsHistory = {};
  for (const [weeksAgo, counts] of Object.entries(perWeek)) {
    history[addDays(THIS_MONDAY, 1 - 7 * Number(weeksAgo))] = { counts, byCategory: {} };
  }
  return history;
}

describe('computeTrend', () => {
  test('needs two weeks with data', () => {
    expect(trendOf({})).toBeNull();
    expect(trendOf(weeks({ 0: { kind: 3 } }))).toBeNull();
    expect(trendOf(weeks({ 0: { kind: 3 }, 1: { harsh: 1 } }))).not.toBeNull();
  });

  test('spans at least four weeks, ending with this week; earlier weeks without data say so', () => {
    const trend = trendOf(weeks({ 0: { kind: 3, harsh: 1 }, 1: { kind: 1, harsh: 3 } }))!;
    expect(trend.weeks.map((week) => week.start)).toEqual([
      '2026-10-26',
      '2026-11-02',
      '2026-11-09',
      '2026-11-16',
    ]);
    expect(weeksSpanned(trend)).toBe(4);
    expect(trend.weeks[0]).toMatchObject({ hasData: false, kindShare: null });
    expect(trend.weeks[3]).toMatchObject({ kind: 3, harsh: 1, kindShare: 0.75 });
  });

  test('spans from the first week with data, at most twelve weeks', () => {
    expect(trendOf(weeks({ 0: { kind: 1 }, 7: { kind: 1 } }))!.weeks).toHaveLength(8);
    // Older weeks are left out of the window.
    expect(trendOf(weeks({ 0: { kind: 1 }, 30: { kind: 1 }, 5: { kind: 2 } }))!.weeks).toHaveLength(
      6,
    );
    expect(
      trendOf(weeks({ 0: { kind: 1 }, 20: { kind: 1 }, 11: { kind: 2 } }))!.weeks,
    ).toHaveLength(12);
    expect(trendOf(weeks({ 0: { kind: 1 }, 20: { kind: 1 } }))).toBeNull();
  });

  test('directions compare the earlier weeks with the later ones', () => {
    const kinder = trendOf(
      weeks({
        7: { kind: 1, harsh: 4 },
        6: { kind: 1, harsh: 3 },
        5: { kind: 2, harsh: 3 },
        4: { kind: 2, harsh: 2, used: 1 },
        3: { kind: 3, harsh: 2, used: 1 },
        2: { kind: 4, harsh: 2, used: 2, exercise_finished: 1 },
        1: { kind: 4, harsh: 1, used: 3, exercise_finished: 1 },
        0: { kind: 5, harsh: 1, used: 3, exercise_finished: 1 },
      }),
    )!;
    expect(kinder).toMatchObject({ balance: 'up', used: 'up', practice: 'up' });
    expect(kinder.narrativeKeys).toEqual([
      'summary_trend_counted',
      'summary_trend_balance_up',
      'summary_trend_used_up',
      'summary_trend_practice_up',
    ]);
    const harder = trendOf(weeks({ 1: { kind: 5, harsh: 1 }, 0: { kind: 1, harsh: 5 } }))!;
    expect(harder.balance).toBe('down');
    const steady = trendOf(weeks({ 1: { kind: 5, harsh: 5 }, 0: { kind: 51, harsh: 50 } }))!;
    expect(steady.balance).toBe('steady');
  });

  test('a quiet week in between is not read as a week of zero kindness', () => {
    const trend = trendOf(weeks({ 3: { kind: 3, harsh: 1 }, 0: { kind: 3, harsh: 1 } }))!;
    expect(trend.balance).toBe('steady');
  });

  test('the words name what was counted and never say how often someone was harsh', () => {
    for (const history of [
      weeks({ 1: { kind: 9, harsh: 1 }, 0: { harsh: 40 } }),
      weeks({ 1: { harsh: 40 }, 0: { kind: 9, harsh: 1, used: 5 } }),
    ]) {
      const text = trendOf(history)!
        .narrativeKeys.map((key) => t(key))
        .join(' ');
      expect(text).toContain('days with an exercise or a kinder wording');
      expect(text).not.toMatch(/\d/);
      expect(text).not.toMatch(/\bfail|\bbad\b|\bworse\b/i);
    }
  });
});
