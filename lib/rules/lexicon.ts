/**
 * The pieces of compromise match syntax that several rule files share. The words themselves live in
 * lib/language/en/self-talk-words.ts; alternations of them are built with `alt()`.
 */
import { INTENSIFIERS } from '../language/en/self-talk-words';

export const alt = (words: readonly string[]): string => `(${words.join('|')})`;

/** Words that may sit between "I am" and the insult: intensifiers, hedges and articles. */
export const FILLER_WORDS = [
  ...INTENSIFIERS,
  'really',
  'the',
  'most',
  'real',
  'just',
  'honestly',
  'seriously',
  'actually',
  'basically',
  'still',
  'always',
  'big',
  'an',
  'a',
  'very',
  'too',
];

/**
 * Optional filler between "I am" and the insult: "I'm just such a total ...". compromise does not backtrack,
 * so no filler word may also be a word the next slot needs.
 */
export const FILL = `${alt(FILLER_WORDS)}{0,4}`;

/** "I am", "I was", "I've been", "I feel like", ... */
export const SELF_IS = `i (am|was|have been|had been|will always be|will be|feel like|felt like|feel|felt|must be|became|am becoming|seem|seem like|was being|am being|have always been|always was|always am|act like|acted like|get|become|am just|was just)`;

/** SELF_IS without plain "feel"/"felt": after those, some adjectives name a feeling, not a verdict. */
export const SELF_IS_NOT_FELT = SELF_IS.replace('|feel|felt|', '|');
