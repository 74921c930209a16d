import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { CATEGORY_IDS } from '../../../lib/engine/types';
import { buildSuggestions, findEmptyPraise } from '../../../lib/rephrase';
import { EXAMPLES, inputFor } from './examples';

describe('findEmptyPraise', () => {
  test.each([
    "I'm amazing!",
    "Honestly I'm perfect the way I am.",
    "I'm the best at this.",
    'Everything is fine.',
    "It doesn't matter anyway.",
    'It was no big deal.',
    'Just stay positive!',
    'I’m totally awesome',
  ])('finds %j', (text) => {
    expect(findEmptyPraise(text)).not.toBeNull();
  });

  test.each([
    'I forgot the meeting. That’s frustrating, and I can send a note.',
    'My feelings matter too.',
    'Some of it worked and some of it didn’t.',
    "I'm frustrated with myself right now.",
    'I did what I could with what I knew.',
  ])('lets realistic wording through: %j', (text) => {
    expect(findEmptyPraise(text)).toBeNull();
  });
});

describe('no builder ever offers empty praise', () => {
  test('over our examples and many variants', () => {
    for (const example of EXAMPLES) {
      for (let variant = 0; variant < 8; variant += 1) {
        for (const suggestion of buildSuggestions(inputFor(example, variant))) {
          expect(findEmptyPraise(suggestion.text), suggestion.text).toBeNull();
        }
      }
    }
  });

  test('over generated first-person sentences in every category', () => {
    const words = fc.constantFrom(
      'forgetting',
      'the',
      'meeting',
      'my',
      'sister',
      'always',
      'should',
      'because',
      'I',
      "I'm",
      'so',
      'stupid',
      'than',
      'me',
      'for',
      'not',
      'calling',
      'back',
      'fine',
      'never',
      'only',
      'passed',
      'exam',
      'think',
      'they',
      'hate',
      'myself',
      'when',
      'at',
      'about',
      'perfect',
      'amazing',
    );
    fc.assert(
      fc.property(
        fc.array(words, { minLength: 1, maxLength: 14 }),
        fc.constantFrom(...CATEGORY_IDS),
        fc.nat(20),
        fc.nat(),
        (parts, category, variant, seed) => {
          const sentence = `${parts.join(' ')}.`;
          const spanStart = seed % sentence.length;
          const spanEnd = spanStart + 1 + (seed % (sentence.length - spanStart));
          const suggestions = buildSuggestions({ category, sentence, spanStart, spanEnd, variant });
          expect(suggestions.length).toBeGreaterThanOrEqual(2);
          expect(suggestions.length).toBeLessThanOrEqual(4);
          for (const suggestion of suggestions)
            expect(findEmptyPraise(suggestion.text), suggestion.text).toBeNull();
        },
      ),
      { numRuns: 400, seed: 7 },
    );
  });
});
