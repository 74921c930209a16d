import { describe, expect, it } from 'vitest';
import { RULEBOOK } from '../../../lib/engine/rulebook';
import { RULE_FILES } from '../../../lib/rules/index';
import { matchPatterns } from '../../../lib/engine/nlp';
import { normalizeSentence } from '../../../lib/engine/normalize';
import { speaksInFirstPerson, wordsOf } from '../../../lib/engine/prefilter';
import { splitSentences } from '../../../lib/engine/split';

/** Casual and contracted spellings the anchors must survive. */
const EXTRA = [
  'im such a loser',
  'i cant do anything right',
  'Im gonna fail this',
  "i shouldn't have said that",
  'i shouldnt have said that',
  "I'd rather not, I'm too much for anyone",
  'ive always been a failure',
  'noone will ever love me',
  'I cannot do anything right',
  'I won’t ever be good enough',
  'its all my fault',
];

describe('prefilter soundness', () => {
  it('never keeps a sentence from a pattern that would match it', () => {
    const all = RULEBOOK.flatMap((f) => f.patterns.map((p) => ({ f, p })));
    const texts = [
      ...RULE_FILES.flatMap((f) => [...f.examples.flag, ...f.examples.pass]),
      ...EXTRA,
    ];
    const dropped: string[] = [];
    for (const text of texts) {
      for (const span of splitSentences(text)) {
        const sentence = text.slice(span.start, span.end);
        const words = wordsOf(sentence);
        const present = new Set(words);
        const firstPerson = speaksInFirstPerson(words);
        const matches = matchPatterns(
          normalizeSentence(sentence).text,
          all.map((x) => x.p.compiled),
          'full',
        );
        for (const m of matches) {
          const { f, p } = all[m.pattern]!;
          if (!firstPerson && !p.rule.selfImplied) continue;
          const passes = p.anchors.every((set) => [...set].some((w) => present.has(w)));
          if (!passes) dropped.push(`${f.file.category}/${p.rule.id}: ${sentence}`);
        }
      }
    }
    expect(dropped).toEqual([]);
    // Every pattern through compromise for every example: CPU-bound work, slow on a loaded machine.
  }, 30_000);

  it('lets ordinary sentences skip compromise', () => {
    const ordinary = [
      'The committee reviewed the figures before lunch.',
      'I made tea and read for a while.',
    ];
    for (const s of ordinary) {
      const present = new Set(wordsOf(s));
      const candidates = RULEBOOK.flatMap((f) => f.patterns).filter((p) =>
        p.anchors.every((set) => [...set].some((w) => present.has(w))),
      );
      expect(candidates.map((p) => p.rule.id)).toEqual([]);
    }
  });
});
