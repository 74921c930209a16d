/**
 * English words of harsh self-talk that the rules (lib/rules) and the rephrasings (lib/rephrase) share: the names
 * people call themselves, the words that make a judgement total, swearing, and the verbs of messing up. The
 * generated word classes (lexicon.ts) are broader and feed the parser; these are the hand-kept cores.
 */

/** Words that make a judgement total: "such a", "complete", "utterly". */
export const TOTALISERS = [
  'such',
  'complete',
  'completely',
  'total',
  'totally',
  'absolute',
  'absolutely',
  'utter',
  'utterly',
  'literally',
];

/** Swearing that sits before the judged word as an intensifier ("a fucking idiot"). */
export const SWEAR_INTENSIFIERS = [
  'fucking',
  'fuckin',
  'freaking',
  'frickin',
  'fricking',
  'bloody',
  'damn',
  'goddamn',
  'fucked',
];

/** Swearing that is a word of its own ("I'm shit at this"). */
export const SWEAR_WORDS = ['fuck', 'shit', 'shitty', 'crap'];

/** Intensifiers and swearing: they may sit between "I am" and the insult, and they raise severity. */
export const INTENSIFIERS = [
  ...TOTALISERS,
  ...SWEAR_INTENSIFIERS,
  'so',
  'truly',
  'entire',
  'whole',
  'biggest',
  'huge',
  'massive',
  'giant',
  'ever',
  'incredibly',
];

/** Intensifiers and swearing that raise severity. */
export const SEVERITY_RAISERS: ReadonlySet<string> = new Set([
  ...INTENSIFIERS,
  ...SWEAR_WORDS,
  'worst',
  'pathetic',
  'piece',
]);

/** Verbs of messing up that are judgements, not plain facts (unlike "forget" or "miss"); lemmas. */
export const MESS_UP_VERBS = [
  'mess',
  'screw',
  'fuck',
  'ruin',
  'fail',
  'disappoint',
  'destroy',
  'wreck',
  'botch',
  'sabotage',
  'bungle',
];

/** A regular verb's forms: "mess" → mess, messes, messed, messing; "sabotage" → sabotaged, sabotaging. */
export function regularVerbForms(verb: string): string[] {
  const stem = verb.endsWith('e') ? verb.slice(0, -1) : verb;
  const third = /(s|sh|ch|x|z)$/.test(verb) ? `${verb}es` : `${verb}s`;
  return [verb, third, `${stem}ed`, `${stem}ing`];
}

/** Every form of the verbs of messing up. */
export const MESS_UP_VERB_FORMS = MESS_UP_VERBS.flatMap(regularVerbForms);

/** Nouns people call themselves when they are being harsh. */
export const INSULT_NOUNS = [
  'idiot',
  'moron',
  'loser',
  'failure',
  'disappointment',
  'fraud',
  'joke',
  'mess',
  'screwup',
  'screw-up',
  'fuckup',
  'fuck-up',
  'disgrace',
  'embarrassment',
  'coward',
  'freak',
  'weirdo',
  'dumbass',
  'imbecile',
  'fool',
  'dummy',
  'clown',
  'letdown',
  'let-down',
  'hypocrite',
  'monster',
  'wreck',
  'trainwreck',
  'liability',
  'parasite',
  'leech',
  'slob',
  'degenerate',
  'nobody',
  'waste',
  'garbage',
  'trash',
  'dipshit',
  'retard',
  'lowlife',
  'reject',
  'burnout',
  'underachiever',
  'phony',
  'impostor',
  'imposter',
  'fake',
  'outcast',
  'misfit',
  'psycho',
  'creep',
  'mistake',
];

/**
 * Adjectives that judge the whole person (not a feeling, and not a state of knowing: "I'm clueless as to why" says
 * the writer doesn't know).
 */
export const INSULT_ADJECTIVES = [
  'stupid',
  'dumb',
  'useless',
  'hopeless',
  'incompetent',
  'lazy',
  'ugly',
  'weak',
  'talentless',
  'inadequate',
  'incapable',
  'dense',
  'idiotic',
  'brainless',
  'spineless',
  'pathetic',
  'selfish',
  'unbearable',
  'insufferable',
  'defective',
  'broken',
  'retarded',
  'moronic',
  'foolish',
  'unlikable',
  'unlikeable',
  'gross',
  'hideous',
  'repulsive',
  'disgusting',
  'worthless',
  'unlovable',
  'unloveable',
  'undesirable',
  'unwanted',
  'unattractive',
  'inferior',
  'irredeemable',
  'unfixable',
  'hopeless',
  'fat',
  'dumbest',
  'stupidest',
  'ugliest',
  'laziest',
  'weakest',
  'awkward',
  'cringe',
  'cringey',
  'cringy',
  'unintelligent',
];

/** Harsher self-judgements that express contempt rather than a label. */
export const CONTEMPT_ADJECTIVES = [
  'worthless',
  'disgusting',
  'pathetic',
  'unlovable',
  'unloveable',
  'unworthy',
  'repulsive',
  'vile',
  'gross',
  'hideous',
  'revolting',
  'despicable',
  'contemptible',
  'horrible',
  'awful',
  'terrible',
  'evil',
  'toxic',
];

/** "a terrible person", "a bad friend". */
export const BAD_ADJECTIVES = [
  'bad',
  'terrible',
  'horrible',
  'awful',
  'shit',
  'shitty',
  'crap',
  'crappy',
  'lousy',
  'useless',
  'worthless',
  'pathetic',
  'horrid',
  'rubbish',
  'garbage',
  'trash',
  'sorry',
  'poor',
  'failed',
  'selfish',
  'toxic',
  'disgusting',
];

export const ROLE_NOUNS = [
  'person',
  'human',
  'friend',
  'mother',
  'mom',
  'mum',
  'father',
  'dad',
  'parent',
  'partner',
  'wife',
  'husband',
  'boyfriend',
  'girlfriend',
  'student',
  'employee',
  'son',
  'daughter',
  'sister',
  'brother',
  'writer',
  'teacher',
  'worker',
  'coworker',
  'colleague',
  'boss',
  'leader',
  'lover',
  'human being',
  'excuse',
  'example',
  'roommate',
  'girl',
  'guy',
  'man',
  'woman',
  'kid',
  'child',
  'adult',
  'manager',
  'nurse',
  'programmer',
  'artist',
  'player',
];

/** Insult adjectives that, after "I feel" / "I felt", name a passing feeling ("I felt awkward"). */
export const FEELING_STATE_ADJECTIVES = [
  'awkward',
  'unwanted',
  'broken',
  'weak',
  'hopeless',
  'gross',
];
