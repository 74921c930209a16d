/**
 * Whole-text analysis and its incremental twin. Both walk the same sentences and run the same per-sentence
 * analysis, so `createAnalyzer().update(text)` returns exactly what `analyze(text)` returns.
 */
import type {
  Analysis,
  AnalyzeOptions,
  Analyzer,
  CompassionPart,
  CrisisSpan,
  Finding,
  KindFinding,
} from './types';
import { scanSentence, splitSentences, type SentenceSpan } from './split';
import {
  analyzeSentence,
  resolveOptions,
  type ResolvedOptions,
  type SentenceResult,
} from './sentence-result';
import { ResultCache } from './result-cache';
import { detached } from './detached';
import { findingAt } from './lazy-suggestions';
import { commonPrefix, commonSuffix } from './text-diff';
import { pairVector } from './crisis-context';
import { crisisScore, possibleCrisisScore, THRESHOLDS } from './scorer';
import { unionOfParts } from '../exercises/compassion-parts';

/** A sentence and its results. A class, so every instance has one stable shape when it is moved in place. */
class AnalysedSentence implements SentenceSpan {
  /** The findings placed at `placedAt` in a text in crisis or not, kept while the sentence has not moved. */
  placed: Finding[] | null = null;
  placedAt = -1;
  placedInCrisis = false;

  constructor(
    public start: number,
    public end: number,
    public next: number,
    public seen: number,
    public readonly result: SentenceResult,
  ) {}
}

const analysed = (s: SentenceSpan, result: SentenceResult): AnalysedSentence =>
  new AnalysedSentence(s.start, s.end, s.next, s.seen, result);

export function analyze(text: string, options?: AnalyzeOptions): Analysis {
  const resolved = resolveOptions(options);
  const sentences = splitSentences(text).map((s) =>
    analysed(s, analyzeSentence(text.slice(s.start, s.end), resolved)),
  );
  return assemble(sentences);
}

export function createAnalyzer(options?: AnalyzeOptions): Analyzer {
  const resolved = resolveOptions(options);
  const cache = new ResultCache();
  let previous = '';
  let sentences: AnalysedSentence[] = [];

  return {
    update(text: string): Analysis {
      if (typeof text !== 'string') text = String(text ?? '');
      sentences = resplit(previous, text, sentences, (s) => resultFor(text, s, resolved, cache));
      previous = text;
      cache.fit(sentences.length);
      return assemble(sentences);
    },
  };
}

function resultFor(
  text: string,
  s: SentenceSpan,
  options: ResolvedOptions,
  cache: ResultCache,
): SentenceResult {
  const sentence = detached(text.slice(s.start, s.end));
  let result = cache.get(sentence);
  if (!result) {
    result = analyzeSentence(sentence, options);
    cache.set(sentence, result);
  }
  return result;
}

/**
 * Keeps the sentences the edit cannot have touched, re-scans from the last safe point, and stops as soon as a
 * scan lands on a point where the old text resumed scanning: from there on, the text and so the sentences are
 * the same as before, shifted by the length change.
 */
function resplit(
  oldText: string,
  newText: string,
  old: AnalysedSentence[],
  analyse: (s: SentenceSpan) => SentenceResult,
): AnalysedSentence[] {
  if (oldText === newText) return old;
  const prefix = commonPrefix(oldText, newText);
  const suffix = commonSuffix(oldText, newText, prefix);
  const delta = newText.length - oldText.length;
  const newEditEnd = newText.length - suffix;

  let keep = 0;
  while (keep < old.length && old[keep]!.seen <= prefix) keep++;
  const middle: AnalysedSentence[] = [];
  let pos = keep > 0 ? old[keep - 1]!.next : 0;
  let oldIndex = keep;

  for (;;) {
    const s = scanSentence(newText, pos);
    if (!s) {
      old.splice(keep, old.length - keep, ...middle);
      return old;
    }
    middle.push(analysed(s, analyse(s)));
    pos = s.next;
    if (pos < newEditEnd || s.seen < newEditEnd) continue;
    const oldPos = pos - delta;
    while (oldIndex < old.length && old[oldIndex]!.next < oldPos) oldIndex++;
    if (oldIndex < old.length && old[oldIndex]!.next === oldPos) {
      // From here on the old sentences return, shifted. They belong to this analyzer alone, so they move in place
      // instead of being copied on every keystroke.
      for (let k = oldIndex + 1; k < old.length && delta !== 0; k++) {
        const o = old[k]!;
        o.start += delta;
        o.end += delta;
        o.next += delta;
        o.seen += delta;
      }
      old.splice(keep, oldIndex + 1 - keep, ...middle);
      return old;
    }
  }
}

function assemble(sentences: readonly AnalysedSentence[]): Analysis {
  const findings: Finding[] = [];
  const kind: KindFinding[] = [];
  const crisisSpans: CrisisSpan[] = [];
  const pairs = crisisAcrossSentences(sentences);
  // Crisis anywhere in the text: resources, and no rephrasing of any of it.
  let inCrisis = pairs !== null;
  const parts = new Set<CompassionPart>();
  for (const s of sentences) {
    if (s.result.crisis) inCrisis = true;
    for (const part of s.result.parts) parts.add(part);
  }
  for (let i = 0; i < sentences.length; i++) {
    const s = sentences[i]!;
    const r = s.result;
    const pair = pairs?.get(i);
    if (r.findings.length === 0 && r.kind.length === 0 && !r.crisis && !pair) continue;
    for (const f of placedFindings(s, inCrisis)) findings.push(f);
    for (const k of r.kind) kind.push({ ...k, start: k.start + s.start, end: k.end + s.start });
    if (r.crisis)
      crisisSpans.push({
        ...r.crisis,
        start: r.crisis.start + s.start,
        end: r.crisis.end + s.start,
      });
    if (pair) crisisSpans.push(pair);
  }
  crisisSpans.sort((a, b) => a.start - b.start || a.end - b.end);
  return {
    findings,
    kind,
    crisis: inCrisis,
    ...(inCrisis
      ? { crisisLevel: crisisSpans.some((c) => c.level === 'clear') ? 'clear' : 'possible' }
      : {}),
    crisisSpans,
    parts: unionOfParts([parts]),
  };
}

/**
 * A sentence's findings at its place in the text. Typing moves only the sentences after the edit, so the others
 * keep the objects they had: a keystroke in a long text does not rebuild every finding in it.
 */
function placedFindings(s: AnalysedSentence, inCrisis: boolean): Finding[] {
  if (s.placed && s.placedAt === s.start && s.placedInCrisis === inCrisis) return s.placed;
  s.placed = s.result.findings.map((f) =>
    findingAt(f, s.start, s.start, s.end, () => (inCrisis ? [] : f.suggestions)),
  );
  s.placedAt = s.start;
  s.placedInCrisis = inCrisis;
  return s.placed;
}

/**
 * Crisis said over two neighbouring sentences, neither of which is crisis alone: keyed by the first sentence's
 * index, spanning both. Only sentences that kept their features (a crisis score above the pair floor) are paired.
 */
function crisisAcrossSentences(
  sentences: readonly AnalysedSentence[],
): Map<number, CrisisSpan> | null {
  let out: Map<number, CrisisSpan> | null = null;
  for (let i = 0; i + 1 < sentences.length; i++) {
    const a = sentences[i]!;
    const b = sentences[i + 1]!;
    if (a.result.crisis || b.result.crisis) continue;
    const ha = a.result.crisisFeatures;
    const hb = b.result.crisisFeatures;
    if (!ha || !hb) continue;
    const both = pairVector(ha, hb);
    if (crisisScore(both) < THRESHOLDS.crisis.clear) continue;
    const light = a.result.lightTone || b.result.lightTone;
    const level = light && possibleCrisisScore(both) >= 0.5 ? 'possible' : 'clear';
    (out ??= new Map()).set(i, { start: a.start, end: b.end, rule: 'crisis/learned-pair', level });
    i++;
  }
  return out;
}
