/**
 * Finds the user's own topic in a flagged sentence with plain string work, so a suggestion can
 * talk about "the meeting" instead of speaking in generalities. Every field is optional: when a
 * piece cannot be taken out safely (too long, or it carries the harsh words itself) it is null and
 * the builders use their generic wording.
 */
import { hasHarshWord } from './harsh-words';
import { dropFillers, firstClause, normalize, tidyCasual, wordCount } from './text';
import { IRREGULAR_PAST, baseToPast, gerundToBase, gerundToPast, isGerund } from './verbs';

export interface Topic {
  /** What happened, as a first-person clause: "I forgot the meeting", "I didn't call her back". */
  event: string | null;
  /** The same as a gerund phrase that fits after "about": "forgetting the meeting". */
  activity: string | null;
  /** A noun phrase the sentence is about: "the meeting", "my driving test". */
  thing: string | null;
  /** What the user says they are bad at: "math", "remembering names". */
  skill: string | null;
  /** A "when" clause: "when I talk to people". */
  situation: string | null;
  /** A habit the sentence generalises, told as this one time: "I burned the rice". */
  habit: string | null;
  /** The sentence looks ahead ("I'm going to...", "will"), so the topic has not happened yet. */
  future: boolean;
  /** Something that went well, which the sentence explains away: "I passed the exam". */
  good: string | null;
  /** Another person in the sentence, as an object: "my sister", "her", "other people". */
  other: string | null;
  /** The same person as a subject: "my sister", "she", "other people". */
  otherSubject: string | null;
}

const MAX_WORDS = 9;

/** A quoted piece is usable when it is short, non-empty and free of harsh words. */
function usable(piece: string | null | undefined, allowed: readonly string[] = []): string | null {
  if (!piece) return null;
  const tidy = tidyCasual(dropFillers(piece)).replace(/[\s'"-]+$/, '');
  if (tidy === '' || wordCount(tidy) > MAX_WORDS) return null;
  if (hasHarshWord(tidy, allowed)) return null;
  if (/\b(?:me|myself|I|I'm)\b$/.test(tidy) && wordCount(tidy) === 1) return null;
  return tidy;
}

/** Adjectives after "being" that describe a circumstance, not a verdict on the person. */
const CIRCUMSTANCE_AFTER_BEING =
  /^(?:late|early|sick|ill|away|out|behind|absent|distracted|nervous|tired|exhausted|overwhelmed|quiet|upset|short with|rude to|grumpy|impatient|honest)\b/i;

/** "for forgetting the meeting (and missing the bus)" → event, activity. */
function fromGerundReason(text: string): Pick<Topic, 'event' | 'activity'> | null {
  const match = /\b(?:for|from) (not )?([a-z]+ing)\b(.*)$/i.exec(text);
  if (!match || !isGerund(match[2]!)) return null;
  const negative = Boolean(match[1]);
  const gerund = match[2]!.toLowerCase();
  const rest = firstClause(match[3] ?? '');
  const parts = [{ gerund, rest: '' }];
  // Coordinated gerunds: "forgetting the meeting and missing the bus".
  const chunks = rest.split(/ and (?=[a-z]+ing\b)/i);
  parts[0]!.rest = chunks[0] ?? '';
  for (const chunk of chunks.slice(1)) {
    const [word = '', ...tail] = chunk.split(' ');
    if (!isGerund(word)) return null;
    parts.push({ gerund: word.toLowerCase(), rest: tail.length ? ` ${tail.join(' ')}` : '' });
  }
  const activity = usable(
    `${negative ? 'not ' : ''}${parts.map((p) => `${p.gerund} ${p.rest.trim()}`.trim()).join(' and ')}`,
  );
  if (!activity) return null;
  const clauses: string[] = [];
  for (const { gerund: g, rest: r } of parts) {
    const tail = dropFillers(r) === '' ? '' : ` ${dropFillers(r).trim()}`;
    if (g === 'being') {
      if (!CIRCUMSTANCE_AFTER_BEING.test(tail.trim())) return { event: null, activity };
      clauses.push(`${negative ? "wasn't" : 'was'}${tail}`);
    } else if (negative) {
      const base = gerundToBase(g);
      if (!base) return { event: null, activity };
      clauses.push(`didn't ${base}${tail}`);
    } else {
      clauses.push(`${gerundToPast(g)}${tail}`);
    }
  }
  return { event: usable(`I ${clauses.join(' and ')}`), activity };
}

const CLAUSE_START =
  /^(?:I|I'm|I've|I'd|I'll|we|we're|my|our|he|she|they|it|the|this|that|her|his|their)\b/i;

/** "because I forgot my keys" → "I forgot my keys"; also "since", "after", "that" after "fault". */
function fromReasonClause(text: string): string | null {
  const match = /\b(?:because|cause|cuz|since|after|fault that|fault) (.+)$/i.exec(text);
  if (!match) return null;
  const clause = tidyCasual(firstClause(match[1]!.replace(/^(?:of )?(?:how |that )/i, '')));
  if (!CLAUSE_START.test(clause) || wordCount(clause) < 2) return null;
  if (/^(?:I'm|I am|I was|I'll|I will|I can't|I don't|I never|I always)\b/i.test(clause))
    return null;
  return usable(clause);
}

function fromSituation(text: string): string | null {
  const match = /\bwhen (I|i|im|i'm|I'm)\b(.*)$/.exec(text);
  if (!match) return null;
  const clause = firstClause(`${match[1]}${match[2]}`);
  const tidy = usable(clause);
  return tidy && wordCount(tidy) >= 2 ? `when ${tidy}` : null;
}

const BAD_AT =
  /\b(?:bad|terrible|awful|useless|hopeless|horrible|rubbish|trash|garbage|suck|sucks|crap|pathetic|incompetent|no good|worst|the worst|hopeless|clueless|failure|disaster|joke|mess)\s+(?:at|with)\s+(.+)$/i;

function fromSkill(text: string): string | null {
  const match = BAD_AT.exec(text);
  if (!match) return null;
  const piece = usable(firstClause(match[1]!));
  if (!piece || /^(?:it|this|that|life|everything|anything|things)$/i.test(piece)) return null;
  return piece;
}

/** A noun phrase ends at a clause boundary or where a new clause starts ("and my life will..."). */
function nounPhrase(text: string): string {
  const clause = firstClause(text);
  const cut = clause.search(
    / (?:and|or|when|if|then|while|in front of)\b| (?:for|to|with) (?:everyone|everybody|anyone|all of us|us|them)\b|(?= (?:I|i|im|I'm|i'm|it's|its|we|we're|they|they're|he|she|everyone|everybody|nobody|everything|nothing|there's)\b)|(?= (?:my|our|his|her|their|the|this|that|a) (?:[a-z']+ ){0,2}(?:is|are|was|were|will|would|'s|gets|got|has|have|looks|seems)\b)/i,
  );
  const phrase = (cut === -1 ? clause : clause.slice(0, cut)).trim();
  return phrase
    .replace(TRAILING_TIME, '')
    .replace(/\b(?:whole|entire) /gi, '')
    .trim();
}

/** Time words that belong to the event, not to the thing: "the presentation today" → "the presentation". */
const TRAILING_TIME =
  /\s+(?:today|tonight|yesterday|tomorrow|this (?:morning|afternoon|evening|week|weekend|year)|last (?:night|week|time)|right now|now|on time|at all)$/i;

const DETERMINER =
  /^(?:the|my|our|this|that|these|those|a|an|his|her|their|your|today's|tonight's|yesterday's)\b/i;

const SETBACK_VERBS =
  /\b(?:messed up|mess up|messes up|messing up|screwed up|screw up|screwing up|ruined|ruin|ruins|ruining|failed|fail|fails|failing|bombed|bomb|blew|blow|botched|wrecked|flunked|flunk|lost|lose|missed|miss|forgot|forget|broke|break|get fired from|got fired from|got rejected from|got rejected for)\s+(.+)$/i;

/** Things too big to quote back as "X didn't go the way I wanted". */
const TOO_BIG = /^(?:my|the|our) (?:life|future|world|everything|existence)$/i;

function fromSetbackObject(text: string): string | null {
  const match = SETBACK_VERBS.exec(text);
  if (!match) return null;
  const piece = usable(nounPhrase(match[1]!.replace(/\b(?:up|it up)\b\s*/i, '')));
  return piece && DETERMINER.test(piece) && !TOO_BIG.test(piece) ? piece : null;
}

/** Setbacks said as plain facts keep their verb: "we lost the client", "I missed the bus". */
const FACTUAL_SETBACK: Readonly<Record<string, string>> = {
  lost: 'lost',
  missed: 'missed',
  forgot: 'forgot',
  broke: 'broke',
  dropped: 'dropped',
  spilled: 'spilled',
  burned: 'burned',
  burnt: 'burnt',
  failed: "didn't pass",
  flunked: "didn't pass",
};

function fromFactualSetback(text: string): string | null {
  const match =
    /\b(I|i|we|We) (lost|missed|forgot|broke|dropped|spilled|burned|burnt|failed|flunked) (.+)$/.exec(
      text,
    );
  if (!match) return null;
  const object = usable(nounPhrase(match[3]!));
  if (!object || !DETERMINER.test(object) || TOO_BIG.test(object)) return null;
  const subject = match[1]!.toLowerCase() === 'we' ? 'we' : 'I';
  return `${subject} ${FACTUAL_SETBACK[match[2]!]!} ${object}`;
}

/** Past forms that start a plain report of what happened: "..., I left my keys in the car". */
const PAST_FORMS = new Set(Object.values(IRREGULAR_PAST));

/** A separate clause that says what happened: "I'm such a mess, I left my keys in the car again." */
function fromReportClause(text: string): string | null {
  const match = /(?:^|[,;:.!?] |\b(?:and|but|because|cause) )(I|i) ([a-z]+)\b(.*)$/.exec(text);
  if (!match) return null;
  const verb = match[2]!.toLowerCase();
  if (!(PAST_FORMS.has(verb) || /[^e]ed$|[^e]ied$/.test(verb)) || verb === 'was' || verb === 'had')
    return null;
  const clause = usable(`I ${verb} ${firstClause(match[3] ?? '')}`.trim());
  return clause && wordCount(clause) >= 3 ? clause : null;
}

/** The task at stake in "finish the whole report": "the report". */
function fromTask(text: string): string | null {
  const match =
    /\b(?:finish|finishing|complete|completing|get through|do|doing|write|writing|nail|ace|pass|passing|prepare for|study for)\s+((?:the|my|this|that|all of (?:the|my)|all the) .+)$/i.exec(
      text,
    );
  if (!match) return null;
  const piece = usable(
    nounPhrase(match[1]!)
      .replace(/^(?:all of |all )/i, '')
      .replace(/\b(?:whole|entire) /i, ''),
  );
  return piece && DETERMINER.test(piece) && !/^(?:this|that)$/i.test(piece) ? piece : null;
}

function fromAbout(text: string): string | null {
  const match = /\b(?:about|over|with|at) ((?:the|my|our|this|that|how|what) .+)$/i.exec(text);
  return match ? usable(nounPhrase(match[1]!)) : null;
}

function fromForNoun(text: string): string | null {
  const match = /\bfor ((?:the|my|this|that|all the|all my) .+)$/i.exec(text);
  if (match) return usable(nounPhrase(match[1]!));
  // "for how I acted last night" → "how I acted": a clause, so only the clause boundary ends it.
  const manner = /\bfor ((?:how|what) (?:I|i) .+)$/.exec(text);
  if (!manner) return null;
  const piece = usable(firstClause(manner[1]!));
  return piece && wordCount(piece) >= 3 ? piece : null;
}

/** Nouns for people, so "my sister" counts as a person and "my life" does not. */
const PEOPLE_NOUNS = [
  'mom',
  'mum',
  'dad',
  'mother',
  'father',
  'parents?',
  'sister',
  'brother',
  'siblings?',
  'friends?',
  'boss',
  'manager',
  'coworkers?',
  'co-workers?',
  'colleagues?',
  'partner',
  'boyfriend',
  'girlfriend',
  'bf',
  'gf',
  'husband',
  'wife',
  'kids?',
  'children',
  'son',
  'daughter',
  'teachers?',
  'professor',
  'classmates?',
  'roommates?',
  'flatmates?',
  'family',
  'team',
  'teammates?',
  'cousins?',
  'neighbou?rs?',
  'ex',
  'crush',
  'therapist',
  'doctor',
  'students?',
  'peers?',
  'grandma',
  'grandpa',
  'aunt',
  'uncle',
  'in-laws',
  'people',
  'guys?',
  'girls?',
  'group',
  'class',
  'followers',
  'date',
  'new hire',
  'interviewer',
  'client',
  'customer',
].join('|');

/** "my sister", "our new manager", "the other parents". */
const RELATION = new RegExp(
  `^(?:my|our|her|his|their|the|your|all my|the other) (?:[a-z]+ )?(?:${PEOPLE_NOUNS})$`,
  'i',
);

/** Pronouns as subject → object, and crowds ("everyone") → "other people". */
const OBJECT_FORMS: Readonly<Record<string, string>> = {
  he: 'him',
  she: 'her',
  they: 'them',
  we: 'us',
  you: 'you',
};

function person(raw: string): Pick<Topic, 'other' | 'otherSubject'> | null {
  const words = dropFillers(
    raw.replace(/^(?:and|but|so|honestly|i bet|i know|i'm sure|im sure|i think|probably)\s+/i, ''),
  )
    .replace(/\s+(?:all|probably|definitely|secretly|totally|clearly|obviously)$/i, '')
    .trim();
  const lower = words.toLowerCase();
  if (
    /^(?:everyone|everybody|people|others|all of them|the whole world|the world)(?: else)?$/.test(
      lower,
    )
  ) {
    return { other: 'other people', otherSubject: 'other people' };
  }
  const crowd = /^(?:everyone|everybody|all) (?:(?:else )?(?:in|at|from) .+)$/i.exec(words);
  if (crowd) {
    const where = usable(words.replace(/^(?:everyone|everybody|all)(?: else)? /i, ''));
    return where ? { other: `the people ${where}`, otherSubject: `the people ${where}` } : null;
  }
  if (OBJECT_FORMS[lower]) return { other: OBJECT_FORMS[lower]!, otherSubject: lower };
  const named = usable(words);
  if (!named || wordCount(named) > 4) return null;
  if (RELATION.test(named) || /^[A-Z][a-z]+$/.test(named)) {
    if (/^(?:I|It|This|That|There|Life|Everything|Nothing|What|Why|How|When)$/.test(named))
      return null;
    return { other: named, otherSubject: named };
  }
  return null;
}

/** The person whose mind the writer guesses at ("my boss must think...") or compares with. */
function fromOther(text: string): Pick<Topic, 'other' | 'otherSubject'> | null {
  const than = /\b(?:than|as \w+ as|compared to|next to|like) ([^.!?;:,]+)/i.exec(text);
  if (than) {
    const target = firstClause(than[1]!).replace(
      /\s+(?:is|are|does|do|will|ever|can|could|has|have|was|were)\b.*$/i,
      '',
    );
    if (!/^(?:me|I|i|myself|I'm|im|I am|mine)$/i.test(target.trim())) {
      const found = person(target);
      if (found) return found;
    }
  }
  const subjectVerb =
    /(?:^|[,;] |\b(?:and|but|because|so) )([A-Za-z' ]{1,40}?)\s+(?:is|are|was|were|has|have|'s|'re|seems?|looks?|gets?|got|does|did|can|will|'ll|must|probably|definitely|secretly|obviously|clearly|all|think|thinks|thought|hate|hates|judge|judges)\b/i.exec(
      text,
    );
  if (subjectVerb) {
    const subject = subjectVerb[1]!.trim();
    if (!/^(?:I|i|im|I'm|it|this|that|there|life|what|who)$/i.test(subject)) {
      const found = person(subject);
      if (found) return found;
    }
  }
  return null;
}

const ACHIEVEMENT_VERB =
  '(?:[a-z]+ed|got|won|made|did|finished|sold|passed|landed|wrote|drew|built|ran|managed to [a-z]+)';

const ACHIEVEMENT_PATTERNS: readonly RegExp[] = [
  new RegExp(`\\b(?:I|i) (?:only|just|barely|merely|kind of|sort of) (${ACHIEVEMENT_VERB}\\b.*)$`),
  new RegExp(
    `^(?:yeah,? |sure,? |ok,? |okay,? |so )?(?:I|i) (${ACHIEVEMENT_VERB}\\b.*?),? but\\b`,
    'i',
  ),
  new RegExp(
    `\\b(?:luck|fluke|chance|accident) (?:that )?(?:I|i) (${ACHIEVEMENT_VERB}\\b.*)$`,
    'i',
  ),
];

/** "I only passed because..." / "I got the job but it was luck" → "I passed", "I got the job". */
function fromAchievement(text: string): string | null {
  for (const pattern of ACHIEVEMENT_PATTERNS) {
    const match = pattern.exec(text);
    if (!match) continue;
    const clause = usable(`I ${firstClause(match[1]!)}`);
    if (clause && wordCount(clause) >= 2) return clause;
  }
  return null;
}

/** "I always burn the rice" / "I keep losing my keys" → "I burned the rice", "I lost my keys". */
function fromHabit(text: string): string | null {
  const match = /\b(?:I|i) (?:always|constantly|keep|kept|keeps) ([a-z]+) (.+)$/.exec(text);
  if (!match) return null;
  const verb = match[1]!.toLowerCase();
  if (
    /^(?:am|was|have|had|do|did|get|got|be|feel|felt|think|thought|say|said|make|made|end|seem)$/.test(
      verb,
    )
  )
    return null;
  const past = isGerund(verb)
    ? gerundToPast(verb)
    : /(?:ed|[^s]s)$/.test(verb)
      ? null
      : baseToPast(verb);
  const object = usable(nounPhrase(match[2]!));
  if (
    !past ||
    !object ||
    !/^(?:the|my|our|this|that|a|an|his|her|their|your|[a-z]+'s)\b/i.test(object)
  )
    return null;
  return usable(`I ${past} ${object}`);
}

/** Finds whatever topic pieces the sentence offers. Deterministic, no tagging. */
export function extractTopic(sentence: string): Topic {
  const text = normalize(sentence);
  const reason = fromGerundReason(text);
  const skill = fromSkill(text);
  const event =
    reason?.event ?? fromReasonClause(text) ?? fromFactualSetback(text) ?? fromReportClause(text);
  const thing = fromSetbackObject(text) ?? fromTask(text) ?? fromAbout(text) ?? fromForNoun(text);
  const people = fromOther(text);
  return {
    event,
    activity: reason?.activity ?? (skill && isGerund(skill.split(' ')[0] ?? '') ? skill : null),
    thing,
    skill,
    situation: fromSituation(text),
    habit: fromHabit(text),
    future: /\b(?:going to|gonna|will|'ll|about to|tomorrow|next (?:week|month|time))\b/i.test(
      text,
    ),
    good: fromAchievement(text),
    other: people?.other ?? null,
    otherSubject: people?.otherSubject ?? null,
  };
}
