import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import {
  parseHostMessage,
  parseOpenPractice,
  parseRecordStats,
  parseSetSiteEnabled,
  parseSnooze,
  parseTakeHandoff,
} from '../../../lib/messaging/validate';
import { parseSettings, settingsProblems } from '../../../lib/storage/validate-settings';
import { parseStatsHistory } from '../../../lib/storage/validate-stats';

const anything = fc.anything({
  withNullPrototype: true,
  withBigInt: true,
  withDate: true,
  withMap: true,
});

describe('validators on arbitrary input', () => {
  test('parseSettings never throws and always returns clean settings', () => {
    fc.assert(
      fc.property(anything, (value) => {
        const settings = parseSettings(value);
        expect(settingsProblems(settings)).toEqual([]);
      }),
    );
  });

  test('parseSettings keeps each well-formed field of a mixed value', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 6 }), anything, (summaryDay, junk) => {
        expect(parseSettings({ summaryDay, enabled: junk }).summaryDay).toBe(summaryDay);
      }),
    );
  });

  test('parseStatsHistory never throws and is idempotent', () => {
    fc.assert(
      fc.property(anything, (value) => {
        const once = parseStatsHistory(value);
        const problems: string[] = [];
        expect(parseStatsHistory(once, problems)).toEqual(once);
        expect(problems).toEqual([]);
      }),
    );
  });

  test('message validators never throw; whatever they accept holds no text field', () => {
    const validators = [
      parseHostMessage,
      parseRecordStats,
      parseSetSiteEnabled,
      (data: unknown) => parseSnooze(data, Date.now()),
      parseOpenPractice,
      parseTakeHandoff,
    ];
    fc.assert(
      fc.property(anything, (data) => {
        for (const validate of validators) {
          const result = validate(data);
          if (result) expect(JSON.stringify(result)).not.toMatch(/"text"/);
        }
      }),
    );
  });
});
