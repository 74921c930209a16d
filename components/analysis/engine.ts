/** The engine, loaded on first use only, so pages that may never analyse anything open fast. */
import type { Analysis, AnalyzeOptions } from '../../lib/engine/types';

export interface EngineModule {
  analyze(text: string, options?: AnalyzeOptions): Analysis;
}

let pending: Promise<EngineModule> | null = null;

export function loadEngine(): Promise<EngineModule> {
  pending ??= import('../../lib/engine').catch((error: unknown) => {
    pending = null;
    throw error;
  });
  return pending;
}
