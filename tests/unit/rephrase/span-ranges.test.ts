/**
 * Span suggestions that replace a little more or less than the flagged words (`Suggestion.range`): the clause the
 * words sit in. The one place that places them is `offersFor`; the writer's words outside the range never change.
 */
import { describe, expect, test } from 'vitest';
import { analyze, offersFor } from '../../../lib/engine';
import type { Finding } from '../../../lib/engine/types';
import { buildSuggestions } from '../../../lib/rephrase';
import { clauseAround, withParticle } from '../../../lib/rephrase/widen';

const at = (sentence: string, words: string) => {
  const start = sentence.indexOf(words);
  if (start < 0) throw new Error(`"${words}" not in "${sentence}"`);
  return { start, end: start + words.length };
};

/** A finding of `category` on `words`, inside `before + sentence + after`. */
function finding(category: Finding['category'], before: string, sentence: string, words: string) {
  const { start, end } = at(sentence, words);
  return {
    category,
    start: before.length + start,
    end: before.length + end,
    sentenceStart: before.length,
    sentenceEnd: before.length + sentence.length,
  };
}

const spanOffers = (f: ReturnType<typeof finding>, text: string) =>
  [0, 1, 2].flatMap((variant) =>
    offersFor(f, text, variant).filter((offer) => offer.replaces === 'span'),
  );

describe('a span suggestion may replace the clause around the flagged words', () => {
  const before = 'We had the review on Friday. ';
  const after = ' Anyway, see you Monday.';

  test.each([
    // A verb cut from its particle: widened to "mess up".
    ['overgeneralizing', 'I always mess up presentations.', 'I always mess', 'I always mess up'],
    // A verdict reported as someone else's: widened back to who thinks it.
    ['labeling', "My boss thinks I'm lazy.", "I'm lazy", "My boss thinks I'm lazy"],
    [
      'labeling',
      "My teammates probably think I'm useless.",
      "I'm useless",
      "My teammates probably think I'm useless",
    ],
    // Flagged words that start mid-clause: widened to the clause's start.
    [
      'self_blame',
      'We lost the match because of me.',
      'lost the match because of me',
      'We lost the match because of me',
    ],
    // A harsh question: the question's words, the writer's opener and question mark kept.
    ['self_contempt', 'honestly why am i like this', 'why am i like this', 'why am i like this'],
    ['labeling', 'Why am I so dumb?', 'Why am I so dumb', 'Why am I so dumb'],
    // The worry under "a burden": narrowed, so the writer's people stay.
    [
      'reassurance_seeking',
      'I feel like a burden to my family.',
      'I feel like a burden to',
      'I feel like a burden to',
    ],
  ] as const)('%s: "%s" [%s] → replaces "%s"', (category, sentence, words, replaced) => {
    const text = before + sentence + after;
    const offers = spanOffers(finding(category, before, sentence, words), text);
    expect(offers.length).toBeGreaterThan(0);
    for (const offer of offers) {
      expect(offer.original).toBe(replaced);
      expect(text.slice(offer.start, offer.end)).toBe(offer.original);
      const result = text.slice(0, offer.start) + offer.text + text.slice(offer.end);
      // Everything outside the range is the writer's, unchanged.
      expect(result.startsWith(text.slice(0, offer.start))).toBe(true);
      expect(result.endsWith(text.slice(offer.end))).toBe(true);
      expect(result.startsWith(before)).toBe(true);
      expect(result.endsWith(after)).toBe(true);
    }
  });

  test('the widened wordings read as whole sentences where they land', () => {
    const landed = (sentence: string, category: Finding['category'], words: string) =>
      spanOffers(finding(category, '', sentence, words), sentence).map(
        (o) => sentence.slice(0, o.start) + o.text + sentence.slice(o.end),
      );
    expect(
      landed('I always mess up presentations.', 'overgeneralizing', 'I always mess'),
    ).toContain("I'm still getting the hang of presentations.");
    for (const text of landed("My boss thinks I'm lazy.", 'labeling', "I'm lazy"))
      expect(text).toMatch(
        /^I(?: can't know| don't know for sure|'m guessing at) what my boss thinks of me\.$/,
      );
    expect(
      landed(
        'I feel like a burden to my family.',
        'reassurance_seeking',
        'I feel like a burden to',
      ),
    ).toContain("I worry I'm asking too much of my family.");
  });

  test('the engine places them the same way for its own findings', () => {
    const text = "Honestly, my boss thinks I'm lazy. Anyway.";
    const labeling = analyze(text).findings.find((f) => f.category === 'labeling')!;
    expect(text.slice(labeling.start, labeling.end)).toBe("I'm lazy");
    const offer = offersFor(labeling, text).find((o) => o.replaces === 'span')!;
    expect(offer.original).toBe("my boss thinks I'm lazy");
    expect(text.slice(0, offer.start)).toBe('Honestly, ');
    expect(text.slice(offer.end)).toBe('. Anyway.');
  });

  test('a whole-sentence wording for a reported verdict replaces who reports it too', () => {
    const text = "We had the review today. My teammates probably think I'm useless.";
    const labeling = analyze(text).findings.find((f) => f.category === 'labeling')!;
    const wholes = offersFor(labeling, text).filter((o) => o.replaces === 'sentence');
    expect(wholes.length).toBeGreaterThan(0);
    for (const offer of wholes) {
      expect(offer.original).toBe("My teammates probably think I'm useless.");
      expect(offer.text).toMatch(/^[A-Z]/);
    }
  });

  test('flagged words that fit where they are keep their own range', () => {
    const sentence = "I'm such an idiot for missing the train again.";
    const suggestions = buildSuggestions({
      category: 'labeling',
      sentence,
      spanStart: 0,
      spanEnd: 17,
      variant: 0,
    });
    const spans = suggestions.filter((s) => s.replaces === 'span');
    expect(spans.length).toBe(1);
    expect(spans[0]!.range).toBeUndefined();
  });

  test('a plain fact is not named as a thought, even from a wider clause', () => {
    const sentence = 'My whole holiday is ruined because I lost my sunglasses.';
    const { start, end } = at(sentence, 'I lost');
    const spans = buildSuggestions({
      category: 'all_or_nothing',
      sentence,
      spanStart: start,
      spanEnd: end,
      variant: 0,
    }).filter((s) => s.replaces === 'span');
    for (const s of spans) expect(s.text).not.toMatch(/thought that I lost/);
  });
});

describe('the clause around flagged words', () => {
  test.each([
    [
      "I'm going to fail this exam and everyone will know I'm a fraud.",
      "I'm a fraud",
      "everyone will know I'm a fraud",
    ],
    ['ugh, honestly why am i like this', 'why am i like this', 'honestly why am i like this'],
    [
      'It’s all my fault we missed the flight, and I hate it.',
      'fault we missed',
      'It’s all my fault we missed the flight',
    ],
  ])('"%s" [%s] sits in "%s"', (sentence, words, clause) => {
    const { start, end } = at(sentence, words);
    const range = clauseAround(sentence, start, end);
    expect(sentence.slice(range.start, range.end)).toBe(clause);
  });

  test.each([
    ['I always mess up presentations.', 'I always mess', 'I always mess up'],
    ['I screwed up the interview.', 'I screwed', 'I screwed up'],
    ['I always look up recipes.', 'I always look', 'I always look'],
  ])('"%s" [%s] ends with its particle: "%s"', (sentence, words, widened) => {
    const { start, end } = at(sentence, words);
    expect(sentence.slice(start, withParticle(sentence, start, end))).toBe(widened);
  });
});
