/**
 * What the words around a match say about it: negated or rejected, someone else's words, a question,
 * or made louder by intensifiers. Works on the normalised, lower-cased sentence.
 */
import type { Severity } from './types';
import type { MatchedTerm } from './nlp';
import { SEVERITY_RAISERS } from '../language/en/self-talk-words';

/** The part of the sentence before the match that belongs to the same clause. */
export function clauseBefore(lower: string, start: number): string {
  const before = lower.slice(0, start);
  const cut = Math.max(
    before.lastIndexOf(','),
    before.lastIndexOf(';'),
    before.lastIndexOf(':'),
    before.lastIndexOf(' but '),
    before.lastIndexOf(' - '),
    before.lastIndexOf('('),
  );
  return cut >= 0 ? before.slice(cut + 1) : before;
}

const NEGATION_WORDS = new Set([
  'not',
  'never',
  'no',
  "n't",
  'nobody',
  'none',
  'neither',
  'nor',
  'without',
]);

/** A negation inside the matched words ("I'm not a failure"). */
export function negatedInside(terms: readonly MatchedTerm[]): boolean {
  return terms.some((t) => NEGATION_WORDS.has(t.word) || t.tags.includes('Negative'));
}

/** Cues right before the match that reject or deny it: "I don't think I'm...", "I used to believe I was...". */
const REJECTION_BEFORE = new RegExp(
  [
    "\\b(do not|don't|dont|did not|didn't|never|no longer|refuse to|won't|will not|shouldn't) (really |even |ever )?(think|thinking|believe|believing|feel|feeling|call|calling|consider|considering|say|saying|tell|telling|see|seeing|agree)( to)?( myself| me)?( that| like| as)?\\s*$",
    '\\bused to (think|believe|feel|call myself|tell myself|say|be convinced|worry)( that| like)?\\s*$',
    "\\b(not that|not because|it's not that|it isn't that|doesn't mean|does not mean|didn't mean|instead of|rather than|who says|no longer|not anymore|pretend|pretending|lie that|myth that|wrong to think|false that|untrue that|no way)\\s*$",
    "(?<!(can't|cannot|can not|couldn't|could not|won't|will not|never) )\\b(stop|quit|stopped) (calling|telling|saying to|thinking)( myself)?( that)?\\s*$",
  ].join('|'),
);
/** Cues right after the match that reject it: "... anymore", "... and that's not true". */
const REJECTION_AFTER =
  /^[^.!?,;]{0,12}\b(not true|is a lie|was a lie|isn't true|wasn't true|is false)\b|^[^.!?;]{0,40}\b(and|but) (that's|that is|thats|it's|it is) (ok|okay|fine|alright|all right)\b|^[^.!?;]{0,40}\b(and|but) i (don't|do not|dont) mind\b/;

/**
 * Defusion: the writer names the thought as a thought ("I'm having the thought that I ruin everything"). It
 * reaches to the end of its sentence: in "I'm having the thought that it's all my fault they left", every
 * judgement after the cue is the thought being named, however many words sit between.
 */
const DEFUSION_CUE =
  /\b(having|noticing|notice|noticed|had|there is|there's) (the|a) thought (that|saying|says)\b/;

/** Where the named thought starts in a lowercased sentence: after its defusion cue, or never (Infinity). */
export function thoughtNamedFrom(lower: string): number {
  const cue = DEFUSION_CUE.exec(lower);
  return cue ? cue.index + cue[0].length : Infinity;
}

/**
 * The clause states what is at stake if something is not done ("study for the quiz or I'm going to fail"): a
 * condition the writer is acting on, not a prediction about them.
 */
export function statedStake(before: string): boolean {
  return /\b(or|or else|otherwise)\s*$/.test(before);
}

const APOLOGY_OPENER = /^\W*(sorry|oops|whoops|my bad|edit|correction)\b/;
const HEDGE = /\b(probably|maybe|perhaps|possibly|i guess|i suppose)\b/;

/** The writer apologises for the match or hedges it (see RulePattern.yieldsToHedge). */
export function hedgedOrApologised(
  sentenceBefore: string,
  clause: string,
  matched: string,
): boolean {
  return APOLOGY_OPENER.test(sentenceBefore) || HEDGE.test(clause) || HEDGE.test(matched);
}

export function rejected(before: string, after: string): boolean {
  return REJECTION_BEFORE.test(before) || REJECTION_AFTER.test(after);
}

const AS_INTENSIFIER = new Set(['stupid', 'dumb', 'crazy', 'insane', 'ridiculous', 'ridiculously']);
const GLAD_OR_PLAIN =
  /^\s+(happy|excited|lucky|rich|proud|in love|good|funny|cute|hot|fast|tired|busy|early|expensive|cheap|delicious|easy|simple|obvious)\b/;

/** The match ends in a harsh word that only intensifies a glad or plain one: "I'm so stupid happy". */
export function usedAsIntensifier(terms: readonly MatchedTerm[], after: string): boolean {
  const last = terms[terms.length - 1]?.word ?? '';
  return AS_INTENSIFIER.has(last) && GLAD_OR_PLAIN.test(after);
}

/** Someone else's words about the writer: "she said I was lazy", "being called a loser". */
const REPORTED =
  /\b(said|says|say|saying|told|tells|tell|telling|called|calls|call|calling|yelled|yells|yelling|screamed|screams|screaming|shouted|shouts|shouting|accused|accuses|claimed|claims|insisted|insists|wrote|writes|texted|texts|mocked|mocks|teased|teases|bullied|labelled|labeled|implied|implies|reminded|reminds|makes me feel|made me feel|make me feel|treat me like|treats me like|treated me like|look at me like|looks at me like|looked at me like|talk to me like|talks to me like|talked to me like|as if|as though|about how|acting like|act like)\b[^.!?]*$/;
const SELF_REPORT =
  /\b(i|myself)\s+(keep\s+|always\s+|just\s+|often\s+|even\s+)?(said|say|told|tell|called|call|wrote|write|texted|remind)\b[^.!?]*$/;

export function reportedSpeech(before: string): boolean {
  const m = REPORTED.exec(before);
  if (!m) return false;
  // "I told myself I'm an idiot" is the writer's own voice.
  return !SELF_REPORT.test(before.slice(Math.max(0, m.index - 20)));
}

/** True when the match sits inside a quotation the writer did not attribute to themselves. */
export function quotedFromSomeoneElse(lower: string, start: number): boolean {
  const before = lower.slice(0, start);
  const quotes = (before.match(/"/g) ?? []).length;
  if (quotes % 2 === 0) return false;
  return !/\b(i|myself)\s+(thought|think|told myself|said to myself|kept thinking|keep thinking|tell myself)\b/.test(
    lower,
  );
}

const RHETORICAL =
  /^\W*(why|what'?s wrong|what is wrong|how (could|can|did) i|who (would|could)|what kind of|what sort of)\b/;

export function isQuestion(lower: string): boolean {
  return /\?[^\p{L}\p{N}]*$/u.test(lower);
}

export function isRhetoricalSelfAttack(lower: string): boolean {
  return RHETORICAL.test(lower);
}

const SWEARING = /\b(fuck\w*|shit\w*|crap\w*|damn\w*|bloody|goddamn\w*|bullshit|asshole|dumbass)\b/;

/** Intensifiers or swearing inside the match raise severity by one. */
export function intensified(terms: readonly MatchedTerm[], matchedText: string): boolean {
  return terms.some((t) => SEVERITY_RAISERS.has(t.word)) || SWEARING.test(matchedText);
}

export function clampSeverity(n: number): Severity {
  return (n < 1 ? 1 : n > 3 ? 3 : n) as Severity;
}

/** Nothing but interjections before the match in its clause. */
export function opensClause(before: string): boolean {
  return /^[\s"'(*]*((and|so|but|like|honestly|seriously|god|omg|ugh|lol|man|dude|srsly|just|i mean|oh|wow|jeez|geez)[\s,!.]*)*$/.test(
    before,
  );
}
