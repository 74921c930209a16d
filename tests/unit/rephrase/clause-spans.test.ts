/** Span suggestions for questions and for "I hate" before what is hated: only those words change. */
import { expect, test } from 'vitest';
import type { CategoryId } from '../../../lib/engine/types';
import { buildSuggestions } from '../../../lib/rephrase';

function landedSpan(category: CategoryId, sentence: string, flagged: string): string | null {
  const start = sentence.indexOf(flagged);
  const span = buildSuggestions({
    category,
    sentence,
    spanStart: start,
    spanEnd: start + flagged.length,
    variant: 0,
  }).find((s) => s.replaces === 'span');
  return span
    ? sentence.slice(0, start) + span.text + sentence.slice(start + flagged.length)
    : null;
}

test.each([
  [
    'Do you hate me now after what I said at the party?',
    'Do you hate me',
    'Are we okay now after what I said at the party?',
  ],
  ["are you sure you're not mad at me?", "are you sure you're not mad at me", 'are we okay?'],
  [
    'Am I being too needy about the weekend plans?',
    'Am I being too needy',
    "Is it okay that I'm asking about the weekend plans?",
  ],
])('a reassurance question asked plainly: %s', (sentence, flagged, landed) => {
  expect(landedSpan('reassurance_seeking', sentence, flagged)).toBe(landed);
});

test.each([
  [
    'I hate myself for eating all the chocolate.',
    "I'm being hard on myself for eating all the chocolate.",
  ],
  ['I hate how I sound on recordings.', "I'm having a hard time with how I sound on recordings."],
])('"I hate" in place: %s', (sentence, landed) => {
  expect(landedSpan('self_contempt', sentence, 'I hate')).toBe(landed);
});

test('a comparison span keeps its words whole ("against" once read "right nowst")', () => {
  for (const variant of [0, 1, 2, 3]) {
    const sentence = 'My sister is way more successful than me.';
    for (const s of buildSuggestions({
      category: 'comparison',
      sentence,
      spanStart: 0,
      spanEnd: sentence.length - 1,
      variant,
    }))
      expect(s.text).not.toMatch(/nowst/);
  }
});

test('"Another" shows a new set even when the topic fills every slot', () => {
  const sentence = 'Nobody will ever hire me after this.';
  const sets = new Set(
    [0, 1, 2].map((variant) =>
      buildSuggestions({
        category: 'catastrophizing',
        sentence,
        spanStart: 0,
        spanEnd: 24,
        variant,
      })
        .map((s) => s.text)
        .sort()
        .join('|'),
    ),
  );
  expect(sets.size).toBeGreaterThanOrEqual(2);
});
