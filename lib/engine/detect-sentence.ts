/**
 * Everything the engine finds in one sentence, as a pure function of the sentence's text. Offsets are relative to
 * the sentence; options (sensitivity, disabled categories, suggestions) are applied later.
 */
import { detectCrisis } from '../crisis/index';
import type { CategoryId, Severity } from './types';
import { matchPatterns } from './nlp';
import { normalizeSentence, toOriginalRange } from './normalize';
import { speaksInFirstPerson, triggeredLists, wordsOf } from './prefilter';
import { RULEBOOK, TRIGGER_SETS } from './rulebook';
import {
  clampSeverity,
  clauseBefore,
  intensified,
  isQuestion,
  isRhetoricalSelfAttack,
  negatedInside,
  quotedFromSomeoneElse,
  rejected,
  reportedSpeech,
} from './context';

export interface RawFinding {
  category: CategoryId | 'kind';
  start: number;
  end: number;
  severity: Severity;
  rule: string;
  explanation: string;
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

function detectTraps(sentence: string): RawFinding[] {
  const words = wordsOf(sentence);
  const firstPerson = speaksInFirstPerson(words);
  const files = triggeredLists(words, TRIGGER_SETS).map((i) => RULEBOOK[i]!);
  const owners = files.flatMap((f) =>
    f.patterns
      .filter(
        (p) =>
          (firstPerson || p.rule.selfImplied) &&
          (!p.anchors || words.some((w) => p.anchors!.has(w))),
      )
      .map((p) => ({ file: f.file, rule: p.rule, compiled: p.compiled })),
  );
  if (owners.length === 0) return [];

  const norm = normalizeSentence(sentence);
  const lower = norm.text.toLowerCase();
  const matches = matchPatterns(
    norm.text,
    owners.map((o) => o.compiled),
  );
  const question = isQuestion(lower);
  const rhetorical = question && isRhetoricalSelfAttack(lower);

  const found: RawFinding[] = [];
  for (const m of matches) {
    const { file, rule } = owners[m.pattern]!;
    if (!rule.negationIsPart && negatedInside(m.terms)) continue;
    const before = clauseBefore(lower, m.start);
    if (rejected(before, lower.slice(m.end))) continue;
    if (!rule.aboutOthersView && reportedSpeech(before)) continue;
    if (quotedFromSomeoneElse(lower, m.start)) continue;
    let severity: number = rule.severity;
    if (file.category !== 'kind' && intensified(m.terms, lower.slice(m.start, m.end))) severity++;
    if (question && !rhetorical && !rule.questionIsPart) severity--;
    const [start, end] = toOriginalRange(norm, m.start, m.end);
    found.push({
      category: file.category,
      start,
      end,
      severity: clampSeverity(severity),
      rule: `${file.category}/${rule.id}`,
      explanation: file.explanation,
    });
  }
  return dedupe(found);
}

/** One finding per category per overlapping span: the most severe, then the longest, then the first rule. */
function dedupe(found: RawFinding[]): RawFinding[] {
  found.sort((a, b) => a.start - b.start || b.end - a.end || a.rule.localeCompare(b.rule));
  const kept: RawFinding[] = [];
  for (const f of found) {
    const clash = kept.findIndex(
      (k) => k.category === f.category && f.start < k.end && k.start < f.end,
    );
    if (clash < 0) kept.push(f);
    else if (f.severity > kept[clash]!.severity)
      kept[clash] = { ...f, start: kept[clash]!.start, end: Math.max(f.end, kept[clash]!.end) };
  }
  return kept.sort((a, b) => a.start - b.start || a.end - b.end || a.rule.localeCompare(b.rule));
}
