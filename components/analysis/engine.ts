/** The engine, loaded on first use only, so pages that may never analyse anything open fast. */
import type { Offer } from '../../lib/engine/suggestions';
import type { Analysis, AnalyzeOptions, Finding } from '../../lib/engine/types';

export interface EngineModule {
  analyze(text: string, options?: AnalyzeOptions): Analysis;
  /** A finding's suggestions placed in `text`: exactly the range each replaces (lib/engine/suggestions.ts). */
  offersFor(finding: Finding, text: string): Offer[];
}

let pending: Promise<EngineModule> | null = null;

export function loadEngine(): Promise<EngineModule> {
  pending ??= import('../../lib/engine').catch((error: unknown) => {
    pending = null;
    throw error;
  });
  return pending;
}
