import { useRef, useState } from 'preact/hooks';
import type { Offer } from '../../lib/engine/suggestions';
import type { AnalyzeOptions } from '../../lib/engine/types';
import { replaceInTextarea } from './apply';
import type { EngineModule } from './engine';
import { useAnalysis, useDebounced } from './useAnalysis';

/**
 * A textarea whose text is analysed after a pause, and `use` to apply a suggestion in it as one
 * native edit (Ctrl+Z brings the words back). `use` returns false when the analysis is stale.
 */
export function useTryField(
  options: AnalyzeOptions,
  pauseMs: number,
  load?: () => Promise<EngineModule>,
) {
  const [text, setText] = useState('');
  const field = useRef<HTMLTextAreaElement>(null);
  const settled = useDebounced(text, pauseMs);
  const state = useAnalysis(settled, options, load);

  function use(offer: Offer): boolean {
    const el = field.current;
    if (!el || state.status !== 'ready' || el.value !== state.text) return false;
    replaceInTextarea(el, offer);
    setText(el.value);
    return true;
  }

  return { text, setText, field, state, use };
}
