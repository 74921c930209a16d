/**
 * Everything the engine finds in one sentence, as a pure function of the sentence's text. Offsets are relative to
 * the sentence; options (sensitivity, disabled categories, suggestions) are applied later.
 */
import { detectCrisis } from '../crisis/index';
import type { CategoryId, Severity } from './types';
import { matchPatterns, parseFor } from './nlp';
import { normalizeSentence, toOriginalRange } from './normalize';
import { speaksInFirstPerson, wordsOf } from './prefilter';
import { RULEBOOK, type CompiledRuleFile } from './rulebook';
import {
  clampSeverity,
  clauseBefore,
  intensified,
  isQuestion,
  isRhetoricalSelfAttack,
  negatedInside,
  opensClause,
  quotedFromSomeoneElse,
  hedgedOrApologised,
  statedStake,
  rejected,
  reportedSpeech,
  thoughtNamedFrom,
  usedAsIntensifier,
} from './context';

export interface RawFinding {
  category: CategoryId | 'kind';
  start: number;
  end: number;
  severity: Severity;
  rule: string;
  explanation: string;
  /** From a weak rule: kept only when the scorer agrees (see RulePattern.weak). */
  weak?: boolean;
}

export interface SentenceDetection {
  findings: RawFinding[];
  crisis: { start: number; end: number; rule: string } | null;
}

const NOTHING: SentenceDetection = Object.freeze({
  findings: [],
  crisis: null,
}) as SentenceDetection;

export function detectSentence(sentence: string): SentenceDetection {
  const crisis = safeCrisis(sentence);
  const findings = detectTraps(sentence);
  if (!crisis && findings.length === 0) return NOTHING;
  return { findings, crisis };
}

function safeCrisis(sentence: string): SentenceDetection['crisis'] {
  const m = detectCrisis(sentence);
  if (!m) return null;
  const start = Math.max(0, Math.min(sentence.length, m.start));
  const end = Math.max(start, Math.min(sentence.length, m.end));
  return { start, end, rule: m.rule };
}

const hasAny = (present: ReadonlySet<string>, wanted: ReadonlySet<string>): boolean => {
  const [small, large] = present.size <= wanted.size ? [present, wanted] : [wanted, present];
  for (const w of small) if (large.has(w)) return true;
  return false;
};

interface Candidate {
  file: CompiledRuleFile['file'];
  rule: CompiledRuleFile['patterns'][number]['rule'];
  compiled: CompiledRuleFile['patterns'][number]['compiled'];
  needsTags: boolean;
  anchors: readonly ReadonlySet<string>[];
  /** Position in the rulebook, so candidates keep the rulebook's order. */
  order: number;
}

/**
 * Every pattern, indexed by the words of its smallest anchor set: a sentence only looks at the patterns one of its
 * words can open, instead of testing every pattern's anchors against every sentence.
 */
const PATTERN_INDEX = (() => {
  const byWord = new Map<string, Candidate[]>();
  const unanchored: Candidate[] = [];
  let order = 0;
  for (const f of RULEBOOK)
    for (const p of f.patterns) {
      const c: Candidate = { file: f.file, ...p, order: order++ };
      const key = [...p.anchors].sort((a, b) => a.size - b.size)[0];
      if (!key) unanchored.push(c);
      else for (const w of key) byWord.set(w, [...(byWord.get(w) ?? []), c]);
    }
  return { byWord, unanchored };
})();

/**
 * The patterns worth handing to compromise: each needs one word of every anchor set in the sentence, and a
 * first-person sentence unless its form is self-directed already.
 */
function candidatePatterns(present: ReadonlySet<string>, firstPerson: boolean): Candidate[] {
  const seen = new Set<Candidate>(PATTERN_INDEX.unanchored);
  for (const w of present) for (const c of PATTERN_INDEX.byWord.get(w) ?? []) seen.add(c);
  const out: Candidate[] = [];
  for (const c of seen) {
    if (!firstPerson && !c.rule.selfImplied) continue;
    if (!c.anchors.every((set) => hasAny(present, set))) continue;
    out.push(c);
  }
  return out.sort((a, b) => a.order - b.order);
}

const wordCountBefore = (lower: string, index: number): number =>
  (lower.slice(0, index).match(/[a-z0-9']+/g) ?? []).length;

function detectTraps(sentence: string): RawFinding[] {
  const words = wordsOf(sentence);
  const firstPerson = speaksInFirstPerson(words);
  const present = new Set(words);
  const owners = candidatePatterns(present, firstPerson);
  if (owners.length === 0) return [];

  const norm = normalizeSentence(sentence);
  const lower = norm.text.toLowerCase();
  const matches = matchPatterns(
    norm.text,
    owners.map((o) => o.compiled),
    parseFor(
      norm.text,
      owners.some((o) => o.needsTags),
    ),
  );
  const thoughtFrom = thoughtNamedFrom(lower);
  const question = isQuestion(lower);
  const rhetorical = question && isRhetoricalSelfAttack(lower);

  const found: RawFinding[] = [];
  for (const m of matches) {
    const { file, rule } = owners[m.pattern]!;
    if (!rule.negationIsPart && negatedInside(m.terms)) continue;
    const before = clauseBefore(lower, m.start);
    if (rejected(before, lower.slice(m.end)) || m.start >= thoughtFrom) continue;
    if (file.category !== 'kind' && statedStake(before)) continue;
    if (
      rule.yieldsToHedge &&
      hedgedOrApologised(lower.slice(0, m.start), before, lower.slice(m.start, m.end))
    )
      continue;
    if (usedAsIntensifier(m.terms, lower.slice(m.end))) continue;
    if (rule.clauseInitial && !opensClause(before)) continue;
    if (!rule.aboutOthersView && reportedSpeech(before)) continue;
    if (quotedFromSomeoneElse(lower, m.start)) continue;
    let severity: number = rule.severity;
    if (file.category !== 'kind' && intensified(m.terms, lower.slice(m.start, m.end))) severity++;
    // Only the question's own words are softened, not self-talk embedded deeper in a long question.
    if (question && !rhetorical && !rule.questionIsPart && wordCountBefore(lower, m.start) <= 6)
      severity--;
    const [start, end] = toOriginalRange(norm, m.start, m.end);
    found.push({
      category: file.category,
      start,
      end,
      severity: clampSeverity(severity),
      rule: `${file.category}/${rule.id}`,
      explanation: file.explanation,
      ...(rule.weak ? { weak: true } : {}),
    });
  }
  return dedupe(found);
}

/**
 * One finding per category per overlapping stretch: the spans merge, and the most severe rule names it
 * (ties go to the earlier, longer match).
 */
function dedupe(found: RawFinding[]): RawFinding[] {
  found.sort((a, b) => a.start - b.start || b.end - a.end || a.rule.localeCompare(b.rule));
  const kept: RawFinding[] = [];
  for (const f of found) {
    const at = kept.findIndex(
      (k) => k.category === f.category && f.start < k.end && k.start < f.end,
    );
    if (at < 0) {
      kept.push(f);
      continue;
    }
    const k = kept[at]!;
    const lead = f.severity > k.severity ? f : k;
    kept[at] = { ...lead, start: Math.min(k.start, f.start), end: Math.max(k.end, f.end) };
  }
  return kept.sort((a, b) => a.start - b.start || a.end - b.end || a.rule.localeCompare(b.rule));
}
