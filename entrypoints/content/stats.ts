/** Counts only, batched: the content script never sends text to the background. */
import type { StatEvent } from '@/lib/storage/schema';
import { sendToBackground } from './messaging';

const FLUSH_AFTER_MS = 4_000;

/**
 * A private (incognito) window keeps no history, so nothing is counted there. Checked here, in the
 * tab itself: a batch sent as a private tab closes can reach the background with no tab to tell.
 */
const inPrivateWindow = (): boolean =>
  (globalThis as { chrome?: { extension?: { inIncognitoContext?: boolean } } }).chrome?.extension
    ?.inIncognitoContext === true;

export function createStatsQueue(signal: AbortSignal) {
  let queue: StatEvent[] = [];
  let timer: ReturnType<typeof setTimeout> | undefined;

  const flush = () => {
    clearTimeout(timer);
    timer = undefined;
    if (queue.length === 0) return;
    const events = queue;
    queue = [];
    void sendToBackground('recordStats', { events }).catch(() => undefined);
  };
  addEventListener('pagehide', flush, { signal });
  document.addEventListener(
    'visibilitychange',
    () => document.visibilityState === 'hidden' && flush(),
    { signal },
  );
  signal.addEventListener('abort', () => clearTimeout(timer));

  return {
    record(event: StatEvent) {
      if (inPrivateWindow()) return;
      const { kind, category, severity } = event;
      queue.push(category ? { kind, category, ...(severity ? { severity } : {}) } : { kind });
      timer ??= setTimeout(flush, FLUSH_AFTER_MS);
    },
    flush,
  };
}

export type StatsQueue = ReturnType<typeof createStatsQueue>;
