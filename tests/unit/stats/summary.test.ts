import { describe, expect, test } from 'vitest';
import { addEvents, type StatsHistory } from '../../../lib/stats/buckets';
import { computeWeeklySummary, weekStartForSummaryDay } from '../../../lib/stats/summary';
import type { StatEvent } from '../../../lib/storage/schema';

function history(days: Record<string, StatEvent[]>): StatsHistory {
  return Object.entries(days).reduce<StatsHistory>(
    (acc, [day, events]) => addEvents(acc, day, events),
    {},
  );
}

const harsh = (count: number, category: StatEvent['category'] = 'labeling'): StatEvent => ({
  kind: 'harsh',
  category,
  count,
});
const kind = (count: number): StatEvent => ({ kind: 'kind', count });

describe('computeWeeklySummary: states', () => {
  test('empty: no data at all', () => {
    const summary = computeWeeklySummary(
      {},
      { now: Date.parse('2025-06-11T12:00:00Z'), timeZone: 'UTC' },
    );
    expect(summary.state).toBe('empty');
    expect(summary.thisWeek.days).toHaveLength(7);
    expect(summary.thisWeek.kindShare).toBeNull();
    expect(summary.topTrap).toBeNull();
    expect(summary.narrativeKeys).toEqual(['summary_narrative_empty']);
    expect(summary.narrative).toContain('first weekly look back');
  });

  test('first week: data only this week', () => {
    const summary = computeWeeklySummary(history({ '2025-06-10': [harsh(2, 'should'), kind(1)] }), {
      now: Date.parse('2025-06-11T12:00:00Z'),
      timeZone: 'UTC',
    });
    expect(summary.state).toBe('first_week');
    expect(summary.narrativeKeys[0]).toBe('summary_narrative_first_week');
    expect(summary.topTrap).toEqual({ category: 'should', exercise: 'drills' });
    // The "Something to try" card suggests the drills: the narrative does not repeat it.
    expect(summary.narrativeKeys.some((key) => key.startsWith('summary_narrative_try'))).toBe(
      false,
    );
  });

  test('quiet week: nothing this week, something before', () => {
    const summary = computeWeeklySummary(history({ '2025-06-02': [harsh(1)] }), {
      now: Date.parse('2025-06-11T12:00:00Z'),
      timeZone: 'UTC',
    });
    expect(summary.state).toBe('quiet_week');
    expect(summary.lastWeek.totals.harsh).toBe(1);
    expect(summary.narrativeKeys).toEqual([
      'summary_narrative_quiet',
      'summary_narrative_try_default',
    ]);
  });
});

describe('computeWeeklySummary: the numbers', () => {
  const now = Date.parse('2025-06-11T12:00:00Z'); // Wednesday
  const data = history({
    // last week (Mon 2 – Sun 8 June)
    '2025-06-02': [harsh(6, 'labeling'), kind(2)],
    '2025-06-08': [harsh(2, 'should'), { kind: 'used', category: 'should' }],
    // this week (Mon 9 – Sun 15 June)
    '2025-06-09': [harsh(1, 'mind_reading'), harsh(2, 'comparison'), kind(3)],
    '2025-06-10': [
      harsh(1, 'mind_reading'),
      { kind: 'used', category: 'comparison', count: 2 },
      { kind: 'exercise_started' },
      { kind: 'exercise_finished' },
      { kind: 'crisis_shown' },
    ],
    '2025-06-11': [
      { kind: 'exercise_started' },
      { kind: 'shown', category: 'comparison', count: 4 },
    ],
  });
  const summary = computeWeeklySummary(data, { now, timeZone: 'UTC', weekStartsOn: 1 });

  test('totals this week and last', () => {
    expect(summary.thisWeek.start).toBe('2025-06-09');
    expect(summary.thisWeek.end).toBe('2025-06-15');
    expect(summary.thisWeek.totals).toMatchObject({
      harsh: 4,
      kind: 3,
      used: 2,
      shown: 4,
      exercise_started: 2,
      exercise_finished: 1,
      crisis_shown: 1,
    });
    expect(summary.lastWeek.totals).toMatchObject({ harsh: 8, kind: 2, used: 1 });
  });

  test('by day: seven days, future ones marked', () => {
    expect(summary.thisWeek.days.map((day) => day.day)).toEqual([
      '2025-06-09',
      '2025-06-10',
      '2025-06-11',
      '2025-06-12',
      '2025-06-13',
      '2025-06-14',
      '2025-06-15',
    ]);
    expect(summary.thisWeek.days.map((day) => day.counts.harsh)).toEqual([3, 1, 0, 0, 0, 0, 0]);
    expect(summary.thisWeek.days.map((day) => day.future)).toEqual([
      false,
      false,
      false,
      true,
      true,
      true,
      true,
    ]);
    expect(summary.thisWeek.days[0]!.weekday).toBe(1);
  });

  test('by category, most harsh first; ties keep the fixed category order', () => {
    expect(summary.thisWeek.categories.map((c) => [c.category, c.counts.harsh])).toEqual([
      ['mind_reading', 2],
      ['comparison', 2],
    ]);
    expect(summary.topTrap).toEqual({ category: 'mind_reading', exercise: 'break' });
  });

  test('balance of kind to harsh, and its change', () => {
    expect(summary.thisWeek.kindShare).toBeCloseTo(3 / 7);
    expect(summary.lastWeek.kindShare).toBeCloseTo(2 / 10);
    expect(summary.kindShareChange).toBeCloseTo(3 / 7 - 0.2);
  });

  test('practice days count exercises and used rephrasings', () => {
    expect(summary.thisWeek.practiceDays).toBe(2);
    expect(summary.lastWeek.practiceDays).toBe(1);
  });

  test('narrative: what changed and one thing to try, warm', () => {
    expect(summary.state).toBe('regular');
    expect(summary.narrativeKeys).toEqual([
      'summary_narrative_kinder',
      'summary_narrative_used_more',
      'summary_narrative_practice_days',
    ]);
    expect(summary.narrative).toContain(
      'on 2 of 7 days, counting days with an exercise or a kinder wording',
    );
  });
});

describe('computeWeeklySummary: narrative never counts harshness', () => {
  test.each([
    [
      'harder week',
      { '2025-06-03': [kind(9), harsh(1)], '2025-06-10': [harsh(40, 'self_contempt')] },
    ],
    ['steady week', { '2025-06-03': [kind(5), harsh(5)], '2025-06-10': [kind(41), harsh(40)] }],
  ])('%s', (_, days) => {
    const summary = computeWeeklySummary(history(days), {
      now: Date.parse('2025-06-11T12:00:00Z'),
      timeZone: 'UTC',
    });
    expect(summary.narrative).not.toMatch(/\d/);
    expect(summary.narrative.toLowerCase()).not.toContain('harsh');
    expect(summary.narrative).not.toMatch(/\bfail|\bbad\b|\bworse\b/i);
  });

  test('a harder week is met kindly and points at the matching exercise', () => {
    const summary = computeWeeklySummary(
      history({ '2025-06-03': [kind(9), harsh(1)], '2025-06-10': [harsh(40, 'self_contempt')] }),
      { now: Date.parse('2025-06-11T12:00:00Z'), timeZone: 'UTC' },
    );
    expect(summary.narrativeKeys).toEqual(['summary_narrative_harder']);
    expect(summary.topTrap).toEqual({ category: 'self_contempt', exercise: 'letter' });
  });
});

describe('computeWeeklySummary: week boundaries, DST and zones', () => {
  const data = history({
    '2025-03-08': [harsh(1)], // Saturday before the US switch
    '2025-03-09': [harsh(2)], // Sunday: clocks jump forward in New York
    '2025-03-10': [kind(4)], // Monday
  });

  test('New York, the week holding the March switch still has seven days', () => {
    // Wednesday 12 March, noon EDT.
    const summary = computeWeeklySummary(data, {
      now: Date.parse('2025-03-12T16:00:00Z'),
      timeZone: 'America/New_York',
      weekStartsOn: 1,
    });
    expect(summary.lastWeek.start).toBe('2025-03-03');
    expect(summary.lastWeek.days).toHaveLength(7);
    expect(summary.lastWeek.totals.harsh).toBe(3);
    expect(summary.thisWeek.totals.kind).toBe(4);
    expect(summary.thisWeek.totals.harsh).toBe(0);
  });

  test('the same instant falls in different weeks in New York and Sydney', () => {
    // Sunday 9 March 20:00Z: 16:00 EDT Sunday in New York, 07:00 Monday in Sydney.
    const now = Date.parse('2025-03-09T20:00:00Z');
    const newYork = computeWeeklySummary(data, {
      now,
      timeZone: 'America/New_York',
      weekStartsOn: 1,
    });
    const sydney = computeWeeklySummary(data, {
      now,
      timeZone: 'Australia/Sydney',
      weekStartsOn: 1,
    });
    expect(newYork.today).toBe('2025-03-09');
    expect(newYork.thisWeek.start).toBe('2025-03-03');
    expect(newYork.thisWeek.totals.harsh).toBe(3);
    expect(sydney.today).toBe('2025-03-10');
    expect(sydney.thisWeek.start).toBe('2025-03-10');
    expect(sydney.thisWeek.totals.kind).toBe(4);
    expect(sydney.lastWeek.totals.harsh).toBe(3);
  });

  test('a minute before and after local midnight at the week start', () => {
    const opts = { timeZone: 'UTC', weekStartsOn: 1 };
    const before = computeWeeklySummary(data, { ...opts, now: Date.parse('2025-03-09T23:59:00Z') });
    const after = computeWeeklySummary(data, { ...opts, now: Date.parse('2025-03-10T00:01:00Z') });
    expect(before.thisWeek.start).toBe('2025-03-03');
    expect(after.thisWeek.start).toBe('2025-03-10');
    expect(after.lastWeek.totals.harsh).toBe(3);
  });

  test('New York across the November switch, weeks starting Sunday', () => {
    const november = history({ '2025-11-01': [harsh(1)], '2025-11-02': [kind(2)] });
    // Sunday 2 November 07:00 EST (after falling back at 02:00 EDT).
    const summary = computeWeeklySummary(november, {
      now: Date.parse('2025-11-02T12:00:00Z'),
      timeZone: 'America/New_York',
      weekStartsOn: 0,
    });
    expect(summary.thisWeek.start).toBe('2025-11-02');
    expect(summary.thisWeek.totals.kind).toBe(2);
    expect(summary.lastWeek.start).toBe('2025-10-26');
    expect(summary.lastWeek.totals.harsh).toBe(1);
    expect(summary.thisWeek.days.map((d) => d.day).at(-1)).toBe('2025-11-08');
  });
});

describe('weekStartForSummaryDay', () => {
  test('the week ends on the summary day', () => {
    expect(weekStartForSummaryDay(0)).toBe(1);
    expect(weekStartForSummaryDay(6)).toBe(0);
    // A Wednesday-evening summary looks back Thursday to Wednesday.
    const summary = computeWeeklySummary(history({ '2025-06-05': [kind(1)] }), {
      now: Date.parse('2025-06-11T18:00:00Z'),
      timeZone: 'UTC',
      weekStartsOn: weekStartForSummaryDay(3),
    });
    expect([summary.thisWeek.start, summary.thisWeek.end]).toEqual(['2025-06-05', '2025-06-11']);
    expect(summary.thisWeek.totals.kind).toBe(1);
  });
});
