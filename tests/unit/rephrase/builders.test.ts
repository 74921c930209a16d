import { describe, expect, test } from 'vitest';
import { CATEGORY_IDS, COMPASSION_PARTS, type CategoryId } from '../../../lib/engine/types';
import { REPHRASE_BUILDERS, buildSuggestions } from '../../../lib/rephrase';
import { EXAMPLES, inputFor } from './examples';
import { grammarProblems, isFirstPerson, splice } from './grammar';

/** The sentence with its flagged words swapped for the first suggestion, which must replace just them. */
function withFirstSpanSuggestion(category: CategoryId, sentence: string, flagged: string): string {
  const spanStart = sentence.indexOf(flagged);
  const spanEnd = spanStart + flagged.length;
  const [first] = buildSuggestions({ category, sentence, spanStart, spanEnd, variant: 0 });
  expect(first!.replaces).toBe('span');
  return splice(sentence, spanStart, spanEnd, first!);
}

const VARIANTS = [0, 1, 2, 3];

test('every category has a builder and at least two examples here', () => {
  expect(Object.keys(REPHRASE_BUILDERS).sort()).toEqual([...CATEGORY_IDS].sort());
  for (const category of CATEGORY_IDS) {
    expect(
      EXAMPLES.filter((example) => example.category === category).length,
    ).toBeGreaterThanOrEqual(2);
  }
});

describe.each(EXAMPLES)('$category: $sentence', (example) => {
  test.each(VARIANTS)('variant %i: 2–4 first-person suggestions with varied parts', (variant) => {
    const suggestions = buildSuggestions(inputFor(example, variant));
    expect(suggestions.length).toBeGreaterThanOrEqual(2);
    expect(suggestions.length).toBeLessThanOrEqual(4);
    for (const suggestion of suggestions) {
      expect(COMPASSION_PARTS).toContain(suggestion.part);
      expect(['span', 'sentence']).toContain(suggestion.replaces);
      expect(isFirstPerson(suggestion.text), suggestion.text).toBe(true);
    }
    expect(new Set(suggestions.map((s) => s.part)).size).toBeGreaterThanOrEqual(2);
  });

  test.each(VARIANTS)('variant %i: every suggestion splices in cleanly', (variant) => {
    const input = inputFor(example, variant);
    for (const suggestion of buildSuggestions(input)) {
      const spliced = splice(input.sentence, input.spanStart, input.spanEnd, suggestion);
      expect(grammarProblems(spliced), spliced).toEqual([]);
      if (suggestion.replaces === 'sentence' || input.spanStart === 0)
        expect(spliced.trimStart()).toMatch(/^[A-Z]/);
      if (suggestion.replaces === 'span') expect(suggestion.text).not.toMatch(/^\s|\s$/);
    }
  });
});

test.each(EXAMPLES.filter((example) => example.keeps.length > 0))(
  '$category keeps the topic of: $sentence',
  (example) => {
    const texts = VARIANTS.flatMap((variant) =>
      buildSuggestions(inputFor(example, variant)).map((s) => s.text.toLowerCase()),
    );
    for (const word of example.keeps) {
      expect(
        texts.some((text) => text.includes(word.toLowerCase())),
        `${word} in ${texts.join(' | ')}`,
      ).toBe(true);
    }
  },
);

describe('span suggestions fit where they go', () => {
  test('a lowercase writer mid-sentence gets lowercase text, the sentence start stays capitalised', () => {
    const sentence = 'ugh im such a loser';
    const [first] = buildSuggestions({
      category: 'labeling',
      sentence,
      spanStart: 4,
      spanEnd: sentence.length,
      variant: 0,
    });
    expect(first).toMatchObject({ replaces: 'span' });
    expect(first!.text).toMatch(/^[a-z]/);
    const atStart = buildSuggestions({
      category: 'labeling',
      sentence: 'im such a loser',
      spanStart: 0,
      spanEnd: 15,
      variant: 0,
    });
    expect(atStart[0]!.text).toMatch(/^[A-Z]/);
  });

  test('a span after "I’m such a" replaces "I’m such a" too, so no "such a" is left behind', () => {
    const sentence = "I'm such a failure.";
    const suggestions = buildSuggestions({
      category: 'labeling',
      sentence,
      spanStart: 11,
      spanEnd: 18,
      variant: 0,
    });
    const spans = suggestions.filter((s) => s.replaces === 'span');
    expect(spans.length).toBeGreaterThan(0);
    for (const s of spans) expect(s.range).toEqual({ start: 0, end: 18 });
  });

  // The wording rotates with the flagged words; the shape around it must stay the writer's own.
  const LABEL =
    '(?:being really hard on myself|calling myself names right now|being tough on myself right now)';
  const ABOUT = '(?:being really hard on myself|being tough on myself) about';
  test.each([
    [
      'im so stupid for not backing up my files',
      'im so stupid for',
      /^I'm (?:being hard on myself|giving myself a hard time|kicking myself) for not backing up my files$/,
    ],
    [
      "I'm such an idiot for missing the bus.",
      'such an idiot',
      /^I'm (?:being hard on myself|giving myself a hard time|kicking myself) for missing the bus\.$/,
    ],
    // The verdict is never quoted back; what it weighs is named instead ("worthless" → "my worth").
    ["I'm worthless.", "I'm worthless", new RegExp(`^I'm ${ABOUT} my worth\\.$`)],
    [
      'honestly im such a loser, whatever',
      'im such a loser',
      new RegExp(`^honestly i'm ${ABOUT} how things are going for me, whatever$`),
    ],
    ['I am a lost cause.', 'I am a lost cause', new RegExp(`^I'm ${LABEL}\\.$`)],
  ])('%s → %s', (sentence, flagged, expected) => {
    expect(withFirstSpanSuggestion('labeling', sentence, flagged)).toMatch(expected);
  });

  test('"should" alone becomes a wish in place', () => {
    const sentence = 'I should call my sister more often.';
    const [first] = buildSuggestions({
      category: 'should',
      sentence,
      spanStart: 2,
      spanEnd: 8,
      variant: 0,
    });
    expect(first).toEqual({ text: 'would like to', part: 'self_kindness', replaces: 'span' });
  });

  test.each([
    ["I should've texted Ana back.", "I should've texted", 'I wish I had texted Ana back.'],
    [
      "I shouldn't have sent that email.",
      "I shouldn't have sent",
      "I wish I hadn't sent that email.",
    ],
    [
      'Honestly I must finish this tonight.',
      'I must',
      'Honestly I would like to finish this tonight.',
    ],
  ])('the modal is swapped in place: %s', (sentence, flagged, expected) => {
    expect(withFirstSpanSuggestion('should', sentence, flagged)).toBe(expected);
  });

  test.each([
    'I should be ashamed of myself.',
    'I must never make mistakes.',
    'I have to be tough and never cry at work.',
  ])('a demand to suffer or to be flawless never becomes a wish: %s', (sentence) => {
    const clauseEnd =
      sentence.indexOf(' and ') > 0 ? sentence.indexOf(' and ') : sentence.length - 1;
    for (const spanEnd of [sentence.indexOf(' ', 2), clauseEnd, sentence.length - 1]) {
      const texts = buildSuggestions({
        category: 'should',
        sentence,
        spanStart: 0,
        spanEnd,
        variant: 0,
      }).map((s) => splice(sentence, 0, spanEnd, s));
      expect(texts.join(' ')).not.toMatch(
        /like to be ashamed|like to never|like to be tough and never/i,
      );
    }
  });

  test('sentence suggestions keep the whitespace around the sentence', () => {
    const sentence = "  I'm such an idiot for missing the bus. ";
    const suggestions = buildSuggestions({
      category: 'labeling',
      sentence,
      spanStart: 2,
      spanEnd: 19,
      variant: 0,
    });
    for (const suggestion of suggestions.filter((s) => s.replaces === 'sentence')) {
      expect(suggestion.text).toMatch(/^ {2}[A-Z].*[.!?] $/);
    }
  });

  test('the example from the brief keeps the meeting', () => {
    const sentence = "I'm so stupid for forgetting the meeting";
    const texts = [0, 1, 2, 3].flatMap((variant) =>
      buildSuggestions({ category: 'labeling', sentence, spanStart: 4, spanEnd: 13, variant }).map(
        (s) => s.text,
      ),
    );
    expect(
      texts.some((t) => t.startsWith('I forgot the meeting.')),
      texts.join(' | '),
    ).toBe(true);
    expect(
      texts.some((t) => t.includes('send a short note')),
      texts.join(' | '),
    ).toBe(true);
  });
});

describe('bad input never breaks a builder', () => {
  test.each(CATEGORY_IDS)('%s with an empty or out-of-range span', (category) => {
    for (const [sentence, spanStart, spanEnd] of [
      ['', 0, 0],
      ['😭😭😭', 0, 2],
      ['I am so done', 5, 99],
      ['I am so done', -3, 2],
    ] as const) {
      const suggestions = buildSuggestions({
        category,
        sentence,
        spanStart,
        spanEnd,
        variant: Number.NaN,
      });
      expect(suggestions.length).toBeGreaterThanOrEqual(2);
      expect(suggestions.every((s) => s.replaces === 'sentence')).toBe(true);
    }
  });
});

describe('very long sentences', () => {
  test.each(CATEGORY_IDS)('%s falls back to generic wording and stays well formed', (category) => {
    const sentence = `${"I'm such an idiot for forgetting the meeting and ".repeat(2500)}done.`;
    const suggestions = buildSuggestions({
      category,
      sentence,
      spanStart: 0,
      spanEnd: 17,
      variant: 0,
    });
    expect(suggestions.length).toBeGreaterThanOrEqual(2);
    for (const suggestion of suggestions) {
      expect(suggestion.text.length).toBeLessThan(400);
      expect(suggestion.text).not.toMatch(/meeting/);
    }
  });
});

describe('a rule about a feeling still gets a span suggestion, as a wish in the writer’s words', () => {
  test.each([
    [
      'I should be over this by now.',
      'I should be over this by now',
      'I would like to be over this by now.',
    ],
    [
      "I shouldn't feel this way about something so small.",
      "I shouldn't feel",
      'I would rather not feel this way about something so small.',
    ],
  ])('%s', (sentence, flagged, landed) => {
    expect(withFirstSpanSuggestion('should', sentence, flagged)).toBe(landed);
  });
});

/** Every variant's suggestion texts for the flagged words of a sentence, joined. */
function allVariantTexts(category: CategoryId, sentence: string, flagged: string): string {
  const spanStart = sentence.indexOf(flagged);
  return VARIANTS.flatMap((variant) =>
    buildSuggestions({
      category,
      sentence,
      spanStart,
      spanEnd: spanStart + flagged.length,
      variant,
    }).map((s) => s.text),
  ).join(' | ');
}

test('hindsight is offered only for what is over', () => {
  expect(
    allVariantTexts(
      'should',
      'I must never make mistakes in front of my team.',
      'I must never make',
    ),
  ).not.toMatch(/hindsight/);
});

test('the rest of a phrase the flagged words cut ("this| way about something") is not taken as the topic', () => {
  expect(
    allVariantTexts(
      'need_suppression',
      "I shouldn't feel this way about something so small.",
      "I shouldn't feel this",
    ),
  ).not.toMatch(/\bway about\b/);
});
