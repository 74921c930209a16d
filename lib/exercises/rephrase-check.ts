/**
 * Turns the engine's analysis of a user's rephrase into exercise feedback: still harsh or not,
 * which traps remain, and which parts of self-compassion are present.
 */
import type { Analysis, CategoryId, CompassionPart } from '../engine/types';
import { compassionPartsIn } from './compassion-parts';

export type RephraseFeedback =
  | { kind: 'crisis' }
  | { kind: 'checked'; harsh: boolean; traps: CategoryId[]; parts: CompassionPart[] };

export function rephraseFeedback(text: string, analysis: Analysis): RephraseFeedback {
  if (analysis.crisis) return { kind: 'crisis' };
  const traps = [...new Set(analysis.findings.map((finding) => finding.category))];
  return { kind: 'checked', harsh: traps.length > 0, traps, parts: compassionPartsIn(text) };
}
