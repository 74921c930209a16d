/**
 * Recognises the three parts of self-compassion, plus a next step, in what a user writes during an exercise.
 * Pure and English-only: it teaches by pointing out what is already there, it does not grade.
 */
import type { CompassionPart } from '../engine/types';
import { EMOTIONS } from './feelings';

export interface PartMatch {
  part: CompassionPart;
  start: number;
  end: number;
}

const FEELING_WORDS = EMOTIONS.filter((emotion) => emotion !== 'other').join('|');

/** Plain phrases people use for each part. Negative look-aheads keep "I can't" or "everyone hates me" out. */
const PATTERNS: Record<CompassionPart, RegExp[]> = {
  self_kindness: [
    /\b(?:it'?s|it is|that'?s|that is|this is) (?:okay|ok|alright|all right|understandable|hard|tough|difficult|a lot)\b/gi,
    /\b(?:be|being) (?:patient|gentle|kind|kinder|easy|easier) (?:with|to|on) myself\b/gi,
    /\bgo(?:ing)? easy on myself\b/gi,
    /\b(?:kind|gentle|patient) with myself\b/gi,
    /\bforgive myself\b/gi,
    /\b(?:take|taking) care of myself\b/gi,
    /\b(?:doing|did|tried) (?:my best|the best I (?:can|could))\b/gi,
    /\bit makes sense\b/gi,
    /\bI(?:'m| am) allowed to\b/gi,
    /\bI deserve (?:rest|kindness|care|a break|support|help)\b/gi,
    /\b(?:of course|no wonder) I(?:'m| am| feel)\b/gi,
  ],
  common_humanity: [
    /\b(?:lots of|many|most|other) people\b/gi,
    /\b(?:I'?m|I am) not (?:alone|the only one)\b/gi,
    /\bnot the only one\b/gi,
    /\b(?:human|humans|part of being human)\b/gi,
    /\beveryone (?:makes|has|gets|feels|struggles|forgets|fails|needs|messes)\b/gi,
    /\b(?:we all|all of us)\b/gi,
    /\bhappens to (?:everyone|anyone|all of us|lots of people|many people)\b/gi,
  ],
  mindfulness: [
    /\bI(?:'m| am)? notic(?:e|ing)\b/gi,
    /\b(?:just |only )?a thought\b/gi,
    /\bnot a fact\b/gi,
    /\bright now\b/gi,
    /\bin this moment\b/gi,
    /\bfor now\b/gi,
    /\ba part of me\b/gi,
    new RegExp(
      String.raw`\bI(?:'m| am) feeling (?:a bit |really |so |very )?(?:${FEELING_WORDS})\b`,
      'gi',
    ),
    new RegExp(String.raw`\bI feel (?:a bit |really |so |very )?(?:${FEELING_WORDS})\b`, 'gi'),
  ],
  next_step: [
    /\bI (?:can|could)(?!'t|not|n't)\b/gi,
    /\b(?:one|a) (?:small|tiny|little|next) step\b/gi,
    /\bnext (?:time|step|week)\b/gi,
    /\b(?:I'?ll|I will|I'm going to|I am going to)(?! never)\b/gi,
    /\btomorrow I\b/gi,
    /\b(?:I plan to|my plan is)\b/gi,
  ],
};

/** Every place a part shows up in `text`, in text order. */
export function findCompassionParts(text: string): PartMatch[] {
  const matches: PartMatch[] = [];
  for (const [part, patterns] of Object.entries(PATTERNS) as [CompassionPart, RegExp[]][]) {
    for (const pattern of patterns) {
      for (const match of text.matchAll(pattern)) {
        matches.push({ part, start: match.index, end: match.index + match[0].length });
      }
    }
  }
  return matches.sort((a, b) => a.start - b.start || a.end - b.end);
}

const PART_ORDER: readonly CompassionPart[] = [
  'self_kindness',
  'common_humanity',
  'mindfulness',
  'next_step',
];

/** Which parts are present, in the canonical order (kindness, humanity, mindfulness, next step). */
export function compassionPartsIn(text: string): CompassionPart[] {
  const found = new Set(findCompassionParts(text).map((match) => match.part));
  return PART_ORDER.filter((part) => found.has(part));
}
