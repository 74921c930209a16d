import { describe, expect, it } from 'vitest';
import { parseSelfEvaluation } from '../../../lib/engine/self-evaluation';
import { featureStrings, hashFeature, vectorOf } from '../../../lib/engine/features';
import { tokenize } from '../../../lib/engine/tokens';

/** Our own sentences: the shape the parser must find, as one of its features. */
const SHAPES: [string, string][] = [
  ['my essays are terrible', 'own:verdict'],
  ["I'm not a good enough dad", 'cop:neg+praise'],
  ["I'm too slow for this team", 'deg:verdict'],
  ['my ideas are worthless', 'own:verdict'],
  ["I've wrecked everything again", 'fail:all'],
  ['it has to be my fault', 'fault'],
  ["I'll blow the audition for sure", 'future:fail'],
  ['everyone matters more than me', 'compare'],
  ['im so stressed about finals', 'cop:feeling'],
  ['I feel sad today', 'feel:feeling'],
  ["I'm not an idiot", 'cop:neg+verdict'],
  ['I hate myself', 'self_hate'],
  ["everyone thinks I'm pathetic", 'others_view:neg'],
  ['gonna blank on everything, watch', 'subj:implied'],
  ['I should have known better', 'modal:should_have'],
  ['my boss is an idiot', 'subj:my_other'],
];

describe('self-evaluation parser', () => {
  it.each(SHAPES)('finds the shape of "%s"', (sentence, feature) => {
    expect(parseSelfEvaluation(sentence).features).toContain(feature);
  });

  it('names who is judged and the predicate, with offsets into the sentence', () => {
    const s = 'Honestly my essays are terrible.';
    const [j] = parseSelfEvaluation(s).judgements;
    expect(j).toMatchObject({
      target: 'own',
      owned: 'essays',
      predicate: 'terrible',
      predicateClass: 'verdict',
    });
    expect(s.slice(j!.start, j!.end)).toBe('essays are terrible');
  });

  it('does not treat a sentence about someone else as about the writer', () => {
    expect(parseSelfEvaluation('The committee met before lunch.').aboutWriter).toBe(false);
    expect(parseSelfEvaluation('She thinks the plan is fine.').aboutWriter).toBe(false);
  });

  it('expands casual spellings from the one spelling table, keeping offsets', () => {
    const tokens = tokenize('im sure ill never get it, its over');
    expect(tokens.map((t) => t.w)).toEqual([
      'i',
      'am',
      'sure',
      'i',
      'will',
      'never',
      'get',
      'it',
      ',',
      'it',
      'is',
      'over',
    ]);
    expect(tokens[0]).toMatchObject({ start: 0, end: 2 });
  });
});

describe('scorer features', () => {
  it('hashes each feature on the fly to the same value as hashing its string', () => {
    for (const s of [
      'ugh im such an idiot lol, sent it to the wrong person',
      'my brain does not work',
      'Goodbye.',
    ]) {
      const parse = parseSelfEvaluation(s);
      const rules = { traps: [{ category: 'labeling', severity: 2 }], crisis: true };
      const strings = featureStrings(parse, rules);
      const vector = vectorOf(parse, rules);
      expect([...vector.ngrams]).toEqual(strings.ngrams.map(hashFeature));
      expect([...vector.shape]).toEqual(strings.shape.map(hashFeature));
    }
  });
});

describe('everyday forms with the writer left implicit', () => {
  const judged = (sentence: string) =>
    parseSelfEvaluation(sentence).judgements.map((j) => [
      j.predicate,
      j.predicateClass,
      sentence.slice(j.start, j.end),
    ]);

  it.each([
    ['Rough week, feeling like a failure again', 'failure', 'verdict'],
    ['ugh, being this useless is exhausting', 'useless', 'verdict'],
    ["I'm gonna be the worst sister if I miss her recital", 'worst', 'verdict'],
    ['It was my stupidity that cost us the match', 'stupidity', 'verdict'],
    ['lol my laziness strikes again', 'laziness', 'verdict'],
    ['forgot the keys again, screwed up as usual', 'screwed', 'fail'],
    ["I'm going to lose it all because of one bad call", 'lose', 'fail'],
  ])('"%s" judges the writer: %s (%s)', (sentence, predicate, cls) => {
    expect(judged(sentence)).toContainEqual([predicate, cls, expect.any(String)]);
  });

  it('keeps the span on the judged words', () => {
    const s = 'Long day, feeling like a failure again';
    expect(judged(s)[0]?.[2]).toBe('feeling like a failure');
  });

  it.each([
    'Feeling great after the run today',
    'my community garden is thriving',
    "The worst part is the commute, I'm fine otherwise",
    "If the printer jams one more time I'm gonna lose it",
  ])('"%s" has no harsh judgement of the writer', (sentence) => {
    const harsh = parseSelfEvaluation(sentence).judgements.filter(
      (j) => ['verdict', 'fail', 'hate'].includes(j.predicateClass) && !j.negated,
    );
    expect(harsh).toEqual([]);
  });
});
