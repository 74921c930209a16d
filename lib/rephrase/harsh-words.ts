import { FAIL_VERBS, QUANTIFIERS, VERDICT_ADJECTIVES, VERDICT_NOUNS } from '../language/en/lexicon';
import { lemma } from '../language/en/lemma';
import {
  MESS_UP_VERB_FORMS,
  SWEAR_INTENSIFIERS,
  SWEAR_WORDS,
  TOTALISERS,
} from '../language/en/self-talk-words';

/*
 * Words that carry the harshness itself: the generated lexicon's verdicts, setbacks and quantifiers, and the few
 * below. Text taken from the user's sentence to keep their topic ("forgetting the meeting") is dropped when it
 * holds one of these, so a suggestion never repeats the trap it is meant to soften.
 */

/**
 * Words the generated English lexicon does not class as verdicts but that still carry the trap: modals of
 * demand, blame, all-or-nothing words, comparisons and words of crisis. The verbs of messing up, the words that
 * make a judgement total and swearing come from the shared self-talk words.
 */
const EXTRA_WORDS = [
  'hate',
  'hated',
  'hating',
  'loathe',
  'despise',
  'disgust',
  'blew',
  'bombed',
  'disaster',
  'catastrophe',
  'noone',
  'should',
  'shouldve',
  'shouldnt',
  'mustnt',
  'must',
  'fault',
  'blame',
  'burden',
  'annoy',
  'bothering',
  'bother',
  'weird',
  'freak',
  'again',
  'forever',
  'only',
  'just',
  'enough',
  'worse',
  'worst',
  'better',
  'best',
  'perfect',
  'perfectly',
  'die',
  'dead',
  'kill',
  'suicide',
  'matter',
  'whatever',
  'fine',
  'sorry',
  'deserve',
  'wrong',
  'weak',
];

/** Setback verbs that also tell plain facts ("I forgot the meeting", "we lost the match"): quoting them is fine. */
const FACT_VERBS = new Set([
  'forget',
  'miss',
  'lose',
  'let',
  'break',
  'hurt',
  'waste',
  'ignore',
  'neglect',
  'embarrass',
]);

const EXTRA = new Set<string>([
  ...EXTRA_WORDS,
  ...MESS_UP_VERB_FORMS,
  ...TOTALISERS,
  ...SWEAR_INTENSIFIERS,
  ...SWEAR_WORDS,
]);

function isHarshWord(word: string): boolean {
  const w = word.toLowerCase();
  if (EXTRA.has(w) || QUANTIFIERS.has(w) || VERDICT_ADJECTIVES.has(w) || VERDICT_NOUNS.has(w))
    return true;
  const base = lemma(w);
  return VERDICT_NOUNS.has(base) || (FAIL_VERBS.has(base) && !FACT_VERBS.has(base));
}

/** Whether `text` holds a word that carries harshness (or an overgeneralization), ignoring `allowed` words. */
export function hasHarshWord(text: string, allowed: readonly string[] = []): boolean {
  const skip = new Set(allowed.map((word) => word.toLowerCase()));
  return text
    .replace(/[\u2018\u2019']/g, '')
    .split(/[^A-Za-z]+/)
    .some((word) => word !== '' && !skip.has(word.toLowerCase()) && isHarshWord(word));
}
