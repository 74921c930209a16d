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

async function writeStats(history: StatsHistory): Promise<void> {
  await storage.setItems([
    { key: statsItem.key, value: history },
    { key: `${statsItem.key}$`, value: { v: 1 } },
  ]);
}

/** Adds validated events to today's bucket (local day of `now`) and prunes old days. */
export function recordStatEvents(
  events: StatEvent[],
  now: number = Date.now(),
  timeZone?: string,
): Promise<void> {
  return serially(async () => {
    const today = dayKeyOf(now, timeZone);
    await writeStats(pruneHistory(addEvents(await readStats(), today, events), today));
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
