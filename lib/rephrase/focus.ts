/**
 * What a suggestion can speak about, in the writer's own words: the thing at stake ("job interviews", "my
 * essays", "the email"), what they said happened ("nobody came to my party"), the time they speak in, and how
 * they write (a quick chat line or a longer, journal-like sentence). Read from the self-evaluation parse and the
 * topic extractor, never invented: every field is null when the sentence does not give it cleanly.
 */
import { parseSelfEvaluation, type SelfJudgement } from '../engine/self-evaluation';
import { FAIL_VERBS, VERDICT_ADJECTIVES, VERDICT_NOUNS } from '../language/en/lexicon';
import { lemma } from '../language/en/lemma';
import { hasHarshWord } from './harsh-words';
import { stepFor } from './steps';
import {
  capitalise,
  dropFillers,
  firstClause,
  lowerFirst,
  normalize,
  tidyCasual,
  wordCount,
} from './text';
import type { Topic } from './topic';
import { domainIn } from './verdict-domains';
import { baseToGerund, IRREGULAR_PAST, isGerund } from './verbs';

const IRREGULAR_PASTS: ReadonlySet<string> = new Set(Object.values(IRREGULAR_PAST));

export type Register = 'chat' | 'plain' | 'journal';
export type Tense = 'past' | 'present' | 'future';

export interface Focus {
  /** What fits after "about": "the email", "job interviews", "how nobody came to my party". */
  about: string | null;
  /** A noun phrase that can be a subject: "job interviews", "my essays", "dancing". */
  noun: string | null;
  /** Whether `noun` takes a plural verb. */
  plural: boolean;
  /** What the writer said happened, as a sentence without its full stop: "Nobody came to my party". */
  fact: string | null;
  /** A small step that fits the topic, or null. */
  step: string | null;
  register: Register;
  tense: Tense;
  /** The parser's judgement of the flagged words, when there is one. */
  judgement: SelfJudgement | null;
  /** What the writer does or tries to do, from their own verb and its object: "finding someone who loves me". */
  doing: string | null;
  /** A thing of the writer's in the judged clause or around it: "my career", "the client", "parties". */
  object: string | null;
  /** What the verdict weighs, never the verdict itself: "I'm worthless" → "my worth" (verdict-domains.ts). */
  domain: string | null;
  /** The all-or-nothing word the writer used: "always", "never", "everything". */
  quantifier: string | null;
  /** A person of the writer's the thought is about: "my team", "my mum", "my family". */
  person: string | null;
}

const MAX_WORDS = 9;
const LEAD_FILLERS =
  /^(?:(?:ugh|lol|omg|honestly|seriously|well|so|and|but|then|now|oh|god|man|also|plus|like|tbh|yeah|ok|okay|even|just|again)\b[\s,]*)+/i;
const TRAIL_FILLERS = /(?:[\s,]+(?:lol|lmao|haha|ugh|omg|tbh|again|rn|smh|though|tho|honestly))+$/i;
const SUBJECT =
  /^(?:I|we|my|our|nobody|no one|everyone|he|she|they|it|the|this|that|his|her|their|[A-Z][a-z]+)\b/;
/** Words a fact must not carry: guesses about other minds, or blame on someone else. */
const NOT_A_FACT =
  /\b(?:thinks?|thought|hates?|probably|must|bet|know|knows|fault|blame|should|shouldn't|if|why|what|maybe|please|sorry|likes?|cares?|wants?|loves?|disappoint(?:ed)?|sabotaged?|destroyed|botched|bungled|wrecked)\b|\blet (?:\w+ ){1,3}down\b/i;
/** A clause that opens on these is a comparison or a condition, never what happened ("Compared to my classmates"). */
const OPENS_NO_FACT = /^(?:compared|about|if|when|unless|because|since|like)\b/i;
const FINITE =
  /^(?:[a-z]{3,}ed|came|went|did|had|was|were|is|are|am|got|made|said|broke|lost|left|forgot|sent|ate|spent|took|ran|fell|told|wore|threw|saw|gave|knew|wrote|found|hit|cut|put|paid|won|sat|stood|bought|brought|caught|drove|flew|kept|held|felt|slept|woke|spoke|stole|tore|burnt|will|can|could|would|has|have|does|do|keep|keeps|\w+n't|(?:it|that|he|she|there|what|who|everyone|nobody)'s|\w+'re|\w+'ll|\w+'ve|\w+'m)$/;

function hasFiniteVerb(clause: string): boolean {
  return normalize(clause)
    .toLowerCase()
    .split(' ')
    .slice(1)
    .some((word) => FINITE.test(word));
}

const PAST_VERB =
  /^(?:[a-z]+ed|[a-z]{3,}t|sent|lost|left|broke|forgot|got|made|said|ate|spent|took|went|ran|fell|told|wore)$/;

function clean(piece: string): string {
  return tidyCasual(
    dropFillers(normalize(piece).replace(LEAD_FILLERS, '').replace(TRAIL_FILLERS, '')),
  )
    .replace(/[\s,;:.!?…'"-]+$/, '')
    .replace(/^[\s,;:'"-]+/, '')
    .trim();
}

/** A word that judges ("fraud", "terrible"), which a suggestion must not quote back. */
export function judges(text: string, allowed: readonly string[] = []): boolean {
  return text
    .toLowerCase()
    .split(/[^a-z']+/)
    .some((w) => !allowed.includes(w) && (VERDICT_NOUNS.has(w) || VERDICT_ADJECTIVES.has(w)));
}

function usable(piece: string | null, allowed: readonly string[] = []): string | null {
  if (!piece) return null;
  const tidy = clean(piece);
  if (
    tidy === '' ||
    wordCount(tidy) > MAX_WORDS ||
    hasHarshWord(tidy, allowed) ||
    judges(tidy, allowed)
  )
    return null;
  if (
    /\b(?:to|a|an|the|my|of|for|with|and|or|at|in|on|was|were|is|are|am|had|did|been|be|that)$/i.test(
      tidy,
    )
  )
    return null;
  return tidy;
}

/** The pieces of the sentence outside the flagged words, split into clauses. */
function outsideClauses(sentence: string, start: number, end: number): string[] {
  const pieces = [sentence.slice(0, start), sentence.slice(end)];
  return pieces
    .flatMap((p) =>
      p.split(/[.,;:!?()\u2014\u2013]+|\s(?:and|but|so|because|cause|cuz|since|then)\s/i),
    )
    .map((p) => p.trim())
    .filter((p) => /[a-z]{3,}/i.test(p));
}

/** Words that judge elsewhere but tell a plain fact here: "nobody came", "the wrong person". */
const FACT_ALLOWED = ['nobody', 'wrong'];

/** A clause of the writer's that states what happened: "sent the email to the wrong person" → "I sent the email...". */
export function factFrom(clause: string): string | null {
  const plain = clean(clause);
  const allowed =
    /^(?:nobody|no one)\s+(?:[a-z]+ed|came|showed|turned|said|wrote|spoke|sat)\b/i.test(plain) ||
    /\bthe wrong\b/i.test(plain);
  const tidy = allowed ? usable(clause, FACT_ALLOWED) : usable(clause);
  if (!tidy || wordCount(tidy) < 3 || NOT_A_FACT.test(tidy) || /\?/.test(clause)) return null;
  // "my sister's wedding speech included": an aside with no verb of its own is no fact.
  if (/\b(?:included|too|as well|aside)$/i.test(tidy)) return null;
  const first = tidy.split(' ')[0]!;
  if (SUBJECT.test(tidy) && !/^(?:I'm|I am|I'll|I will|It's|Its)\b/i.test(tidy)) {
    if (/^I\s+(?:can't|cannot|don't|never|always|keep)\b/i.test(tidy)) return null;
    return capitalise(tidy);
  }
  if (PAST_VERB.test(first.toLowerCase()) && !/^(?:just|what|that|but)$/i.test(first))
    return `I ${tidy}`;
  return null;
}

const TOO_BIG =
  /^(?:my |the |our )?(?:life|future|world|everything|existence|it|this|that|things|anything|everyone|people)$/i;
const CUT_NOUN =
  /\s(?:isn|aren|wasn|weren|doesn|didn|don|can|won)\b.*$|\s(?:is|are|was|were|will|would|has|have|had|gets|got|looks|seems|and|or|but|so|because|when|if|for me|for everyone|again|today|tonight|yesterday|tomorrow|now|lol|ugh|omg|lmao|tbh|haha|rn)\b.*$/i;

/** A noun phrase of the writer's from the words right after a preposition or verb: "job interviews", "the form". */
function nounFrom(text: string): string | null {
  const phrase = clean(text.replace(CUT_NOUN, ''));
  if (phrase === '' || wordCount(phrase) > 6 || hasHarshWord(phrase) || judges(phrase)) return null;
  if (
    TOO_BIG.test(phrase) ||
    /\b(?:whole|entire|all|every|today|alone|now|away|yet|anymore)$/i.test(phrase)
  )
    return null;
  if (
    /^(?:is|are|was|were|be|been|am|do|does|did|has|have|had|done|gone|made|got|person|one|guy|girl)\b/i.test(
      phrase,
    )
  )
    return null;
  if (/^[a-z]+ed\b/i.test(phrase)) return null;
  // "handle this on my own", "this alone", "along at my age": a verb's words or an adverb, not a thing.
  if (
    /\s(?:this|it|them|me|him|her)\b/i.test(phrase) ||
    /\b(?:alone|by|along|sometimes|anymore)$/i.test(phrase) ||
    /^(?:along|further|sometimes|by)\b/i.test(phrase)
  )
    return null;
  if (
    /^(?:not|about|anyway|whatever|honestly|seriously|basically|I|me|myself|you|him|her|them|us|it|up|down|out|off|to|at|in|on|with|for|of|after|before|when|because|since|if|until|while|as|so|then|than|like)\b/i.test(
      phrase,
    ) ||
    /\bI\b/.test(phrase)
  )
    return null;
  if (!/^[a-z'A-Z]+(?:\s[a-z'A-Z-]+)*$/.test(phrase)) return null;
  return phrase;
}

/** "to ever learn to dance" → "learning to dance"; "to make friends at uni" → "making friends at uni". */
function gerundPhrase(infinitive: string): string | null {
  const m = /^to\s+(?:ever\s+|really\s+|even\s+|actually\s+)?([a-z]+)\b(.*)$/i.exec(
    clean(infinitive),
  );
  if (!m) return null;
  const verb = m[1]!.toLowerCase();
  if (/^(?:be|have|do|get)$/.test(verb) && m[2]!.trim() === '') return null;
  return usable(`${baseToGerund(verb)}${m[2]}`);
}

function isPluralNoun(noun: string): boolean {
  const head = noun.split(' ').at(-1)!.toLowerCase();
  return /[^s'u]s$/.test(head) && !/(?:ness|ics|ss|news)$/.test(head) && !isGerund(head);
}

const PERSON =
  /\b(?:person|people|friends?|sister|brother|mum|mom|dad|mother|father|parents?|partner|wife|husband|sons?|daughters?|girlfriend|boyfriend|kids|children|family|boss|coach|manager|roommates?|flatmates?|teammates?|coworkers?|colleagues?|classmates?|teachers?|her|him|them|everyone|anyone|someone)$/i;

/** Whether a noun phrase names a person ("my sister", "my coworkers"), which is no thing to be hard at. */
export function isPerson(phrase: string): boolean {
  // The head of the phrase decides: "my coach down at the tournament" is a person.
  const head = phrase.split(
    /\s(?:down|up|at|in|on|with|for|during|after|before|about|over)\b/i,
  )[0]!;
  return PERSON.test(phrase) || PERSON.test(head);
}

/** The thing the thought is about, as a noun phrase that is not a person: "the interview", "my career". */
export function thingOf(focus: Pick<Focus, 'object'>): string | null {
  return focus.object && !isPerson(focus.object) ? focus.object : null;
}

/** The judgement whose words overlap the flagged words most, if any. */
function judgementFor(sentence: string, start: number, end: number): SelfJudgement | null {
  let best: SelfJudgement | null = null;
  let bestOverlap = 0;
  for (const j of parseSelfEvaluation(sentence).judgements) {
    const overlap = Math.min(end, j.end) - Math.max(start, j.start);
    if (overlap > bestOverlap) [best, bestOverlap] = [j, overlap];
  }
  return best;
}

function registerOf(sentence: string): Register {
  const text = sentence.trim();
  if (
    /\b(?:lol|lmao|ugh|omg|rn|idk|tbh|smh|haha|ngl|fml)\b/i.test(text) ||
    /^(?:i|im|ive|ugh)\b/.test(text) ||
    /\bim\b/.test(text) ||
    /\p{Extended_Pictographic}/u.test(text)
  )
    return 'chat';
  return wordCount(text) >= 24 ? 'journal' : 'plain';
}

function tenseOf(span: string, judgement: SelfJudgement | null): Tense {
  const text = normalize(span).toLowerCase();
  if (judgement?.future || /\b(?:will|won't|'ll|gonna|going to|ill never)\b/.test(text))
    return 'future';
  if (
    /\b(?:was|were|did|didn't|had|ruined|messed|screwed|blew|failed|let|made|lost|forgot|broke|felt)\b/.test(
      text,
    )
  )
    return 'past';
  return 'present';
}

/** Words between "I" and the writer's verb: auxiliaries, modals, negation and adverbs ("I'll never [find]"). */
const BEFORE_VERB = new Set(
  `'ll will would can can't cant cannot could couldn't never always just really even ever still to have has need
  needs should shouldn't must gonna going wanna want wants try tries tried don't dont didn't didnt do does did won't
  wont also only actually probably definitely literally honestly shouldve couldve wouldve`.split(
    /\s+/,
  ),
);
/** Words that are no verb where a verb would stand: "I'm [the] one", "I'm [so] tired". */
const NOT_A_VERB =
  /^(?:the|a|an|as|so|too|more|most|not|no|in|on|at|of|for|with|over|along|further|like|such|this|that|my|your|all|one|only|really|very|able|sure|just)$/;
/** Verbs that carry no topic of their own, or carry the judgement: the phrase is not the writer's doing. */
const EMPTY_VERBS =
  /^(?:be|is|are|was|were|been|being|have|had|get|got|make|made|go|went|feel|felt|think|thought|know|knew|hate|love|like|want|need|mean|seem|look|deserve|blame|let|say|said|guess|wish|hope|keep|suck|stand|disgust|bet)$/;
const TOTAL = /\b(?:anything|everything|nothing|everyone|anyone|nobody|right|wrong|ever|all)\b/i;

/**
 * What the writer does, or tries or fails to do, in their own words: "i'll never find someone who loves me" →
 * "finding someone who loves me", "I have to deal with this alone" → "dealing with this alone". The verb must
 * be a plain base form after "I" and its helpers, not a verb of judging or of messing up.
 */
function doingIn(sentence: string): string | null {
  const text = normalize(sentence);
  // "I'm ..." and "I am ..." describe the writer; they do not say what the writer does.
  for (const m of text.matchAll(/\b(?:I|i)(?:'ll|'d)?\s+(?!am\b|was\b)(.+)$/g)) {
    const words = firstClause(m[1]!).split(' ');
    let k = 0;
    let helped = false;
    let perfect = false;
    while (k < words.length && BEFORE_VERB.has(words[k]!.toLowerCase())) {
      const w = words[k]!.toLowerCase();
      // "should have tried", not "have to try": a perfect tense leaves a participle, not a base form.
      if (/^(?:have|has|shouldve|couldve|wouldve)$/.test(w) && words[k + 1]?.toLowerCase() !== 'to')
        perfect = true;
      helped = true;
      k++;
    }
    // "I should be able to handle this": the verb after "be able to".
    if (/^be able to$/i.test(words.slice(k, k + 3).join(' '))) k += 3;
    const verb = words[k]?.toLowerCase() ?? '';
    if (
      perfect ||
      !/^[a-z]{2,}$/.test(verb) ||
      NOT_A_VERB.test(verb) ||
      EMPTY_VERBS.test(verb) ||
      FAIL_VERBS.has(lemma(verb)) ||
      /(?:ed|ly|er|est)$/.test(verb) ||
      IRREGULAR_PASTS.has(verb)
    )
      continue;
    // Without a helper the verb must be a present base form ("I try to help"), not a past or third-person one.
    if (!helped && /s$/.test(verb)) continue;
    const rest = words
      .slice(k + 1)
      .join(' ')
      .replace(/\s(?:when|if|because|after|before|while|until|and|or|but)\b.*$/i, '');
    if (rest.trim() === '' || TOTAL.test(rest)) continue;
    const phrase = usable(`${isGerund(verb) ? verb : baseToGerund(verb)} ${rest}`);
    // "stop being so lazy" leaves "stopping being": the verdict was the point, not a doing.
    if (phrase && /\b(?:being|be)$/i.test(phrase)) continue;
    if (phrase && wordCount(phrase) >= 2 && !/\bI\b/.test(phrase.replace(/^\S+\s/, '')))
      return phrase;
  }
  return null;
}

/** Verbs other people do to the writer, as "being <done>": "nobody will ever hire me" → "being hired". */
const DONE_TO_ME: Readonly<Record<string, string>> = {
  hire: 'hired',
  hiring: 'hired',
  love: 'loved',
  like: 'liked',
  want: 'wanted',
  pick: 'picked',
  choose: 'chosen',
  invite: 'invited',
  date: 'asked out',
  notice: 'noticed',
  include: 'included',
  understand: 'understood',
  miss: 'missed',
  accept: 'accepted',
};

/**
 * What the writer hopes others do, from the writer's own verb: "Nobody will ever hire me" → "being hired",
 * "Nobody could ever love someone like me" → "being loved", "nothing ever works out for me" → "things working out".
 */
function doneToMe(sentence: string): string | null {
  const text = normalize(sentence).toLowerCase();
  const m =
    /\b(?:nobody|no one|noone|they|people|anyone)\b(?:\s+(?:will|would|could|can|ever|'ll|is|are|going to|gonna|must|made a huge mistake|made a mistake))*\s+(hiring|[a-z]+)\s+(?:me|someone like me)\b/.exec(
      text,
    );
  const done = m ? DONE_TO_ME[m[1]!] : undefined;
  if (done) return `being ${done}`;
  const out =
    /\b(?:nothing|everything)\b(?:\s+(?:i do|ever|i try))*\s+(works?|turns?)\s+out\b/.exec(text);
  if (out) return /^work/.test(out[1]!) ? 'things working out' : 'how things turn out';
  return null;
}

/**
 * A denied good word, as what it weighs: "I'm not good at anything" → "what I'm good at", "I'm not good enough
 * for her" → "whether I'm good enough". The writer's own word, said without the denial.
 */
function praiseDenied(sentence: string, judgement: SelfJudgement | null): string | null {
  const text = normalize(sentence).toLowerCase();
  const nothing = /\bnothing i do is (?:ever )?([a-z]+) enough\b/.exec(text);
  if (nothing) return `whether what I do is ${nothing[1]} enough`;
  // "i dont deserve love": the writer's own doubt, said as a question rather than a verdict.
  const deserve = /\b(?:don'?t|do not|never) deserve ([a-z]+(?: [a-z]+)?)\b/.exec(text);
  const thing = deserve ? nounFrom(deserve[1]!.replace(/^(?:to|any|anything)\b.*$/, '')) : null;
  if (thing && !isPerson(thing)) return `whether I deserve ${thing}`;
  if (!judgement || judgement.predicateClass !== 'praise' || !judgement.negated) return null;
  const word = judgement.predicate;
  if (!/^[a-z]+$/.test(word)) return null;
  const after = normalize(sentence.slice(judgement.end)).toLowerCase();
  if (/^enough\b/.test(after) || /\benough\b/.test(normalize(sentence).toLowerCase()))
    return `whether I'm ${word} enough`;
  if (/^at\b/.test(after)) return `what I'm ${word} at`;
  return null;
}

/** Noun phrases that are the verdict's frame, not a thing of the writer's ("the one who", "the reason"). */
const FRAME_NOUN =
  /^(?:the|this|that)\s+(?:way|one|time|thing|things|reason|only|rest|problem|point|same|kind|sort|type|worst|best|first|last)\b/i;
/** Words a noun phrase does not end in: particles, prepositions, adverbs, verbs of being. */
const PHRASE_END_STOP =
  /^(?:up|down|out|off|away|in|on|at|of|for|with|to|from|about|by|and|or|but|so|is|are|was|were|be|the|a|an|my|this|that|again|today|now|too|here|there|anymore|sometimes|always|never|ever|yet|back|along|alone|over|first|else|own|whole)$/i;
const BARE_PLURAL_STOP =
  /^(?:things|others|ones|times|days|years|weeks|hours|minutes|ages|yes|this|is|was|us|less|unless|always|sometimes|its|hers|his|theirs|ours|yours|thanks|plus|perhaps|mistakes|lots)$/i;

/**
 * A thing of the writer's in the sentence, the flagged words included: "My career is over" → "my career",
 * "I ruined the whole trip" → "the trip", "left out of plans" → "plans". Never the verdict or its frame.
 */
function objectIn(sentence: string, predicate: string): string | null {
  const text = normalize(sentence);
  const found: Array<{ at: number; phrase: string }> = [];
  for (const m of text.matchAll(
    /\b(?:my|the|this|that|our|his|her|their)((?:\s+[a-z']+){1,4})/gi,
  )) {
    const det = m[0].split(/\s/)[0]!;
    const words = m[1]!.trim().split(/\s+/);
    // A verb ends the noun phrase: "the interviewer| could tell".
    const verbAt = words.findIndex((w) =>
      /^(?:could|would|can|will|must|should|did|does|do|has|have|had|makes|made|gets|got|thinks|knows)$/i.test(
        w,
      ),
    );
    const after = verbAt < 0 ? words : words.slice(0, verbAt);
    if (after.length === 0 || /est$/i.test(after[0]!)) continue;
    // The longest run of words after the determiner that ends in a noun: "my whole team| down" → "my team".
    for (let n = Math.min(3, after.length); n >= 1; n--) {
      const last = after[n - 1]!.toLowerCase();
      if (PHRASE_END_STOP.test(last) || /(?:ly|ed)$/.test(last)) continue;
      const raw = `${det} ${after.slice(0, n).join(' ')}`.replace(
        /\b(?:whole|entire|own)\s+/gi,
        '',
      );
      const phrase = nounFrom(raw);
      if (
        phrase &&
        phrase.split(' ').length >= 2 &&
        !FRAME_NOUN.test(phrase) &&
        !(predicate && phrase.toLowerCase().split(' ').includes(predicate))
      )
        found.push({ at: m.index, phrase: lowerFirst(phrase) });
      break;
    }
  }
  for (const m of text.matchAll(
    /\b(?:at|of|in|with|about|around|for|from|during)\s+([a-z]{3,}s)\b/gi,
  )) {
    const noun = m[1]!;
    if (BARE_PLURAL_STOP.test(noun) || isGerund(noun) || judges(noun) || hasHarshWord(noun))
      continue;
    found.push({ at: m.index, phrase: noun.toLowerCase() });
  }
  found.sort((a, b) => a.at - b.at);
  return found[0]?.phrase ?? null;
}

const ALL_OR_NOTHING = [
  'always',
  'never',
  'everything',
  'nothing',
  'anything',
  'everyone',
  'nobody',
  'forever',
  'constantly',
] as const;

/** The writer's all-or-nothing word in the flagged words, if any. */
function quantifierIn(span: string): string | null {
  const words = normalize(span)
    .toLowerCase()
    .split(/[^a-z]+/);
  // "Everyone will see", not "I pushed everyone away": people are all-or-nothing only as the subject.
  const found = ALL_OR_NOTHING.find((q) => words.includes(q)) ?? null;
  if ((found === 'everyone' || found === 'nobody') && words[0] !== found) return null;
  return found;
}

/** Reads the writer's own topic, facts, time and register around the flagged words. */
export function readFocus(sentence: string, start: number, end: number, topic: Topic): Focus {
  const judgement = judgementFor(sentence, start, end);
  const span = sentence.slice(start, end);
  const after = normalize(sentence.slice(end));
  let noun: string | null = null;
  let about: string | null = null;

  // Something of the writer's that is judged: "my essays are terrible" → "my essays".
  if (judgement?.target === 'own' && judgement.owned) {
    const m = new RegExp(`\\bmy\\s+((?:[a-z]+\\s+){0,2}${judgement.owned})\\b`, 'i').exec(sentence);
    if (m) noun = usable(`my ${m[1]!.replace(/\b(?:whole|entire)\s+/gi, '')}`);
  }
  // What follows the harsh words: an object ("screw up [job interviews]"), a place or skill ("[at this job]"),
  // or an infinitive ("too clumsy [to ever learn to dance]").
  const spanObject =
    /\b(?:up|mess|ruin|ruined|ruin|fail|failed|bomb|miss|forget|forgot|lose|lost|burn|screw)\s+(.+)$/i.exec(
      normalize(span),
    );
  const infinitive = /^(?:\s*(?:,\s*)?)(to\s+.+)$/i.exec(after);
  const prep = /^(?:at|with|in|on|during|around|for|about)\s+(.+)$/i.exec(after);
  if (!noun && spanObject) noun = nounFrom(spanObject[1]!);
  if (!noun && infinitive) noun = gerundPhrase(infinitive[1]!);
  if (!noun && prep) noun = nounFrom(prep[1]!);
  if (
    !noun &&
    /[a-z]$/i.test(span) &&
    /^[a-z]/i.test(after) &&
    !/^(?:to|and|but|so|for|because|when|if)\b/i.test(after)
  )
    noun = nounFrom(after.replace(/^(?:up|down|out|off)\s+/i, ''));
  // "I shouldn't feel this| way about something": the rest of a phrase the span cut, not a thing of the writer's.
  if (noun && /^(?:way|kind|sort|much|bit|lot)\b/i.test(noun)) noun = null;
  const role =
    /\b(?:a|an)\s+(?:[a-z]+\s+)?(friend|sister|brother|mum|mom|dad|mother|father|parent|partner|wife|husband|son|daughter|student|teacher|boss|colleague|host|cook|driver|tenant|intern|player|singer|writer|coworker|employee|girlfriend|boyfriend|neighbour|neighbor)\b/i.exec(
      normalize(span),
    );
  if (!noun && topic.skill) noun = topic.skill;
  if (!noun && topic.thing && !/^(?:the way|how|what)\b/i.test(topic.thing))
    noun = nounFrom(topic.thing) ? topic.thing : null;
  // "ruined the whole trip" gave "trip": the writer's own determiner reads better ("the trip").
  const objectNoun = sentence === '' ? null : objectIn(sentence, judgement?.predicate ?? '');
  if (noun && !/\s/.test(noun) && objectNoun?.toLowerCase().endsWith(` ${noun.toLowerCase()}`))
    noun = objectNoun;
  // A person is not a thing to be hard at or to carry ("not good enough for my girlfriend"): no noun wording.
  if (noun && isPerson(noun)) noun = null;
  if (noun) noun = lowerFirst(noun);

  let fact = topic.event && !NOT_A_FACT.test(topic.event) ? capitalise(topic.event) : null;
  if (!fact)
    for (const clause of outsideClauses(sentence, start, end))
      if ((fact = factFrom(clause)) && !OPENS_NO_FACT.test(fact)) break;
      else fact = null;
  if (!fact && topic.habit) fact = capitalise(topic.habit);
  // What happened has a verb of its own: "I ruined| our anniversary dinner" leaves "Our anniversary dinner", no fact.
  if (fact && !hasFiniteVerb(fact)) fact = null;

  // "forgetting the meeting" is what happened, not a thing to be judged: the fact speaks of it.
  if (fact && noun && isGerund(noun.split(' ')[0]!)) noun = null;
  about ??=
    topic.activity ??
    noun ??
    (role ? `being a ${role[1]!.toLowerCase()}` : null) ??
    (fact ? `how ${lowerFirst(fact)}` : null) ??
    (topic.situation ? `how things go ${topic.situation}` : null);
  // Nothing else: the writer's own verb and its object ("finding someone who loves me"), or a thing of theirs
  // that the sentence names, inside the flagged words too ("my career", "the client", "plans").
  const doing = sentence === '' ? null : (doingIn(sentence) ?? doneToMe(sentence));
  const object = objectNoun;
  about ??= doing ?? thingOf({ object });
  if (about && /^how (?:I|i) /.test(about) && topic.event && topic.activity) about = topic.activity;

  const step = stepFor(topic.event, topic.activity, topic.thing, topic.skill, noun, fact);
  return {
    about,
    noun,
    plural: noun ? isPluralNoun(noun) : false,
    fact,
    step,
    register: registerOf(sentence),
    tense: tenseOf(span, judgement),
    judgement,
    doing,
    object,
    domain:
      praiseDenied(sentence, judgement) ?? domainIn(judgement?.predicate ?? '') ?? domainIn(span),
    quantifier: quantifierIn(span),
    person: object && isPerson(object) && /^(?:my|our)\s/i.test(object) ? object : null,
  };
}
