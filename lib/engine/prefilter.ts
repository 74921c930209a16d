/**
 * The cheap gate in front of compromise: a sentence reaches the tagger only if it speaks in the first person
 * and holds at least one word some rule file listens for. Most ordinary sentences stop here.
 */
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
    .replace(/\b(ca|wo|sha)n't\b/g, (_, stem: string) => `${CONTRACTED[stem]} not`)
    .replace(/n't\b/g, ' not')
    .replace(/'(m|re|ve|ll)\b/g, (_, c: string) => ` ${CONTRACTED[c]}`);
  return lower.match(WORD) ?? [];
}

const CONTRACTED: Record<string, string> = {
  ca: 'can',
  wo: 'will',
  sha: 'shall',
  m: 'am',
  re: 'are',
  ve: 'have',
  ll: 'will',
};
/** Casual spellings expanded the way compromise reads them, so anchor words are found. */
const CASUAL: Record<string, string> = {
  im: 'i am',
  ive: 'i have',
  dont: 'do not',
  doesnt: 'does not',
  didnt: 'did not',
  isnt: 'is not',
  wasnt: 'was not',
  arent: 'are not',
  werent: 'were not',
  havent: 'have not',
  hasnt: 'has not',
  shouldnt: 'should not',
  couldnt: 'could not',
  wouldnt: 'would not',
  wont: 'will not',
  cant: 'can not',
  cannot: 'can not',
  shouldve: 'should have',
  couldve: 'could have',
  wouldve: 'would have',
  gonna: 'going to',
  wanna: 'want to',
  gotta: 'got to',
  theyre: 'they are',
  youre: 'you are',
  thats: 'that is',
  whats: 'what is',
  noone: 'no one',
};
const CASUAL_WORD = new RegExp(`\\b(${Object.keys(CASUAL).join('|')})\\b`, 'g');

export function speaksInFirstPerson(words: readonly string[]): boolean {
  return words.some((w) => FIRST_PERSON.has(w));
}
