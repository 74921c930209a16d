/**
 * The scorer's input for one sentence: hashed word and lemma n-grams, word classes, the self-evaluation parse's
 * shape features (and their pairs), and what the rules and the crisis patterns found. Features are strings hashed
 * into a fixed number of buckets (the "hashing trick"), so no vocabulary ships with the weights. The trainer
 * (training/scripts/train.ts) and the engine call this same function, so training and use cannot drift apart.
 */
import { lemma } from '../language/en/lemma';
import {
  FAIL_VERBS,
  FEELINGS,
  NEGATIVE_WORDS,
  POSITIVE_WORDS,
  PRAISE_ADJECTIVES,
  VERDICT_ADJECTIVES,
  VERDICT_NOUNS,
} from '../language/en/lexicon';
import type { SelfEvaluation } from './self-evaluation';

/** What the rules found in the sentence, before any option filtering. */
export interface RuleEvidence {
  /** Categories of the trap rules that matched, with their severities. */
  traps: readonly { category: string; severity: number }[];
  /** A crisis pattern matched. */
  crisis: boolean;
}

/** 32-bit FNV-1a. */
export function hashFeature(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

function wordClass(w: string): string | null {
  if (FEELINGS.has(w)) return 'feeling';
  if (VERDICT_ADJECTIVES.has(w) || VERDICT_NOUNS.has(w)) return 'verdict';
  if (PRAISE_ADJECTIVES.has(w)) return 'praise';
  if (FAIL_VERBS.has(lemma(w))) return 'fail';
  if (NEGATIVE_WORDS.has(w)) return 'neg';
  if (POSITIVE_WORDS.has(w)) return 'pos';
  return null;
}

const PUNCT = /^[,;:!?.()\u2014\u2013]$/;

/** The feature strings of one sentence (before hashing); exported for tests and for reading the model. */
export function featureStrings(parse: SelfEvaluation, rules: RuleEvidence): string[] {
  const out: string[] = ['bias'];
  const words = parse.tokens.map((t) => t.w).filter((w) => !PUNCT.test(w) || w === '?' || w === '!');
  let prev = '<s>';
  let prevClass = '<s>';
  for (const w of words) {
    out.push(`w:${w}`, `b:${prev}_${w}`);
    const l = lemma(w);
    if (l !== w) out.push(`l:${l}`);
    const c = wordClass(w) ?? w;
    out.push(`cb:${prevClass}_${c}`);
    prev = w;
    prevClass = c;
  }
  out.push(`b:${prev}_</s>`);
  if (parse.aboutWriter) out.push('1p');
  for (const f of parse.features) out.push(`p:${f}`);
  // Pairs of shape features let the model learn "negated praise about the writer" apart from "negated verdict".
  const fs = parse.features;
  for (let i = 0; i < fs.length; i++)
    for (let j = i + 1; j < fs.length; j++) out.push(`pp:${fs[i]}&${fs[j]}`);
  for (const t of rules.traps) out.push(`r:${t.category}`, `rs:${t.severity}`);
  if (rules.traps.length > 0) out.push('r:any');
  if (rules.crisis) out.push('x:hit');
  const bucket = Math.min(4, Math.floor(words.length / 8));
  out.push(`len:${bucket}`);
  return out;
}

/** The 32-bit hashes of the features, duplicates kept (a repeated word counts twice); each head masks them to its size. */
export function hashAll(features: readonly string[]): Uint32Array {
  const out = new Uint32Array(features.length);
  for (let i = 0; i < features.length; i++) out[i] = hashFeature(features[i]!);
  return out;
}
