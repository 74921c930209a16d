/**
 * Turns the engine's analysis of a person's own words into exercise feedback: still harsh or not, which traps
 * remain, which parts of self-compassion are present (with the words that showed them), and one overall verdict
 * that is derived from those, so the verdict and the parts can never contradict each other.
 */
import type { Analysis, CategoryId, CompassionPart } from '../engine/types';
import { compassionPartsIn, partEvidence } from './compassion-parts';

/**
 * - harsh: some words still sound harsh;
 * - kind: nothing harsh, and two or more parts are present;
 * - one_part: nothing harsh, one part present;
 * - no_parts: nothing harsh, but no part shows yet.
 */
export type Verdict = 'harsh' | 'kind' | 'one_part' | 'no_parts';

export interface CheckedFeedback {
  kind: 'checked';
  harsh: boolean;
  traps: CategoryId[];
  parts: CompassionPart[];
  evidence: Partial<Record<CompassionPart, string[]>>;
  verdict: Verdict;
}

export type RephraseFeedback = { kind: 'crisis' } | CheckedFeedback;

export function verdictFor(harsh: boolean, parts: readonly CompassionPart[]): Verdict {
  if (harsh) return 'harsh';
  if (parts.length >= 2) return 'kind';
  return parts.length === 1 ? 'one_part' : 'no_parts';
}

export function rephraseFeedback(text: string, analysis: Analysis): RephraseFeedback {
  if (analysis.crisis) return { kind: 'crisis' };
  const traps = [...new Set(analysis.findings.map((finding) => finding.category))];
  const parts = analysis.parts ?? compassionPartsIn(text);
  const harsh = traps.length > 0;
  return {
    kind: 'checked',
    harsh,
    traps,
    parts,
    evidence: partEvidence(text),
    verdict: verdictFor(harsh, parts),
  };
}
