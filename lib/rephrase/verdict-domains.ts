/**
 * What a verdict word weighs, in neutral words a suggestion can speak about: "I'm worthless" weighs "my worth",
 * "I'm so lazy" weighs "how much I get done". The verdict itself is never quoted back; this names only the part
 * of life the writer is judging. English, keyed by the verdict's lower-case form; absent words weigh nothing
 * the sentence names ("I'm the worst"), and the builders then use their plain wordings.
 */
const DOMAINS: ReadonlyArray<readonly [string, readonly string[]]> = [
  ['my worth', ['worthless', 'waste', 'unworthy', 'unlovable', 'undeserving']],
  [
    'what I can do',
    ['useless', 'incompetent', 'hopeless', 'inadequate', 'incapable', 'talentless'],
  ],
  [
    'how I think things through',
    ['stupid', 'dumb', 'dumbest', 'idiot', 'idiotic', 'moron', 'fool', 'foolish', 'brainless'],
  ],
  [
    'how things are going for me',
    ['failure', 'loser', 'disappointment', 'screwup', 'mess', 'joke', 'letdown'],
  ],
  ['whether I belong where I am', ['fraud', 'fake', 'impostor', 'imposter', 'phony']],
  ['how I am coping', ['pathetic', 'weak', 'broken', 'wreck', 'coward', 'spineless']],
  ['how I look', ['ugly', 'fat', 'hideous', 'gross', 'unattractive']],
  [
    'how I come across',
    [
      'annoying',
      'needy',
      'clingy',
      'awkward',
      'weird',
      'boring',
      'cringe',
      'cringey',
      'embarrassing',
    ],
  ],
  ['what I ask of people', ['burden', 'too much', 'selfish', 'exhausting', 'toxic']],
  ['how much I get done', ['lazy', 'slacker', 'unproductive']],
  ['how I compare', ['worse', 'worst', 'behind', 'inferior']],
];

const BY_WORD: ReadonlyMap<string, string> = new Map(
  DOMAINS.flatMap(([domain, words]) => words.map((w) => [w, domain] as const)),
);

/** The part of life a verdict weighs ("worthless" → "my worth"), or null. */
export function domainOf(verdict: string): string | null {
  return BY_WORD.get(verdict.toLowerCase()) ?? null;
}

/** The first verdict in `text` that weighs something, as its domain. */
export function domainIn(text: string): string | null {
  const lower = text.toLowerCase();
  if (/\btoo much\b/.test(lower)) return domainOf('too much');
  for (const word of lower.split(/[^a-z]+/)) {
    const domain = word ? domainOf(word) : null;
    if (domain) return domain;
  }
  return null;
}
