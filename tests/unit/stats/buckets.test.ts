import { describe, expect, test } from 'vitest';
import { addEvents, pruneHistory, RETENTION_DAYS } from '../../../lib/stats/buckets';
import { addDays } from '../../../lib/stats/days';

describe('day buckets', () => {
  test('events add up per kind and per category, without changing the input', () => {
    const first = addEvents({}, '2025-06-10', [
      { kind: 'harsh', category: 'should', count: 2 },
      { kind: 'kind' },
    ]);
    const second = addEvents(first, '2025-06-10', [{ kind: 'harsh', category: 'should' }]);
    expect(first['2025-06-10']!.counts).toEqual({ harsh: 2, kind: 1 });
    expect(second['2025-06-10']).toEqual({
      counts: { harsh: 3, kind: 1 },
      byCategory: { should: { harsh: 3 } },
    });
  });

  test('keeps exactly 53 weeks', () => {
    expect(RETENTION_DAYS).toBe(371);
    const today = '2025-06-11';
    const oldestKept = addDays(today, -370);
    const tooOld = addDays(today, -371);
    const history = [today, oldestKept, tooOld, '2020-01-01'].reduce(
      (acc, day) => addEvents(acc, day, [{ kind: 'kind' }]),
      {},
    );
    expect(Object.keys(pruneHistory(history, today)).sort()).toEqual([oldestKept, today].sort());
  });
});
