import { describe, expect, test } from 'vitest';
import {
  CRISIS_PATTERNS,
  PREFILTER,
  detectCrisis,
  expandMacros,
  findCrisisMatches,
} from '../../../lib/crisis/index';
import { normalizeForCrisis } from '../../../lib/crisis/normalize';

describe.each(CRISIS_PATTERNS.map((p) => [p.id, p] as const))(
  'crisis pattern %s',
  (id, pattern) => {
    test.each(pattern.flag.map((s) => [s]))('flags %j', (sentence) => {
      expect(detectCrisis(sentence)).not.toBeNull();
      const match = findCrisisMatches(sentence).find((m) => m.rule === `crisis/${id}`);
      expect(match).toBeDefined();
      expect(match!.end).toBeGreaterThan(match!.start);
    });

    test.each(pattern.notFlag.map((s) => [s]))('does not flag %j', (sentence) => {
      expect(findCrisisMatches(sentence).map((m) => m.rule)).not.toContain(`crisis/${id}`);
    });

    test('every example that must flag passes the prefilter and the gate of its pattern', () => {
      const gate = new RegExp(`\\b(?:${pattern.stems})`);
      for (const sentence of pattern.flag) {
        expect(PREFILTER.test(sentence), sentence).toBe(true);
        expect(gate.test(normalizeForCrisis(sentence).text), sentence).toBe(true);
      }
    });
  },
);

describe('the pattern table', () => {
  test('ids are unique and every pattern has examples both ways', () => {
    const ids = CRISIS_PATTERNS.map((p) => p.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const p of CRISIS_PATTERNS) {
      expect(p.flag.length, p.id).toBeGreaterThanOrEqual(3);
      expect(p.notFlag.length, p.id).toBeGreaterThanOrEqual(2);
      expect(p.about.length, p.id).toBeGreaterThan(10);
    }
  });

  test('every pattern compiles with known macros', () => {
    for (const p of CRISIS_PATTERNS) expect(() => new RegExp(expandMacros(p.source))).not.toThrow();
    expect(() => expandMacros('{NOPE}')).toThrow(/unknown macro/);
  });
});
