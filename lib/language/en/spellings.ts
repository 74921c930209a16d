/**
 * English casual spellings and contractions: the one table every part of Selfkind reads them from
 * (the tokenizer, the rule normaliser, the prefilter, the crisis normaliser and the rephrasings' tidy-up).
 * Another language gets its own folder beside this one.
 */

/** Forms typed without their apostrophe, and what they stand for with it. */
export const APOSTROPHE_LESS: Readonly<Record<string, string>> = {
  im: "i'm",
  ive: "i've",
  id: "i'd",
  ill: "i'll",
  dont: "don't",
  doesnt: "doesn't",
  didnt: "didn't",
  isnt: "isn't",
  wasnt: "wasn't",
  arent: "aren't",
  werent: "weren't",
  havent: "haven't",
  hasnt: "hasn't",
  hadnt: "hadn't",
  shouldnt: "shouldn't",
  couldnt: "couldn't",
  wouldnt: "wouldn't",
  mustnt: "mustn't",
  wont: "won't",
  cant: "can't",
  aint: "ain't",
  shouldve: "should've",
  shoulda: "should've",
  couldve: "could've",
  coulda: "could've",
  wouldve: "would've",
  woulda: "would've",
  mustve: "must've",
  theyre: "they're",
  theyll: "they'll",
  theyve: "they've",
  youre: "you're",
  youve: "you've",
  thats: "that's",
  whats: "what's",
  everyones: "everyone's",
  nobodys: "nobody's",
};

/**
 * Apostrophe-less forms that are also ordinary words ("ill", "id", "wont", "cant" is rare): the tokenizer reads
 * them as contractions only where the casual reading is the likely one (see tokens.ts).
 */
export const AMBIGUOUS_APOSTROPHE_LESS: ReadonlySet<string> = new Set(['ill', 'id', 'wont', 'its']);

/** Words that are casual spellings of whole phrases. */
export const CASUAL_PHRASES: Readonly<Record<string, string>> = {
  gonna: 'going to',
  wanna: 'want to',
  gotta: 'got to',
  hafta: 'have to',
  imma: "i'm going to",
  ima: "i'm going to",
  cannot: 'can not',
  noone: 'no one',
  u: 'you',
  ur: 'your',
  r: 'are',
  cuz: 'because',
  coz: 'because',
  bc: 'because',
  b4: 'before',
  tho: 'though',
  ppl: 'people',
  evry1: 'everyone',
  every1: 'everyone',
  some1: 'someone',
  prolly: 'probably',
  rly: 'really',
  sry: 'sorry',
  srsly: 'seriously',
  smth: 'something',
  nothin: 'nothing',
  myslef: 'myself',
  mysefl: 'myself',
  mself: 'myself',
  myslf: 'myself',
  meself: 'myself',
  somethin: 'something',
};

/** Negative contractions whose stem changes ("can't" → "can not", "won't" → "will not"). */
export const NEGATIVE_STEMS: Readonly<Record<string, string>> = {
  ca: 'can',
  wo: 'will',
  sha: 'shall',
  ai: 'am',
};

/** Contraction endings and the word each stands for. "'s" and "'d" are left to context (is/has, would/had). */
export const CONTRACTION_ENDINGS: Readonly<Record<string, string>> = {
  "n't": 'not',
  "'m": 'am',
  "'re": 'are',
  "'ve": 'have',
  "'ll": 'will',
};

/** Characters typed in place of an apostrophe. */
export const APOSTROPHE_LIKE = /[\u2018\u2019\u02bc\u02b9\u2032`\u00b4]/g;
