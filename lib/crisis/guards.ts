/**
 * Guards that cancel a crisis match when it is plainly not about the writer's own safety.
 * All work on the normalised sentence (see normalize.ts). They are narrow on purpose: when unsure, flag.
 */

/** A denial that ends right where the match starts: "i would never ", "im not ", "i dont want to ". */
const NEGATION_BEFORE = new RegExp(
  String.raw`\b(?:never|not|dont|do not|didnt|did not|wont|will not|wouldnt|would not|no longer|nor|no intention of|no intentions of|no plans? (?:to|of)|no desire to|no urge to|not that i)` +
    String.raw`(?: (?:ever|even|really|actually|seriously|want to|wanna|want|wanted to|wanting to|tried to|thought about|thought of|considered|planned to|had|would|will|could|going to|gonna|trying to|try to|planning to|plan to|about to|be|feel|feeling|ever be|been|be able to|feel like|currently|at all|intend to|think about|thinking about|thinking of|consider|considering|saying|say|i|im|am|like|that|so|very))* $`,
);

/** Clause boundaries: the subject of a match is looked for after the last one. */
const CLAUSE_BOUNDARY = /[.!?;:,"()]|\bbut\b|\bbecause\b|\bcause\b|\bcuz\b/g;

const SELF_WORDS = new Set([
  'i',
  'im',
  'ive',
  'id',
  'ill',
  'me',
  'myself',
  'mine',
  'imma',
  'lemme',
  'mee',
]);
const OTHER_WORDS = new Set([
  'he',
  'she',
  'they',
  'you',
  'u',
  'ya',
  'hes',
  'shes',
  'theyre',
  'youre',
  'his',
  'her',
  'him',
  'their',
  'them',
  'your',
  'someone',
  'somebody',
  'people',
  'person',
  'character',
  'characters',
  'hero',
  'heroine',
  'protagonist',
  'villain',
]);
/** "my <person>" is someone else, not the writer. */
const PERSON_NOUNS = new Set([
  'friend',
  'friends',
  'bestie',
  'bff',
  'mom',
  'mum',
  'mother',
  'dad',
  'father',
  'parent',
  'parents',
  'brother',
  'sister',
  'sibling',
  'uncle',
  'aunt',
  'auntie',
  'cousin',
  'grandma',
  'grandpa',
  'grandmother',
  'grandfather',
  'nan',
  'gran',
  'granddad',
  'son',
  'daughter',
  'kid',
  'kids',
  'child',
  'wife',
  'husband',
  'partner',
  'boyfriend',
  'girlfriend',
  'bf',
  'gf',
  'ex',
  'roommate',
  'flatmate',
  'classmate',
  'coworker',
  'colleague',
  'boss',
  'neighbour',
  'neighbor',
  'teacher',
  'student',
  'patient',
  'client',
  'dog',
  'cat',
  'pet',
  'family',
  'niece',
  'nephew',
  'fiance',
  'fiancee',
  'baby',
  'best',
]);

/** "I don't want to die, but..." is ambivalence, not a denial: the denial only counts on its own. */
const AMBIVALENCE_AFTER = /^ ?,? ?(?:but|yet|though|although|however|and yet|even though)\b/;

const FIRST_PERSON = /\b(?:i|im|ive|id|ill|me|my|myself|mine)\b/;

/** The matched words name the writer themselves ("if i want to keep living"), whoever came before. */
export function namesTheWriter(matched: string): boolean {
  return FIRST_PERSON.test(matched);
}

/** The match sits inside double quotes: someone's words being reported, not the writer's own. */
export function isQuoted(normalized: string, matchStart: number, matchEnd: number): boolean {
  const quotesBefore = normalized.slice(0, matchStart).split('"').length - 1;
  return quotesBefore % 2 === 1 && normalized.indexOf('"', matchEnd) >= 0;
}

export function isNegatedBefore(normalized: string, matchStart: number, matchEnd: number): boolean {
  const before = normalized.slice(Math.max(0, matchStart - 80), matchStart);
  if (!NEGATION_BEFORE.test(before.endsWith(' ') ? before : before + ' ')) return false;
  return !AMBIVALENCE_AFTER.test(normalized.slice(matchEnd, matchEnd + 30));
}

/** Whose words these are: the nearest subject-like word before the match, in its clause. */
export function nearestSubject(normalized: string, matchStart: number): 'self' | 'other' | 'none' {
  const before = normalized.slice(0, matchStart);
  let clauseStart = 0;
  for (const m of before.matchAll(CLAUSE_BOUNDARY)) clauseStart = m.index + m[0].length;
  const words = before.slice(clauseStart).split(' ').filter(Boolean);
  for (let k = words.length - 1; k >= 0; k--) {
    const word = words[k]!;
    if (word === 'my') {
      const next = words[k + 1];
      return next !== undefined && PERSON_NOUNS.has(next) ? 'other' : 'self';
    }
    if (SELF_WORDS.has(word)) return 'self';
    if (OTHER_WORDS.has(word)) return 'other';
    if (PERSON_NOUNS.has(word) && (words[k - 1] === 'my' || words[k - 1] === 'our')) return 'other';
  }
  return 'none';
}

/** The sentence is about a work of fiction, the news or figures, not the writer's own life. */
const FICTION = new RegExp(
  String.raw`\b(?:film|films|movie|movies|novel|novels|book|books|show|series|episode|sitcom|season finale|character|characters|protagonist|heroine|villain|plot|storyline|script|screenplay|director|directed|actor|actress|cast|audience|viewers|scene|scenes|sequel|prequel|squad|bomber|bombers|bombing|bombings|mission|missions|article|news|headline|headlines|study|studies|research|researchers|statistics|stats|rate|rates|documentary|awareness|prevention|song|songs|lyrics|album|game|games|anime|manga|cinema|comedy|drama|thriller|narrative|poem|poems|poet|poetry|painting|artist|hotline number|doors|king|cult|pact|forest|soundtrack)\b`,
);

export function isFictionOrNews(normalized: string): boolean {
  return FICTION.test(normalized);
}

/** "so bad I wanted to die", "made me want to kill myself": exaggeration, here about a work or a show. */
const HYPERBOLE_FRAME =
  /\b(?:so|too|that|this) (?:bad|boring|dull|long|awful|terrible|cringe|cringy|cringey|slow|painful to watch|unfunny|stupid|dumb|tedious)\b|\b(?:made|makes|making|make) me (?:want|wanna)\b|\b(?:sitting through|sat through|halfway through)\b/;

/** Hyperbole about a film, book, show or song: the sentence names one and exaggerates about it. */
export function isHyperboleAboutAWork(normalized: string): boolean {
  return FICTION.test(normalized) && HYPERBOLE_FRAME.test(normalized);
}

/** Words right before or after that make "cut/burn/hurt myself" an accident or an idiom. */
const ACCIDENT_BEFORE = /\b(?:accidentally|accidently|accidentaly|by accident)\s$/;
const ACCIDENT_AFTER =
  /^\s(?:while|when|on (?:a|an|the|some|broken|glass|paper|metal)|playing|shaving|cooking|chopping|slicing|baking|ironing|by accident|accidentally|at (?:work|the gym|practice|training|football|soccer)|in (?:the )?(?:kitchen|gym|garden|game|match)|falling|during|lifting|moving|trying to (?:open|fix|cook|cut (?:the|a|some))|climbing|running|skating|skiing|biking|cycling|working out|in a fall)\b/;

export function isAccident(normalized: string, matchStart: number, matchEnd: number): boolean {
  const before = normalized.slice(Math.max(0, matchStart - 20), matchStart);
  const after = normalized.slice(matchEnd, matchEnd + 40);
  return (
    ACCIDENT_BEFORE.test(before.endsWith(' ') ? before : before + ' ') || ACCIDENT_AFTER.test(after)
  );
}
