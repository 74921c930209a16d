import { describe, expect, test } from 'vitest';
import { CATEGORY_IDS } from '../../../lib/engine/types';
import { adaptiveDrillOrder } from '../../../lib/exercises/adaptive-drills';
import { parseDrillProgress, recordDrillAnswer } from '../../../lib/exercises/drill-progress';
import { DRILLS } from '../../../lib/exercises/drills';
import { recentTrapCounts } from '../../../lib/stats/trap-counts';

/** A small deterministic generator, so the draws are repeatable. */
function seeded(seed: number) {
  let state = seed;
  return () => {
    state = (state * 1664525 + 1013904223) % 2 ** 32;
    return state / 2 ** 32;
  };
}

describe('adaptiveDrillOrder', () => {
  test('keeps every drill once', () => {
    const order = adaptiveDrillOrder(DRILLS, { trapCounts: {}, review: [], random: seeded(1) });
    expect(order).toHaveLength(DRILLS.length);
    expect(new Set(order.map((pick) => pick.drill.id)).size).toBe(DRILLS.length);
    expect(order.every((pick) => pick.reason === 'variety')).toBe(true);
  });

  test('the traps met most come up far more often near the start, over many sessions', () => {
    let early = 0;
    for (let seed = 1; seed <= 200; seed++) {
      const order = adaptiveDrillOrder(DRILLS, {
        trapCounts: { comparison: 20, should: 2 },
        review: [],
        random: seeded(seed),
      });
      early += order.slice(0, 6).filter((pick) => pick.drill.trap === 'comparison').length;
    }
    // Without weighting, about 6 × 8/96 = 0.5 per session; with it, clearly more.
    expect(early / 200).toBeGreaterThan(1.2);
  });

  test('mislabelled drills come back early, most recent first; the focus still leads', () => {
    const order = adaptiveDrillOrder(DRILLS, {
      trapCounts: {},
      review: ['keys', 'burden'],
      focus: 'should',
      random: seeded(3),
    });
    const shoulds = DRILLS.filter((drill) => drill.trap === 'should').length;
    expect(order.slice(0, shoulds).every((pick) => pick.reason === 'focus')).toBe(true);
    expect(order[shoulds]).toMatchObject({ drill: { id: 'burden' }, reason: 'review' });
    expect(order[shoulds + 2]).toMatchObject({ drill: { id: 'keys' }, reason: 'review' });
  });

  test('neighbours practise different traps where the bank allows', () => {
    const order = adaptiveDrillOrder(DRILLS, {
      trapCounts: { labeling: 50 },
      review: [],
      random: seeded(9),
    });
    const repeats = order.filter(
      (pick, i) => i > 0 && pick.drill.trap === order[i - 1]!.drill.trap,
    );
    expect(repeats.length).toBeLessThanOrEqual(2);
  });
});

describe('drill progress', () => {
  const drill = DRILLS.find((d) => d.id === 'keys')!;
  test('counts tries and spotted per trap; a miss is reviewed, a spot clears it', () => {
    let progress = parseDrillProgress(undefined);
    progress = recordDrillAnswer(progress, drill, 'other');
    expect(progress).toEqual({ traps: { labeling: { tries: 1, spotted: 0 } }, review: ['keys'] });
    progress = recordDrillAnswer(progress, drill, 'also_fits');
    expect(progress).toEqual({ traps: { labeling: { tries: 2, spotted: 1 } }, review: [] });
  });

  test('anything stored is read safely', () => {
    expect(parseDrillProgress('junk')).toEqual({ traps: {}, review: [] });
    expect(
      parseDrillProgress({
        traps: { labeling: { tries: 2, spotted: 5 }, nope: { tries: 1 }, should: 'x' },
        review: ['keys', 3, 'keys', 'x'.repeat(80)],
      }),
    ).toEqual({ traps: { labeling: { tries: 2, spotted: 2 } }, review: ['keys'] });
  });
});

test('recent trap counts add the harsh counts of the last four weeks, per trap', () => {
  const history = {
    '2026-11-19': { counts: {}, byCategory: { should: { harsh: 2 }, labeling: { shown: 4 } } },
    '2026-11-01': { counts: {}, byCategory: { should: { harsh: 1 } } },
    '2026-10-01': { counts: {}, byCategory: { comparison: { harsh: 9 } } },
  };
  expect(recentTrapCounts(history, '2026-11-19')).toEqual({ should: 3 });
  expect(CATEGORY_IDS).toContain('should');
});
