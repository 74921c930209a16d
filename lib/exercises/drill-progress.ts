/**
 * What the drills remember across sessions, counts and drill ids only (never anything typed): per trap, how often it
 * came up and how often it was spotted; and the drills whose trap was mislabelled, to bring them back.
 */
import { CATEGORY_IDS, type CategoryId } from '../engine/types';
import type { Drill, TrapVerdict } from './drills';

export interface TrapProgress {
  tries: number;
  /** Picked the trap the thought shows most, or one it also fits. */
  spotted: number;
}

export interface DrillProgress {
  traps: Partial<Record<CategoryId, TrapProgress>>;
  /** Drill ids to bring back, oldest first. */
  review: string[];
}

export const MAX_REVIEW = 12;

export const emptyDrillProgress = (): DrillProgress => ({ traps: {}, review: [] });

const count = (value: unknown) =>
  typeof value === 'number' && Number.isFinite(value) && value >= 0 ? Math.floor(value) : 0;

/** Any stored value as progress; malformed parts are dropped, never thrown on. */
export function parseDrillProgress(value: unknown): DrillProgress {
  if (typeof value !== 'object' || value === null) return emptyDrillProgress();
  const { traps, review } = value as Record<string, unknown>;
  const progress = emptyDrillProgress();
  if (typeof traps === 'object' && traps !== null) {
    for (const trap of CATEGORY_IDS) {
      const entry = (traps as Record<string, unknown>)[trap];
      if (typeof entry !== 'object' || entry === null) continue;
      const { tries, spotted } = entry as Record<string, unknown>;
      const t = count(tries);
      if (t > 0) progress.traps[trap] = { tries: t, spotted: Math.min(t, count(spotted)) };
    }
  }
  if (Array.isArray(review)) {
    progress.review = [
      ...new Set(review.filter((id): id is string => typeof id === 'string' && id.length < 40)),
    ].slice(-MAX_REVIEW);
  }
  return progress;
}

/** The progress after one answer: a mislabelled drill joins the review list, a spotted one leaves it. */
export function recordDrillAnswer(
  progress: DrillProgress,
  drill: Drill,
  verdict: TrapVerdict,
): DrillProgress {
  const spotted = verdict !== 'other';
  const before = progress.traps[drill.trap] ?? { tries: 0, spotted: 0 };
  const review = progress.review.filter((id) => id !== drill.id);
  if (!spotted) review.push(drill.id);
  return {
    traps: {
      ...progress.traps,
      [drill.trap]: { tries: before.tries + 1, spotted: before.spotted + (spotted ? 1 : 0) },
    },
    review: review.slice(-MAX_REVIEW),
  };
}
