import { describe, expect, test } from 'vitest';
import {
  addDays,
  dayKeyOf,
  daysBetween,
  isDayKey,
  startOfWeek,
  weekdayOf,
  zonedTimeToEpoch,
} from '../../../lib/stats/days';

describe('day keys in a zone', () => {
  test.each([
    // 2025-03-09 06:30Z: still March 8 in New York (01:30 EST), already March 9 in Sydney.
    ['2025-03-09T06:30:00Z', 'America/New_York', '2025-03-09'],
    ['2025-03-09T04:59:00Z', 'America/New_York', '2025-03-08'],
    ['2025-03-08T13:30:00Z', 'Australia/Sydney', '2025-03-09'],
    ['2025-03-08T12:59:00Z', 'Australia/Sydney', '2025-03-08'],
    ['2025-12-31T23:59:59Z', 'UTC', '2025-12-31'],
  ])('%s in %s is %s', (iso, zone, key) => {
    expect(dayKeyOf(Date.parse(iso), zone)).toBe(key);
  });

  test('calendar arithmetic ignores DST: a day is always one key on', () => {
    expect(addDays('2025-03-08', 1)).toBe('2025-03-09');
    expect(addDays('2025-03-09', 1)).toBe('2025-03-10');
    expect(addDays('2025-11-02', -1)).toBe('2025-11-01');
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2025-01-01', -1)).toBe('2024-12-31');
    expect(daysBetween('2025-03-01', '2025-03-31')).toBe(30);
  });

  test('weekdays and week starts', () => {
    expect(weekdayOf('2025-03-09')).toBe(0); // a Sunday
    expect(startOfWeek('2025-03-09', 1)).toBe('2025-03-03');
    expect(startOfWeek('2025-03-09', 0)).toBe('2025-03-09');
    expect(startOfWeek('2025-03-08', 0)).toBe('2025-03-02');
    expect(startOfWeek('2025-03-10', 1)).toBe('2025-03-10');
  });

  test('validates keys', () => {
    expect(isDayKey('2025-02-28')).toBe(true);
    expect(isDayKey('2025-02-29')).toBe(false);
    expect(isDayKey('2025-2-28')).toBe(false);
    expect(isDayKey(20250228)).toBe(false);
  });
});

describe('wall-clock time to an instant', () => {
  test('across the New York spring-forward day', () => {
    // 18:00 on March 8 is EST (-5), on March 9 EDT (-4).
    expect(new Date(zonedTimeToEpoch('2025-03-08', 18, 0, 'America/New_York')).toISOString()).toBe(
      '2025-03-08T23:00:00.000Z',
    );
    expect(new Date(zonedTimeToEpoch('2025-03-09', 18, 0, 'America/New_York')).toISOString()).toBe(
      '2025-03-09T22:00:00.000Z',
    );
  });

  test('a time skipped by the jump lands after it; a repeated time picks the first', () => {
    // 02:30 does not exist on 2025-03-09 in New York: 03:30 EDT.
    expect(new Date(zonedTimeToEpoch('2025-03-09', 2, 30, 'America/New_York')).toISOString()).toBe(
      '2025-03-09T07:30:00.000Z',
    );
    // 01:30 happens twice on 2025-11-02: the first is EDT.
    expect(new Date(zonedTimeToEpoch('2025-11-02', 1, 30, 'America/New_York')).toISOString()).toBe(
      '2025-11-02T05:30:00.000Z',
    );
  });

  test('Sydney (southern hemisphere, DST ends in April)', () => {
    expect(new Date(zonedTimeToEpoch('2025-04-05', 18, 0, 'Australia/Sydney')).toISOString()).toBe(
      '2025-04-05T07:00:00.000Z',
    );
    expect(new Date(zonedTimeToEpoch('2025-04-06', 18, 0, 'Australia/Sydney')).toISOString()).toBe(
      '2025-04-06T08:00:00.000Z',
    );
  });
});
