/**
 * Suggestions as the engine's own function, so the card and the pages never reach into lib/rephrase, and the
 * one place that says which part of the text a suggestion replaces.
 */
import { buildSuggestions } from '../rephrase';
import type { Finding, SentenceRange, Suggestion } from './types';

/** The parts of a finding that suggestions depend on. */
export type SuggestionTarget = Pick<Finding, 'category' | 'start' | 'end' | 'sentenceStart'>;

/**
 * Suggestions for a finding, given the sentence it sits in (`sentence` starts at `finding.sentenceStart` of
 * the analysed text). The same variant always gives the same wordings; another variant, others.
 */
export function suggestionsFor(
  finding: SuggestionTarget,
  sentence: string,
  variant = 0,
): Suggestion[] {
  const spanStart = finding.start - finding.sentenceStart;
  const spanEnd = finding.end - finding.sentenceStart;
  if (spanStart < 0 || spanEnd > sentence.length || spanEnd < spanStart) return [];
  return buildSuggestions({ category: finding.category, sentence, spanStart, spanEnd, variant });
}

/** A suggestion placed in the text: it replaces exactly `[start, end)`, which read `original` when offered. */
export interface Offer extends Omit<Suggestion, 'range'> {
  start: number;
  end: number;
  original: string;
}

const CLAUSE_BREAK = /[,;:()\u2013\u2014\n]/;
const FIRST_PERSON =
  /(?:^|[\s"'“‘(])(?:I|I'm|I’m|Im|I've|I’ve|I'd|I’d|I'll|I’ll|I am|My|my|Me|me)(?=\s)/g;

const REPORTED_BY =
  /\b(?:think|thinks|thought|know|knows|knew|believe|believes|say|says|said|will (?:know|see|think))(?:\s+that)?\s+$/i;

/** Just after the last clause break before `at` (or 0): where the clause holding `at` opens. */
function clauseOpening(sentence: string, at: number): number {
  for (let i = at - 1; i >= 0; i--) if (CLAUSE_BREAK.test(sentence[i]!)) return i + 1;
  return 0;
}

/**
 * Where the harsh clause starts, as an offset into `sentence`: the flagged words, or the first-person word
 * just before them in the same clause ("I just always ruin everything"). Words before it, in any language,
 * emoji and other clauses are not the suggestion's to replace.
 */
export function clauseStart(sentence: string, spanStart: number): number {
  const from = clauseOpening(sentence, spanStart);
  const before = sentence.slice(from, spanStart);
  let start = spanStart;
  for (const match of before.matchAll(FIRST_PERSON)) {
    const word = match[0].replace(/^[\s"'“‘(]/, '');
    start = from + match.index + match[0].length - word.length;
  }
  // Only a short run of words between the subject and the flagged words ("I just always ...").
  return spanStart - start <= 24 ? start : spanStart;
}

/**
 * Where a whole-sentence offer starts: the harsh clause, or, when the clause is someone else's reported view of
 * the writer ("My boss thinks| I'm lazy"), the words that report it, which the wording replaces too. The wording is
 * still written for the harsh clause alone.
 */
export function replacedFrom(sentence: string, clause: number): number {
  const from = clauseOpening(sentence, clause);
  const before = sentence.slice(from, clause);
  return REPORTED_BY.test(before) ? from + /^\s*/.exec(before)![0].length : clause;
}

const lowerFirst = (text: string) =>
  /^(?:I\b|I['’])/.test(text) ? text : text.charAt(0).toLowerCase() + text.slice(1);

const CONTACT =
  /\+?\d[\d\s().-]{5,}\d|\b[\w.+-]+@[\w-]+(?:\.[\w-]+)+|\b(?:https?:\/\/|www\.)\S+|\b[\w-]+(?:\.[\w-]+)*\.(?:com|net|org|info|io|app|example|co|uk|de|fr|ru|biz|xyz|support)\b|\b[a-z]+(?:-[a-z]+)*-(?:support|help|line|service)s?\b/i;

/** A kind rephrasing never needs a phone number, an address or a link: any that the field held stays out. */
export function carriesContact(text: string): boolean {
  return CONTACT.test(text);
}

/**
 * Where a span suggestion lands in the analysed text: the flagged words, or its own range of the sentence (a
 * little wider or narrower, never past the sentence). Null for a range that does not fit the sentence.
 */
function spanRange(
  finding: SuggestionTarget,
  sentence: string,
  range: SentenceRange | undefined,
): { start: number; end: number } | null {
  if (!range) return { start: finding.start, end: finding.end };
  const { start, end } = range;
  if (!(Number.isInteger(start) && Number.isInteger(end))) return null;
  if (start < 0 || end > sentence.length || end <= start) return null;
  return { start: finding.sentenceStart + start, end: finding.sentenceStart + end };
}

/**
 * Every suggestion for a finding, placed: span suggestions replace the flagged words (or their own range of the
 * sentence, `Suggestion.range`); whole-sentence ones
 * are written for the harsh clause alone and replace it to the sentence's end, keeping what came before.
 * `text` is the analysed text the finding's offsets point into.
 */
export function offersFor(
  finding: SuggestionTarget & Pick<Finding, 'sentenceEnd'>,
  text: string,
  variant = 0,
): Offer[] {
  const sentence = text.slice(finding.sentenceStart, finding.sentenceEnd);
  const clause = clauseStart(sentence, finding.start - finding.sentenceStart);
  const offers: Offer[] = [];
  const all = suggestionsFor(finding, sentence, variant);
  for (const { range, ...suggestion } of all) {
    if (suggestion.replaces !== 'span' || carriesContact(suggestion.text)) continue;
    const placed = spanRange(finding, sentence, range);
    if (!placed) continue;
    offers.push({ ...suggestion, ...placed, original: text.slice(placed.start, placed.end) });
  }
  const clauseFrom = finding.sentenceStart + clause;
  const placedFrom = finding.sentenceStart + replacedFrom(sentence, clause);
  const wholes =
    clause === 0
      ? all
      : suggestionsFor({ ...finding, sentenceStart: clauseFrom }, sentence.slice(clause), variant);
  const kept = text.slice(finding.sentenceStart, placedFrom);
  for (const suggestion of wholes) {
    if (suggestion.replaces !== 'sentence' || carriesContact(suggestion.text)) continue;
    // A clause after other words reads on from them: no capital, and no doubled space.
    const written =
      placedFrom === finding.sentenceStart
        ? suggestion.text
        : lowerFirst(suggestion.text.replace(/^\s+/, ''));
    offers.push({
      ...suggestion,
      text: kept !== '' && /\s$/.test(kept) ? written.replace(/^\s+/, '') : written,
      start: placedFrom,
      end: finding.sentenceEnd,
      original: text.slice(placedFrom, finding.sentenceEnd),
    });
  }
  return offers;
}
