/**
 * The cheap gate in front of compromise: a sentence reaches the tagger only if it speaks in the first person
 * and holds at least one word some rule file listens for. Most ordinary sentences stop here.
 */
const INVISIBLE_ALL = /[\u00AD\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]/g;
const WORD = /[a-z0-9]+/g;
const FIRST_PERSON = new Set(['i', 'im', 'ive', 'me', 'my', 'myself', 'mine', 'id', 'ill']);

/** Lower-case word tokens, apostrophes and invisible characters treated as breaks or removed. */
export function wordsOf(sentence: string): string[] {
  const lower = sentence
    .toLowerCase()
    .replace(INVISIBLE_ALL, '')
    .replace(/[\u2018\u2019\u02bc`]/g, "'")
    .replace(/\b(ca|wo|sha)n't\b/g, (_, stem: string) => `${CONTRACTED[stem]} not`)
    .replace(/n't\b/g, ' not');
  return lower.match(WORD) ?? [];
}

const CONTRACTED: Record<string, string> = { ca: 'can', wo: 'will', sha: 'shall' };

export function speaksInFirstPerson(words: readonly string[]): boolean {
  return words.some((w) => FIRST_PERSON.has(w));
}
