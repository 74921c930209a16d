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

/**
 * A sentence's features, hashed. Word n-grams are many and individually weak, so their sum is scaled by
 * 1/sqrt(count): a long sentence is not pushed one way by its length alone. Shape features (parse, rules, word
 * classes) count in full.
 */
export interface FeatureVector {
  ngrams: Uint32Array;
  shape: Uint32Array;
}

/** The model's linear margin for one class of a head whose weights are `weights[offset .. offset + mask]`. */
export function linearMargin(
  weights: ArrayLike<number>,
  offset: number,
  mask: number,
  bias: number,
  v: FeatureVector,
): number {
  let shape = 0;
  for (let i = 0; i < v.shape.length; i++) shape += weights[offset + (v.shape[i]! & mask)]!;
  let ngrams = 0;
  for (let i = 0; i < v.ngrams.length; i++) ngrams += weights[offset + (v.ngrams[i]! & mask)]!;
  return bias + shape + ngrams * ngramScale(v);
}

export const ngramScale = (v: FeatureVector): number => 1 / Math.sqrt(Math.max(1, v.ngrams.length));

/** Where features go: collected as strings (to read the model) or hashed on the fly (the engine's path). */
interface Sink {
  /** One feature, the concatenation of its parts. */
  add(a: string, b?: string, c?: string, d?: string): void;
}

function emit(parse: SelfEvaluation, rules: RuleEvidence, ngrams: Sink, shape: Sink): void {
  let prev = '<s>';
  let prevClass = '<s>';
  let words = 0;
  for (const t of parse.tokens) {
    const w = t.w;
    if (PUNCT.test(w) && w !== '?' && w !== '!') continue;
    words++;
    ngrams.add('w:', w);
    ngrams.add('b:', prev, '_', w);
    const l = lemma(w);
    if (l !== w) ngrams.add('l:', l);
    const c = wordClass(w);
    if (c) shape.add('c:', c);
    ngrams.add('cb:', prevClass, '_', c ?? w);
    prev = w;
    prevClass = c ?? w;
  }
  ngrams.add('b:', prev, '_</s>');
  if (parse.aboutWriter) shape.add('1p');
  for (const f of parse.features) shape.add('p:', f);
  // What is said of the writer, by its word: "I suck", "my essays are trash", "I'm such a baby".
  for (const j of parse.judgements)
    shape.add('jp:', j.target, j.negated ? ':not:' : ':', lemma(j.predicate.toLowerCase()));
  for (const t of rules.traps) {
    shape.add('r:', t.category);
    shape.add('rs:', String(t.severity));
  }
  if (rules.traps.length > 0) shape.add('r:any');
  if (rules.crisis) shape.add('x:hit');
  shape.add('len:', String(Math.min(4, Math.floor(words / 8))));
}

class Strings implements Sink {
  readonly out: string[] = [];
  add(a: string, b = '', c = '', d = ''): void {
    this.out.push(a + b + c + d);
  }
}

const FNV_BASIS = 0x811c9dc5;
const fnv = (h: number, s: string): number => {
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return h;
};

/** Hashes each feature as it is made, without building its string: the same value as hashFeature(a + b + c + d). */
class Hashes implements Sink {
  private buffer = new Uint32Array(64);
  length = 0;
  add(a: string, b = '', c = '', d = ''): void {
    if (this.length === this.buffer.length) {
      const grown = new Uint32Array(this.buffer.length * 2);
      grown.set(this.buffer);
      this.buffer = grown;
    }
    this.buffer[this.length++] = fnv(fnv(fnv(fnv(FNV_BASIS, a), b), c), d) >>> 0;
  }
  done(): Uint32Array {
    return this.buffer.slice(0, this.length);
  }
}

/** The feature strings of one sentence (before hashing), n-grams apart from shape; for reading the model and tests. */
export function featureStrings(
  parse: SelfEvaluation,
  rules: RuleEvidence,
): { ngrams: string[]; shape: string[] } {
  const ngrams = new Strings();
  const shape = new Strings();
  emit(parse, rules, ngrams, shape);
  return { ngrams: ngrams.out, shape: shape.out };
}

/** The 32-bit hashes of the features, duplicates kept (a repeated word counts twice); each head masks them to its size. */
export function hashAll(features: readonly string[]): Uint32Array {
  const out = new Uint32Array(features.length);
  for (let i = 0; i < features.length; i++) out[i] = hashFeature(features[i]!);
  return out;
}

export function vectorOf(parse: SelfEvaluation, rules: RuleEvidence): FeatureVector {
  const ngrams = new Hashes();
  const shape = new Hashes();
  emit(parse, rules, ngrams, shape);
  return { ngrams: ngrams.done(), shape: shape.done() };
}
