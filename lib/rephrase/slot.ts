/**
 * How a span suggestion can sit inside the sentence: where the flagged words are, what comes
 * before and after them, and which casing to use. Builders only offer span wordings that read
 * well in the slot; everything else replaces the whole sentence.
 */
import { normalize } from './text';

/** What follows the span: nothing (or a new clause), a reason ("for forgetting..."), or words that need the span. */
export type SpanTail = 'end' | 'reason' | 'other';

export type SpanSlot =
  /** The span is a whole clause with its own "I" subject: "I'm such an idiot". */
  | { kind: 'clause'; tail: SpanTail; atStart: boolean; lowercase: boolean; carry: string }
  /** The span follows "I'm" and describes the writer: "I'm [such an idiot]". */
  | { kind: 'predicate'; tail: SpanTail; atStart: false; lowercase: boolean; carry: string }
  | { kind: 'none' };

const CLAUSE_SPAN = /^(?:I|i|im|Im|I'm|i'm|I am|i am)\b/;
// Not "and"/"so": "one slip and I'm..." ties the clause to a consequence, which is itself a trap.
const CLAUSE_BOUNDARY_BEFORE =
  /(?:^|[.!?,;:…]|\b(?:but|honestly|ugh|god|man|lol|omg|seriously|oh|well|yeah|yes|no|ok|okay|sometimes|today|tbh))$/i;
const COPULA_BEFORE = /(?:^|\s)(?:I'm|I am|im|i'm|i am)(?:\s+(?:so|really))?$/i;
const REASON_AFTER =
  /^(?:for (?:not |being |the |my |what |how |[a-z]+ing\b)|because|cause|cuz|since|when|after|about|over)/i;
const END_AFTER =
  /^(?:$|[.!?…,;:)—–-]|(?:lol|haha|lmao|ugh|tbh|honestly)\b|(?:and|but|so) (?:I|i|im|my|it|we|they|he|she|the|that|this|now|then)\b)/i;

function tailOf(suffix: string): SpanTail {
  const rest = normalize(suffix);
  if (END_AFTER.test(rest)) return 'end';
  if (REASON_AFTER.test(rest)) return 'reason';
  return 'other';
}

const CONTEXT = 120;
const MAX_SPAN = 300;

export function classifySlot(sentence: string, spanStart: number, spanEnd: number): SpanSlot {
  if (!(spanStart >= 0 && spanEnd > spanStart && spanEnd <= sentence.length))
    return { kind: 'none' };
  if (spanEnd - spanStart > MAX_SPAN) return { kind: 'none' };
  // A span that cuts a word in two cannot be swapped cleanly.
  if (/\w/.test(sentence.charAt(spanEnd)) && /\w/.test(sentence.charAt(spanEnd - 1)))
    return { kind: 'none' };
  const span = normalize(sentence.slice(spanStart, spanEnd));
  // Only the words near the span decide how it fits, which keeps huge sentences cheap.
  const before = normalize(sentence.slice(Math.max(0, spanStart - CONTEXT), spanStart));
  const after = sentence.slice(spanEnd, spanEnd + CONTEXT);
  // A span that ends in its reason's first word ("I'm so stupid for") hands that word on.
  const connector = /\s(for|because|about|when|since|after|over)$/i.exec(span);
  const carry = connector ? ` ${connector[1]}` : '';
  const tail = connector ? 'reason' : /[.,;:!?…]\s*$/.test(span) ? 'end' : tailOf(after);
  const lowercase = /^[a-z]/.test(span);
  const spaceBefore = spanStart === 0 || /\s$/.test(sentence.slice(0, spanStart));
  if (!spaceBefore || /^\W/.test(span)) return { kind: 'none' };
  if (CLAUSE_SPAN.test(span) && CLAUSE_BOUNDARY_BEFORE.test(before)) {
    return { kind: 'clause', tail, atStart: before === '', lowercase, carry };
  }
  if (COPULA_BEFORE.test(before)) {
    return { kind: 'predicate', tail, atStart: false, lowercase, carry };
  }
  return { kind: 'none' };
}
