/**
 * Counts only, batched: the content script never sends text to the background. Each batch has its own id;
 * a batch that got no answer (the service worker stopped mid-way, "message channel closed") is sent again
 * with the same id, and the background counts an id once. So a count is neither lost nor doubled.
 */
import { MAX_EVENTS_PER_MESSAGE } from '@/lib/messaging/protocol';
import type { StatEvent } from '@/lib/storage/schema';
import { sendToBackground } from './messaging';

const FLUSH_AFTER_MS = 4_000;
const RETRY_AFTER_MS = [250, 1_000, 3_000, 10_000, 30_000];

/**
 * A private (incognito) window keeps no history, so nothing is counted there. Checked here, in the
 * tab itself: a batch sent as a private tab closes can reach the background with no tab to tell.
 */
const inPrivateWindow = (): boolean =>
  (globalThis as { chrome?: { extension?: { inIncognitoContext?: boolean } } }).chrome?.extension
    ?.inIncognitoContext === true;

export interface StatsSender {
  (data: { events: StatEvent[]; batch: string }): Promise<unknown>;
}

export function newBatchId(): string {
  return crypto.randomUUID();
}

export function createStatsQueue(
  signal: AbortSignal,
  send: StatsSender = (data) => sendToBackground('recordStats', data),
  flushAfterMs = FLUSH_AFTER_MS,
) {
  let queue: StatEvent[] = [];
  let timer: ReturnType<typeof setTimeout> | undefined;
  const unanswered = new Map<string, StatEvent[]>();

  const deliver = (batch: string, events: StatEvent[], attempt: number) => {
    unanswered.set(batch, events);
    send({ events, batch }).then(
      () => unanswered.delete(batch),
      () => {
        const wait = RETRY_AFTER_MS[attempt];
        if (signal.aborted || wait === undefined) return;
        setTimeout(() => {
          if (unanswered.has(batch)) deliver(batch, events, attempt + 1);
        }, wait);
      },
    );
  };

  const flush = () => {
    clearTimeout(timer);
    timer = undefined;
    if (queue.length === 0) return;
    const events = queue;
    queue = [];
    // The background refuses a longer message whole: a long paste full of findings goes in several batches.
    for (let from = 0; from < events.length; from += MAX_EVENTS_PER_MESSAGE)
      deliver(newBatchId(), events.slice(from, from + MAX_EVENTS_PER_MESSAGE), 0);
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
      timer ??= setTimeout(flush, flushAfterMs);
    },
    flush,
    /** Batches sent and not yet answered. */
    pending: () => unanswered.size,
  };
}

export type StatsQueue = ReturnType<typeof createStatsQueue>;
