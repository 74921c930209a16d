/** The drills' progress across sessions (counts and drill ids only), in `local:drillProgress`. Deleted with all data. */
import { storage } from '@wxt-dev/storage';
import {
  parseDrillProgress,
  recordDrillAnswer,
  type DrillProgress,
} from '../exercises/drill-progress';
import type { Drill, TrapVerdict } from '../exercises/drills';

export const drillProgressItem = storage.defineItem<unknown>('local:drillProgress', {
  fallback: null,
  version: 1,
});

export async function readDrillProgress(): Promise<DrillProgress> {
  try {
    return parseDrillProgress(await drillProgressItem.getValue());
  } catch {
    return parseDrillProgress(null);
  }
}

let queue: Promise<unknown> = Promise.resolve();

/** Adds one answer; answers given quickly one after another all count. */
export function saveDrillAnswer(drill: Drill, verdict: TrapVerdict): Promise<DrillProgress> {
  const run = queue.then(async () => {
    const next = recordDrillAnswer(await readDrillProgress(), drill, verdict);
    await drillProgressItem.setValue(next);
    return next;
  });
  queue = run.catch(() => undefined);
  return run;
}
