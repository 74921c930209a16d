import { describe, expect, it } from 'vitest';
import { RULEBOOK } from '../../../lib/engine/rulebook';
import { RULE_FILES } from '../../../lib/rules/index';
import { matchPatterns, parseFor, type Parse, type PatternMatch } from '../../../lib/engine/nlp';
import { negatedInside } from '../../../lib/engine/context';
import { normalizeSentence } from '../../../lib/engine/normalize';
import { splitSentences } from '../../../lib/engine/split';
import { generateDocument } from '../../bench/corpus';

/** Contractions and casual forms whose expansion differs between tokenising and tagging if handled carelessly. */
const CONTRACTED = [
  "It's all my fault the trip fell apart.",
  'it’s okay that I needed a break',
  "He's right, I'm a mess.",
  "I'd rather disappear than face them.",
  "I'd ruined it before anyone noticed.",
  "Who's going to want me now?",
  "That ain't my fault and I ain't stupid.",
  'im gonna fail again',
  'i wanna stop being such a loser',
  "I shan't ever be good enough.",
  "I won't ever get this right, I can't do anything right.",
  "My mom's sure I'm hopeless.",
];

/** Everything the rest of the detector reads from a match: which pattern, where, its words, whether negated. */
const decisive = (m: PatternMatch): string =>
  `${m.pattern}:${m.start}-${m.end}:${m.terms.map((t) => t.word).join(' ')}:${negatedInside(m.terms)}`;

describe('the cheaper parses', () => {
  it("find exactly what compromise's full parse finds, for the patterns each is used for", () => {
    const patterns = RULEBOOK.flatMap((f) => f.patterns);
    const all = patterns.map((p) => p.compiled);
    const wordOnly = patterns.filter((p) => !p.needsTags).map((p) => p.compiled);
    const texts = [
      ...RULE_FILES.flatMap((f) => [...f.examples.flag, ...f.examples.pass]),
      ...CONTRACTED,
      generateDocument(600, 11),
    ];
    const differ: string[] = [];
    let compared = 0;
    const same = (sentence: string, compiled: typeof all, depth: Parse) =>
      matchPatterns(sentence, compiled, 'full').map(decisive).join('|') ===
      matchPatterns(sentence, compiled, depth).map(decisive).join('|');
    for (const text of texts) {
      for (const span of splitSentences(text)) {
        const sentence = normalizeSentence(text.slice(span.start, span.end)).text;
        compared++;
        // Word-only patterns get whatever parse the sentence's contractions call for; any pattern may get tags.
        if (!same(sentence, wordOnly, parseFor(sentence, false))) differ.push(`words: ${sentence}`);
        if (!same(sentence, all, 'tags')) differ.push(`tags: ${sentence}`);
      }
    }
    expect(compared).toBeGreaterThan(300);
    expect(differ).toEqual([]);
    // Every pattern over every sentence, three times: seconds of work, more on a loaded machine.
  }, 60_000);
});
