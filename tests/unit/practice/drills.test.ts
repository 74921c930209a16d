import { describe, expect, test } from 'vitest';
import { CATEGORY_IDS, type CategoryId } from '../../../lib/engine/types';
import { DRILLS, drillReframeKey, drillThoughtKey, judgeTrap } from '../../../lib/exercises/drills';
import english from '../../../public/_locales/en/messages.json';

const catalog = english as Record<string, { message: string }>;
const thought = (id: string) => catalog[drillThoughtKey(DRILLS.find((d) => d.id === id)!)]!.message;

describe('the drill bank', () => {
  test('holds at least 88 thoughts (the first 48 and 40 more) with unique ids', () => {
    expect(DRILLS.length).toBeGreaterThanOrEqual(88);
    expect(new Set(DRILLS.map((drill) => drill.id)).size).toBe(DRILLS.length);
  });

  test.each(CATEGORY_IDS)('has at least 8 thoughts for %s', (category) => {
    expect(DRILLS.filter((drill) => drill.trap === category).length).toBeGreaterThanOrEqual(8);
  });

  test('every thought and model reframe is in the English catalog', () => {
    for (const drill of DRILLS) {
      expect(catalog[drillThoughtKey(drill)]?.message, drill.id).toBeTruthy();
      expect(catalog[drillReframeKey(drill)]?.message, drill.id).toBeTruthy();
      expect(drill.alsoFits ?? []).not.toContain(drill.trap);
    }
    expect(thought(DRILLS[0]!.id)).toMatch(/\w/);
  });

  test('every trap has a kind explanation for the feedback', () => {
    for (const category of CATEGORY_IDS) {
      expect(catalog[`drill_trap_${category}_about`]?.message, category).toBeTruthy();
    }
  });
});

describe('judgeTrap', () => {
  const drill = { id: 'x', trap: 'labeling' as CategoryId, alsoFits: ['comparison'] as const };
  test.each([
    ['labeling', 'right'],
    ['comparison', 'also_fits'],
    ['should', 'other'],
  ] as const)('%s is %s', (picked, verdict) => {
    expect(judgeTrap(drill, picked)).toBe(verdict);
  });
});

describe('the engine and the bank agree', () => {
  test('the engine flags every drill thought, and no model reframe', async () => {
    const { analyze } = await import('../../../lib/engine');
    const missed: string[] = [];
    const flaggedReframes: string[] = [];
    for (const drill of DRILLS) {
      const harsh = catalog[drillThoughtKey(drill)]!.message;
      const reframe = catalog[drillReframeKey(drill)]!.message;
      if (analyze(harsh, { sensitivity: 'thorough' }).findings.length === 0) missed.push(harsh);
      const kinder = analyze(reframe, { sensitivity: 'thorough' });
      if (kinder.findings.length > 0 || kinder.crisis) flaggedReframes.push(reframe);
    }
    expect(missed).toEqual([]);
    expect(flaggedReframes).toEqual([]);
  }, 30_000);
});
