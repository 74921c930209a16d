import { useEffect, useState } from 'preact/hooks';
import type { Offer } from '../../lib/engine/suggestions';
import type { Analysis, AnalyzeOptions } from '../../lib/engine/types';
import { loadEngine, type EngineModule } from './engine';

/** One text's analysis, ready to show. */
export interface AnalysedText {
  /** Exactly the analysed string (offsets point into it). */
  text: string;
  analysis: Analysis;
  /** `offers[i]`: the suggestions of `analysis.findings[i]`, each with the exact range it replaces. */
  offers: Offer[][];
}

export type AnalysisState =
  | { status: 'idle' }
  | { status: 'loading' }
  | ({ status: 'ready' } & AnalysedText)
  | { status: 'error' };

/**
 * Analyses `text` whenever it changes (empty text: idle). The engine loads on the first non-empty
 * text. `load` is injectable for tests. A late result for an older text is dropped.
 */
export function useAnalysis(
  text: string,
  options: AnalyzeOptions,
  load: () => Promise<EngineModule> = loadEngine,
): AnalysisState {
  const [state, setState] = useState<AnalysisState>({ status: 'idle' });
  const optionsKey = JSON.stringify(options);
  useEffect(() => {
    if (!text.trim()) {
      setState({ status: 'idle' });
      return;
    }
    let current = true;
    setState((previous) => (previous.status === 'ready' ? previous : { status: 'loading' }));
    load()
      .then((engine) => {
        if (!current) return;
        const analysis = engine.analyze(text, options);
        const offers = analysis.findings.map((finding) => engine.offersFor(finding, text));
        setState({ status: 'ready', text, analysis, offers });
      })
      .catch(() => {
        if (current) setState({ status: 'error' });
      });
    return () => {
      current = false;
    };
    // options are compared by value (optionsKey), so a new object with the same values does not re-run.
  }, [text, optionsKey, load]);
  return state;
}

/** `value` after it has stayed the same for `delayMs` (the timer is cleared on change and unmount). */
export function useDebounced<T>(value: T, delayMs: number): T {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(value), delayMs);
    return () => clearTimeout(timer);
  }, [value, delayMs]);
  return settled;
}
