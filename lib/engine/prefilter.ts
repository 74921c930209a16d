/**
 * The cheap gate in front of compromise: a sentence reaches the tagger only if it speaks in the first person
 * and holds at least one word some rule file listens for. Most ordinary sentences stop here.
 */
import {
  APOSTROPHE_LESS,
  CASUAL_PHRASES,
  CONTRACTION_ENDINGS,
  NEGATIVE_STEMS,
} from '../language/en/spellings';
const INVISIBLE_ALL = /[\u00AD\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]/g;
const WORD = /[a-z0-9]+/g;
const FIRST_PERSON = new Set(['i', 'me', 'my', 'myself', 'mine', 'id', 'ill']);

/** Lower-case word tokens, apostrophes and invisible characters treated as breaks or removed. */
export function wordsOf(sentence: string): string[] {
  const lower = sentence
    .toLowerCase()
    .replace(INVISIBLE_ALL, '')
    .replace(/[\u2018\u2019\u02bc`]/g, "'")
    .replace(CASUAL_WORD, (w) => CASUAL[w]!)
    .replace(/\b(ca|wo|sha|ai)n't\b/g, (_, stem: string) => `${CONTRACTED[stem]} not`)
    .replace(/n't\b/g, ' not')
    .replace(/'(m|re|ve|ll)\b/g, (_, c: string) => ` ${CONTRACTED[c]}`);
  return lower.match(WORD) ?? [];
}

const CONTRACTED: Readonly<Record<string, string>> = {
  ...NEGATIVE_STEMS,
  ...Object.fromEntries(
    Object.entries(CONTRACTION_ENDINGS)
      .filter(([ending]) => ending.startsWith("'"))
      .map(([ending, word]) => [ending.slice(1), word]),
  ),
};
/**
 * Casual spellings expanded the way compromise reads them, so anchor words are found: the apostrophe comes back
 * from the one English table and wordsOf expands the contraction ("im" → "i'm" → "i am"). "ill" and "id" stay
 * words; the first-person check reads them itself.
 */
const CASUAL: Readonly<Record<string, string>> = {
  ...Object.fromEntries(
    Object.entries(APOSTROPHE_LESS).filter(([typed]) => typed !== 'ill' && typed !== 'id'),
  ),
  ...CASUAL_PHRASES,
};
const CASUAL_WORD = new RegExp(`\\b(${Object.keys(CASUAL).join('|')})\\b`, 'g');

export function speaksInFirstPerson(words: readonly string[]): boolean {
  return words.some((w) => FIRST_PERSON.has(w));
}
