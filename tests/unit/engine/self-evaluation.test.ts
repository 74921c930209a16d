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
