/**
 * A span suggestion for flagged words wherever they sit: it replaces only those words, and reads on into what
 * follows them ("I'm too clumsy| to ever learn to dance" → "It will take me time| to ever learn to dance",
 * "I always screw up| job interviews" → "I'm still getting the hang of| job interviews"). Used when the slot
 * (slot.ts) has no form of the category's own; the category's clause wordings are used when the span is a
 * whole clause.
 */
import type { CompassionPart, Suggestion } from '../engine/types';
import { FAIL_VERBS } from '../language/en/lexicon';
import { lemma } from '../language/en/lemma';
import type { Focus } from './focus';
import { capitalise, lowerFirst, normalize, tidyCasual } from './text';
import { hasHarshWord } from './harsh-words';

/** Suggestions already cased and punctuated for their place; the final clean-up leaves them as they are. */
export const FITTED: WeakSet<Suggestion> = new WeakSet();

export type Tail = 'end' | 'reason' | 'infinitive' | 'preposition' | 'object' | 'other';

const END_AFTER =
  /^(?:$|[.!?…,;:)—–-]|(?:lol|haha|lmao|ugh|tbh|honestly|rn|tho)\b|\p{Extended_Pictographic}|(?:and|but|so|then) (?:I|i|im|my|it|we|they|he|she|the|that|this|now|then|nobody|everyone|there)\b)/iu;
const REASON_AFTER =
  /^(?:for (?:not |being |[a-z]+ing\b)|because|cause|cuz|since|when|after|every time|whenever)\b/i;
const CLAUSE_OPENS_BEFORE =
  /(?:^|[.!?,;:…]|\b(?:and|but|so|then|honestly|ugh|god|man|lol|omg|seriously|oh|well|yeah|ok|okay|sometimes|today|tbh|now|also|plus))\s*$/i;
/** Spans that are not a statement of their own: conditions, comparisons, questions, claims to know a mind. */
const NOT_A_STATEMENT =
  /^(?:which|who|that|where|on|in|at|with|if|when|whenever|because|since|unless|although|though|compared|why|what|how|who|do|does|did|am|are|is|was|were|can|could|will|would|should|have|has|and|but|or|so)\b|\b(?:know|knows|bet|sure)\b/i;
/** What makes words a thought about the writer rather than a fact: blame, a verdict on the future, a rule. */
const THOUGHT_MARK =
  /\b(?:because of me|my fault|of me|over|ruined|never|ever|always|everyone|everybody|nobody|no one|have to|has to|must|should|need to|count|counts|matter|matters|important|judging|laughing at me|perfect|either)\b/i;
const CUT_AFTER_DETERMINER = /\s(?:the|a|an|my|this|that|the whole|whole|every|all)$/i;

export function tailOf(span: string, after: string): Tail {
  if (/[.,;:!?…]\s*$/.test(span)) return 'end';
  const rest = normalize(after);
  if (END_AFTER.test(rest)) return 'end';
  if (REASON_AFTER.test(rest)) return 'reason';
  if (/^to\s+[a-z]/i.test(rest)) return 'infinitive';
  if (/^(?:at|with|in|on|during|around|as)\s/i.test(rest)) return 'preposition';
  if (
    /^(?:my|the|a|an|this|that|these|those|her|his|their|our|[a-z]+s)\b/i.test(rest) &&
    /[a-z]$/i.test(span)
  )
    return 'object';
  return 'other';
}

function endsInSetbackVerb(span: string): boolean {
  const last = normalize(span).toLowerCase().split(' ').at(-1) ?? '';
  return last === 'up' || FAIL_VERBS.has(lemma(last));
}

/** "my essays are terrible" → "my essays aren't where I want them yet"; without "my" when it sits before the span. */
function ownForm(focus: Focus, afterMy: boolean): string | null {
  const j = focus.judgement;
  if (!j || j.target !== 'own' || !focus.noun || !/^my\s/i.test(focus.noun)) return null;
  const noun = afterMy ? focus.noun.replace(/^my\s+/i, '') : capitalise(focus.noun);
  const it = focus.plural ? 'them' : 'it';
  if (focus.tense === 'past') return `${noun} didn't turn out how I wanted`;
  return `${noun} ${focus.plural ? "aren't" : "isn't"} where I want ${it} yet`;
}

/** One of the forms for the writer's tense, turned by variant so that "Another" and different thoughts vary. */
function byTense(
  focus: Focus,
  variant: number,
  forms: Readonly<Record<'past' | 'present' | 'future', readonly string[]>>,
): string {
  const options = forms[focus.tense];
  return options[variant % options.length]!;
}

/**
 * The words that replace the span, or null when nothing fits cleanly. `clause` is the category's own clause
 * wording for a span that stands as a whole clause.
 * `thought`: the category reads the words as a thought about the writer even when none of them is harsh
 * ("my career is over"), so they may be named as a thought.
 */
export function fitAnywhere(
  sentence: string,
  spanStart: number,
  spanEnd: number,
  focus: Focus,
  part: CompassionPart,
  clause: string | undefined,
  variant = 0,
  thought = false,
): Suggestion | null {
  if (!(spanStart >= 0 && spanEnd > spanStart && spanEnd <= sentence.length)) return null;
  if (!/[a-z]/i.test(sentence.slice(spanStart, spanEnd))) return null;
  const span = sentence.slice(spanStart, spanEnd);
  const before = normalize(sentence.slice(Math.max(0, spanStart - 80), spanStart));
  const after = sentence.slice(spanEnd, spanEnd + 80);
  if (/\?/.test(span) || /^\s*\?/.test(after) || /^why\b/i.test(normalize(span))) return null;
  if (/\w$/.test(sentence.slice(0, spanStart)) || /^\w/.test(after)) return null;
  const opens = CLAUSE_OPENS_BEFORE.test(before);
  const atStart = before === '' || /[.!?…]\s*$/.test(before);
  const tail = tailOf(span, after);
  const punctuation = /[.,;:!?…]+\s*$/.exec(span)?.[0].trim() ?? '';
  let text: string | null = null;
  const afterMy = /\bmy$/i.test(before);
  const own = ownForm(focus, afterMy);
  const startsWithSelf = /^(?:I|i|im|Im|I'm|i'm|I've|i've|I'll|i'll)\b/.test(normalize(span));
  const hate = /^(?:I|i) (?:hate|can't stand|cant stand|despise|loathe)$/.test(normalize(span));
  if (own && (opens || afterMy) && (tail === 'end' || tail === 'reason')) text = own;
  // "I hate| myself for eating all the chocolate" → "I'm being hard on| myself for ...";
  // "I hate| how I sound on recordings" → "I'm having a hard time with| how I sound on recordings".
  else if (hate && opens && /^\s*myself\b/i.test(after)) text = "I'm being hard on";
  else if (hate && opens && /^\s*(?:how|the way|my|the)\b/i.test(after))
    text = "I'm having a hard time with";
  else if (!startsWithSelf && !(opens && tail === 'end')) text = null;
  else if (opens && tail === 'end' && clause && /\b(?:I|I'm|me|my|myself)\b/.test(clause))
    text = clause;
  else if (opens && tail === 'reason') text = "I'm being hard on myself";
  else if (opens && tail === 'infinitive')
    text = byTense(focus, variant, {
      past: ['it took me time', 'it took me a while'],
      present: ['it will take me time', 'it may take me a while', "it's taking me time"],
      future: ['it may take me time', 'it may take me a while'],
    });
  else if (opens && tail === 'preposition')
    text = byTense(focus, variant, {
      past: ['I had a hard time', 'it was hard for me', "it didn't go how I wanted"],
      present: [
        "I'm having a hard time",
        "I'm still finding my feet",
        "I'm still learning my way",
        'things are hard for me right now',
      ],
      future: ['I may have a hard time', "I don't know yet how I'll do", 'it may be hard for me'],
    });
  else if (
    opens &&
    tail === 'object' &&
    endsInSetbackVerb(span) &&
    // "I let| my coach down": the verb's object is a person, and its particle comes after.
    !/\blet$/i.test(normalize(span)) &&
    !CUT_AFTER_DETERMINER.test(span)
  )
    text = byTense(focus, variant, {
      past: ['I keep going over', "I'm still thinking about"],
      present: ["I'm still getting the hang of", "I'm still practising", "I'm working on"],
      future: ["I don't know yet how it will go with", "I can't know yet how it will go with"],
    });
  let defused = false;
  if (!text) {
    // Anywhere else: name the thought as a thought, keeping the writer's words around it. It must be a whole
    // statement that opens its clause ("It's my fault| the party…", "Nobody likes me| at work"), not a question,
    // a condition or half of a comparison.
    if (!opens) return null;
    const words = normalize(span).replace(/[.,;:!?…]+$/, '');
    // A guess about someone else's mind stays out of it: "I'm having the thought that I know she hates me" is still a guess.
    if (
      startsWithSelf &&
      (/\b(?:know|knows|think|thinks|bet|sure|hate|hates|like|likes)\b/i.test(span) ||
        /^I(?:'m| am)? (?:so |really )?sorry\b/i.test(words))
    )
      return null;
    // A plain fact stays a fact: "I forgot| to close the gate" is not named as a thought.
    if (thought && !hasHarshWord(words) && !THOUGHT_MARK.test(words)) return null;
    // Someone else's or the world's part is named as a thought only where it carries the judgement itself
    // ("it's all my fault", "nobody likes me"), never a plain fact ("my sourdough collapsed").
    if (
      !startsWithSelf &&
      (NOT_A_STATEMENT.test(words) || !/\s/.test(words) || !(thought || hasHarshWord(words)))
    )
      return null;
    // Each cue is one the detector reads as a thought named (lib/engine/context.ts, DEFUSION_CUE).
    const cue = [
      "I'm having the thought that",
      "I'm noticing the thought that",
      'I notice the thought that',
    ][variant % 3]!;
    text = `${cue} ${lowerFirst(tidyCasual(words))}`;
    defused = true;
  }
  text = atStart ? capitalise(text) : afterMy ? text : lowerFirst(text);
  if (punctuation && !/[.,;:!?…]$/.test(text)) text += punctuation;
  const suggestion: Suggestion = {
    text,
    part: !defused && (tail === 'end' || tail === 'reason') ? part : 'mindfulness',
    replaces: 'span',
  };
  FITTED.add(suggestion);
  return suggestion;
}
