/**
 * The stats history in `local:stats` (never synced): per local day, counts only. Every write prunes
 * days older than 53 weeks; the background also prunes daily (see lib/background/alarms.ts).
 */
import { storage } from '@wxt-dev/storage';
import { addEvents, pruneHistory, type StatsHistory } from '../stats/buckets';
import { dayKeyOf } from '../stats/days';
import type { StatEvent } from './schema';
import { parseStatsHistory } from './validate-stats';

/** Raw stored value: read it through readStats, which validates. */
export const statsItem = storage.defineItem<unknown, { v: number }>('local:stats', {
  fallback: null,
  version: 1,
});

export async function readStats(): Promise<StatsHistory> {
  try {
    return parseStatsHistory(await statsItem.getValue());
  } catch {
    return {};
  }
}

let queue: Promise<unknown> = Promise.resolve();

/** Runs read-modify-write steps on the history one at a time, so concurrent messages add up. */
function serially<T>(step: () => Promise<T>): Promise<T> {
  const run = queue.then(step);
  queue = run.catch(() => undefined);
  return run;
}

async function writeStats(history: StatsHistory, batches?: string[]): Promise<void> {
  await storage.setItems([
    { key: statsItem.key, value: history },
    { key: `${statsItem.key}$`, value: { v: 1 } },
    ...(batches ? [{ key: recentBatchesItem.key, value: batches }] : []),
  ]);
}

/**
 * The ids of the last batches counted (random ids, no text): a batch whose answer was lost when the worker
 * stopped comes again, and is not counted twice. Written in the same storage call as the counts.
 */
export const recentBatchesItem = storage.defineItem<unknown>('local:statsBatches', {
  fallback: null,
});
const KEEP_BATCHES = 1_000;

async function readRecentBatches(): Promise<string[]> {
  try {
    const value = await recentBatchesItem.getValue();
    return Array.isArray(value) ? value.filter((id): id is string => typeof id === 'string') : [];
  } catch {
    return [];
  }
}

/**
 * Adds validated events to today's bucket (local day of `now`) and prunes old days. A `batch` already
 * counted is skipped.
 */
export function recordStatEvents(
  events: StatEvent[],
  now: number = Date.now(),
  timeZone?: string,
  batch?: string,
): Promise<void> {
  return serially(async () => {
    const today = dayKeyOf(now, timeZone);
    const batches = batch === undefined ? undefined : await readRecentBatches();
    if (batch !== undefined && batches!.includes(batch)) return;
    await writeStats(
      pruneHistory(addEvents(await readStats(), today, events), today),
      batch === undefined ? undefined : [...batches!, batch].slice(-KEEP_BATCHES),
    );
  });
}

export function pruneStoredStats(now: number = Date.now(), timeZone?: string): Promise<void> {
  return serially(async () => {
    const history = await readStats();
    const pruned = pruneHistory(history, dayKeyOf(now, timeZone));
    if (Object.keys(pruned).length !== Object.keys(history).length) await writeStats(pruned);
  });
}

/** Replaces the whole history (import). */
export function replaceStats(history: StatsHistory): Promise<void> {
  return serially(() => writeStats(history));
}

/** Calls back with the validated history whenever it changes; returns the unsubscribe. */
export function watchStats(callback: (history: StatsHistory) => void): () => void {
  return statsItem.watch((value) => callback(parseStatsHistory(value)));
}
