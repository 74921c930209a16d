/**
 * A span suggestion for flagged words that have no fitting one where they are, by replacing the clause they sit in
 * instead: a little wider or narrower than the flagged words, never past the clause, so the writer's other words
 * stay as they are. The suggestion carries its own `range` (offsets into the sentence).
 *
 * - A reported verdict: "My boss thinks |I'm lazy|" → "I can't know what my boss thinks of me".
 * - A harsh question: "honestly |why am i like this|" → "honestly what do I need right now".
 * - Flagged words that start or end mid-clause: "It's all my |fault we missed| the flight" is named as a thought
 *   from the clause's start ("I'm having the thought that it's all my fault we missed the flight").
 */
import type { CategoryId, CompassionPart, SentenceRange, Suggestion } from '../engine/types';
import type { Focus } from './focus';
import { fitAnywhere, FITTED } from './span-fit';
import { capitalise, lowerFirst, normalize } from './text';
import { FAIL_VERBS } from '../language/en/lexicon';
import { lemma } from '../language/en/lemma';

const CLAUSE_BREAK_BEFORE = /(?:[.!?,;:()\u2013\u2014\n]\s*|\s(?:and|but|so|then|because)\s+)$/i;
const CLAUSE_BREAK_AFTER = /[.!?,;:()\u2013\u2014\n]|\s(?:and|but|so)\s/i;

/** The clause around `[start, end)`: from the last clause break before it to the first one after it. */
export function clauseAround(sentence: string, start: number, end: number): SentenceRange {
  let from = 0;
  for (let i = start; i > 0; i--) {
    if (CLAUSE_BREAK_BEFORE.test(sentence.slice(Math.max(0, i - 10), i))) {
      from = i;
      break;
    }
  }
  while (from < start && /\s/.test(sentence[from]!)) from++;
  const rest = sentence.slice(end);
  const cut = rest.search(CLAUSE_BREAK_AFTER);
  let to = cut < 0 ? sentence.length : end + cut;
  while (to > end && /\s/.test(sentence[to - 1]!)) to--;
  return { start: from, end: Math.max(to, end) };
}

/** Flagged words that stop on a word that needs the next one ("I'm", "a", "to", "after"). */
const DANGLING_END = /(?:^|\s)(?:i'm|im|i am|i was|am|was|a|an|the|to|of|as|after|for|with|my)$/i;

/** Flagged words that stop before the word their phrase needs: "I'm", "to", "after", "I'm a bad| mum". */
function stopsMidPhrase(sentence: string, flagged: SentenceRange): boolean {
  const words = normalize(sentence.slice(flagged.start, flagged.end));
  return (
    DANGLING_END.test(words) ||
    (/\b(?:a|an)\s+[a-z]+$/i.test(words) && /^\s*[a-z]/i.test(sentence.slice(flagged.end)))
  );
}

const PEOPLE_OPENERS =
  /^(?:my|the|our|his|her|their|everyone|everybody|people|they|he|she|all|most|other)\b/i;
/** "<someone> (probably) thinks (that) I…": a verdict reported as someone else's. */
const REPORTED =
  /^((?:[^\s,;]+\s+){0,4}?[^\s,;]+)\s+(?:(?:probably|must|all|definitely|really)\s+)?(thinks|think|thought|knows|know|will know|will see|will think)\s+(?:that\s+)?(?=(?:i|i'm|im|i am|i was|i'll)\b)/i;

const VERB_FORM: Record<string, string> = {
  thinks: 'thinks',
  knows: 'thinks',
  think: 'think',
  know: 'think',
  thought: 'thought',
};

function reported(
  sentence: string,
  clause: SentenceRange,
  flagged: SentenceRange,
  variant: number,
) {
  const words = sentence.slice(clause.start, clause.end);
  const match = REPORTED.exec(words);
  if (!match || !PEOPLE_OPENERS.test(match[1]!) || /\b(?:i|me|myself)\b/i.test(match[1]!))
    return null;
  // The flagged words must be the reported verdict, or reach into it.
  if (flagged.end <= clause.start + match[0].length) return null;
  const who = lowerFirst(match[1]!);
  const verb = VERB_FORM[match[2]!.toLowerCase()] ?? 'will think';
  const text = [
    `I can't know what ${who} ${verb} of me`,
    `I don't know for sure what ${who} ${verb} of me`,
    `I'm guessing at what ${who} ${verb} of me`,
  ][variant % 3]!;
  const end = stopsMidPhrase(sentence, flagged)
    ? clause.end
    : Math.max(flagged.end, clause.start + match[0].length);
  return { text, range: { start: clause.start, end } };
}

const SELF_QUESTION =
  /^(?=.*\b(?:i|me|my)\b)(?:why\b|what'?s wrong with me\b|what is wrong with me\b|how come\b|how could I\b)/i;
/** Chat openers the writer's question may follow; they stay ("honestly |why am i like this|"). */
const OPENER = /^(?:(?:honestly|ugh|seriously|god|man|oh|so|like|lol|omg|tbh)\b[\s,]*)+/i;

function question(sentence: string, around: SentenceRange, variant: number) {
  const opener = OPENER.exec(sentence.slice(around.start, around.end))?.[0].length ?? 0;
  const clause = { start: around.start + opener, end: around.end };
  const words = normalize(sentence.slice(clause.start, clause.end));
  if (!SELF_QUESTION.test(words)) return null;
  const options: Array<[string, CompassionPart]> = [
    ['what do I need right now', 'self_kindness'],
    ['what would help me right now', 'next_step'],
    ["what's making this hard for me right now", 'mindfulness'],
  ];
  const [text, part] = options[variant % options.length]!;
  return { text, part, range: clause };
}

const SELF_SUBJECT = /^(?:I|i|im|Im|I'm|i'm|I've|i've|I'll|i'll|I'd|i'd)\b/;

/**
 * Where a clause named as a thought starts: at the flagged words when they open with "I", else at the clause's
 * start when only a few plain words come before them ("|We lost| the match because of me"). Other scripts, emoji
 * and longer runs are not ours to rewrite.
 */
function subjectStart(sentence: string, clauseStart: number, flaggedStart: number): number {
  if (SELF_SUBJECT.test(normalize(sentence.slice(flaggedStart, flaggedStart + 6))))
    return flaggedStart;
  const between = sentence.slice(clauseStart, flaggedStart);
  return /^(?:[A-Za-z'’]+\s+){0,4}$/.test(between) ? clauseStart : flaggedStart;
}

/** "I feel like a burden to| my family": the worry under it, said plainly, with the writer's people after it. */
const BURDEN = /^(?:I|i) (?:feel|felt) like (?:such )?an? burden (?:to|on)(?= \S)/;

/** Categories whose flagged words are a thought about the writer even without a harsh word in them. */
export const THOUGHT_CATEGORIES: ReadonlySet<CategoryId> = new Set([
  'catastrophizing',
  'mind_reading',
  'self_blame',
  'should',
  'overgeneralizing',
  'need_suppression',
  'discounting_positive',
]);

function place(
  sentence: string,
  range: SentenceRange,
  text: string,
  part: CompassionPart,
): Suggestion {
  const atStart = sentence.slice(0, range.start).trim() === '';
  const suggestion: Suggestion = {
    text: atStart ? capitalise(text) : lowerFirst(text),
    part,
    replaces: 'span',
    range,
  };
  FITTED.add(suggestion);
  return suggestion;
}

/**
 * A span suggestion over the clause around the flagged words, or null when none fits. `part` is the category's
 * own part for a clause wording.
 */
export function widenedSpan(
  category: CategoryId,
  sentence: string,
  flagged: SentenceRange,
  focus: Focus,
  part: CompassionPart,
  variant: number,
): Suggestion | null {
  if (!(flagged.start >= 0 && flagged.end > flagged.start && flagged.end <= sentence.length))
    return null;
  const clause = clauseAround(sentence, flagged.start, flagged.end);
  const told = reported(sentence, clause, flagged, variant);
  if (told) return place(sentence, told.range, told.text, 'mindfulness');
  const asked = question(sentence, clause, variant);
  if (asked) return place(sentence, asked.range, asked.text, asked.part);
  // Otherwise the clause from its start, to its end when the flagged words stop mid-phrase, named as a thought.
  const burden = BURDEN.exec(sentence.slice(clause.start, clause.end));
  if (burden)
    return place(
      sentence,
      { start: clause.start, end: clause.start + burden[0].length },
      "I worry I'm asking too much of",
      'mindfulness',
    );
  const end = stopsMidPhrase(sentence, flagged) ? clause.end : flagged.end;
  const range = { start: subjectStart(sentence, clause.start, flagged.start), end };
  if (range.start === flagged.start && range.end === flagged.end) return null;
  const fitted = fitAnywhere(
    sentence,
    range.start,
    range.end,
    focus,
    part,
    undefined,
    variant,
    THOUGHT_CATEGORIES.has(category),
  );
  if (!fitted) return null;
  const widened: Suggestion = { ...fitted, range };
  FITTED.add(widened);
  return widened;
}

const PARTICLE_AFTER = /^ (?:up|out|over|down|off)\b/i;
const PHRASAL_SETBACKS = new Set([
  'mess',
  'screw',
  'mix',
  'stuff',
  'freak',
  'blow',
  'muck',
  'foul',
]);

/**
 * Where flagged words that stop between a verb and its particle should end: "I always mess| up presentations"
 * → after "up", so a wording can replace the whole verb ("I'm still getting the hang of| presentations").
 */
export function withParticle(sentence: string, start: number, end: number): number {
  const particle = PARTICLE_AFTER.exec(sentence.slice(end, end + 8));
  if (!particle) return end;
  const last = normalize(sentence.slice(start, end)).toLowerCase().split(' ').at(-1) ?? '';
  const verb = lemma(last);
  return PHRASAL_SETBACKS.has(verb) || FAIL_VERBS.has(verb) ? end + particle[0].length : end;
}
