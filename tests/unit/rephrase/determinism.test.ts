import { describe, expect, test } from 'vitest';
import { CATEGORY_IDS } from '../../../lib/engine/types';
import { buildSuggestions } from '../../../lib/rephrase';
import { EXAMPLES, inputFor } from './examples';

describe('the same input always gives the same suggestions', () => {
  test.each(EXAMPLES)('$category: $sentence', (example) => {
    for (let variant = 0; variant < 5; variant += 1) {
      const first = buildSuggestions(inputFor(example, variant));
      const second = buildSuggestions({ ...inputFor(example, variant) });
      expect(second).toEqual(first);
    }
  });
});

describe('variants', () => {
  test.each(CATEGORY_IDS)('%s: variant 1 words things differently from variant 0', (category) => {
    for (const example of EXAMPLES.filter((e) => e.category === category)) {
      const zero = buildSuggestions(inputFor(example, 0)).map((s) => s.text);
      const one = buildSuggestions(inputFor(example, 1)).map((s) => s.text);
      expect(one).not.toEqual(zero);
      expect(one.filter((text) => zero.includes(text)).length).toBeLessThan(one.length);
    }
  });

  test('variants cycle: a later variant repeats an earlier set rather than breaking', () => {
    for (const example of EXAMPLES) {
      const seen = new Set<string>();
      for (let variant = 0; variant < 12; variant += 1)
        seen.add(JSON.stringify(buildSuggestions(inputFor(example, variant))));
      expect(seen.size).toBeGreaterThanOrEqual(2);
      expect(seen.size).toBeLessThanOrEqual(12);
      expect(buildSuggestions(inputFor(example, 12))).toEqual(
        buildSuggestions(inputFor(example, 0)),
      );
    }
  });

  test('negative or fractional variants are treated as their whole absolute value', () => {
    const [example] = EXAMPLES;
    expect(buildSuggestions(inputFor(example!, -1))).toEqual(
      buildSuggestions(inputFor(example!, 1)),
    );
    expect(buildSuggestions(inputFor(example!, 2.7))).toEqual(
      buildSuggestions(inputFor(example!, 2)),
    );
  });
});
