import { describe, expect, test } from 'vitest';
import { COMPASSION_PARTS } from '../../../lib/engine/types';
import {
  compassionPartsIn,
  findCompassionParts,
  partEvidence,
} from '../../../lib/exercises/compassion-parts';
import { scoreParts } from '../../../lib/exercises/part-scores';
import { PART_EXAMPLES } from './part-examples';
import { UNSEEN_PART_EXAMPLES } from './part-examples-unseen';

const inOrder = (parts: readonly string[]) => COMPASSION_PARTS.filter((p) => parts.includes(p));

describe('compassionPartsIn on our examples', () => {
  test('there are at least 150 examples, none repeated, none in the unseen set', () => {
    const texts = PART_EXAMPLES.map(([text]) => text);
    expect(texts.length).toBeGreaterThanOrEqual(150);
    expect(new Set(texts).size).toBe(texts.length);
    const unseen = new Set(UNSEEN_PART_EXAMPLES.map(([text]) => text.toLowerCase()));
    expect(texts.filter((text) => unseen.has(text.toLowerCase()))).toEqual([]);
  });

  test.each(PART_EXAMPLES)('%s', (text, parts) => {
    expect(compassionPartsIn(text)).toEqual(inOrder(parts));
  });
});

test('on the sentences kept aside, every part keeps precision and recall of at least 0.75', () => {
  // Not a tuning target: a floor, so a change that breaks generalisation is caught. Figures: scripts/parts-score.ts.
  for (const score of scoreParts(UNSEEN_PART_EXAMPLES).scores) {
    expect(score.precision, score.part).toBeGreaterThanOrEqual(0.75);
    expect(score.recall, score.part).toBeGreaterThanOrEqual(0.75);
  }
});

test('curly apostrophes count like straight ones, and offsets stay those of the original', () => {
  const text = 'I’m worried, and that’s okay. I’ll start small.';
  expect(compassionPartsIn(text)).toEqual(['self_kindness', 'mindfulness', 'next_step']);
  expect(findCompassionParts(text).map((m) => text.slice(m.start, m.end))).toEqual([
    'I’m worried',
    'that’s okay',
    'I’ll',
  ]);
});

test('evidence quotes the words that showed each part, once each', () => {
  const text = "Lots of people struggle, and I can rest. It's okay. it's okay.";
  expect(partEvidence(text)).toEqual({
    common_humanity: ['Lots of people struggle'],
    next_step: ['I can'],
    self_kindness: ["It's okay"],
  });
});
