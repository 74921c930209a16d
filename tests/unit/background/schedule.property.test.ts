import fc from 'fast-check';
import { expect, test } from 'vitest';
import { nextSummaryTime } from '../../../lib/background/summary-schedule';
import { dayKeyOf, weekdayOf, zonedParts } from '../../../lib/stats/days';

const zones = fc.constantFrom(
  'UTC',
  'America/New_York',
  'Australia/Sydney',
  'Europe/London',
  'Asia/Kolkata',
);
const clock = fc
  .tuple(fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 59 }))
  .map(([h, m]) => `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`);

test('the next summary is within a week, on the chosen weekday, at the chosen local time', () => {
  fc.assert(
    fc.property(
      fc.integer({ min: Date.parse('2024-01-01'), max: Date.parse('2027-01-01') }),
      fc.integer({ min: 0, max: 6 }),
      clock,
      zones,
      (now, summaryDay, summaryTime, zone) => {
        const when = nextSummaryTime({ summaryDay, summaryTime }, now, zone);
        expect(when).toBeGreaterThan(now);
        expect(when - now).toBeLessThanOrEqual(7 * 86_400_000 + 3_600_000);
        expect(weekdayOf(dayKeyOf(when, zone))).toBe(summaryDay);
        const { hour, minute } = zonedParts(when, zone);
        const local = `${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}`;
        // Only a time skipped by a DST jump may differ, and then by the jump (one hour).
        if (local !== summaryTime) {
          const [h, m] = summaryTime.split(':').map(Number) as [number, number];
          expect((hour * 60 + minute - (h * 60 + m) + 1440) % 1440).toBe(60);
        }
      },
    ),
  );
});
