/**
 * The first analysis of a long text runs in slices: the analyzer is fed growing prefixes that end on
 * paragraph (or sentence) boundaries, yielding to the page between slices, so a huge paste never
 * blocks the main thread for long. The analyzer ends up holding the whole text, so later edits are
 * incremental.
 */
import type { Analysis, Analyzer } from '@/lib/engine/types';

/** Below this many characters one update is cheap enough to run at once. */
export const SLICE_THRESHOLD = 6_000;
const BUDGET_MS = 25;

/** A boundary at or after `from`: the end of a paragraph, else of a sentence, else `from`. */
export function boundaryAfter(text: string, from: number): number {
  if (from >= text.length) return text.length;
  const window = text.slice(from, from + 2_000);
  const paragraph = window.indexOf('\n');
  if (paragraph >= 0) return from + paragraph + 1;
  // After the whitespace that follows the full stop, so the prefix ends with a finished sentence.
  const sentence = /[.!?]+\s+/.exec(window);
  if (sentence) return Math.min(text.length, from + sentence.index + sentence[0].length);
  return Math.min(text.length, from + window.length);
}

export function yieldToPage(): Promise<void> {
  return new Promise((resolve) => {
    if (typeof requestIdleCallback === 'function')
      requestIdleCallback(() => resolve(), { timeout: 100 });
    else setTimeout(resolve, 0);
  });
}

/**
 * Runs `analyzer.update(text)` in slices, feeding growing prefixes from `from` (where the text
 * starts to differ from what the analyzer holds); resolves null when `signal` aborts first.
 */
export async function analyzeInSlices(
  analyzer: Analyzer,
  text: string,
  signal: AbortSignal,
  from = 0,
): Promise<Analysis | null> {
  if (text.length - from <= SLICE_THRESHOLD) return analyzer.update(text);
  // The first slice gets a task of its own: it follows the field's first focus (the host being built, the
  // engine's first run) or a big paste (the browser's own work on it), and adding to either makes a long task.
  await yieldToPage();
  if (signal.aborted) return null;
  // The first slice starts small: it meets the engine's cold paths (weights decoded on first use, the first
  // parses); later slices grow while they stay well inside the budget.
  let size = 400;
  let end = from;
  let analysis: Analysis | null = null;
  while (end < text.length) {
    const next = boundaryAfter(text, Math.min(text.length, end + size));
    const started = performance.now();
    analysis = analyzer.update(text.slice(0, next));
    const took = performance.now() - started;
    if (took > BUDGET_MS) size = Math.max(400, Math.floor(size / 2));
    else if (took < BUDGET_MS / 3) size = Math.floor(size * 1.5);
    end = next;
    await yieldToPage();
    if (signal.aborted) return null;
  }
  return analysis;
}
