/**
 * The order of an adaptive drill session: the summary's focus first, drills the person mislabelled before brought
 * back early, then the bank drawn with more weight on the traps they meet most (from stats counts only), without
 * the same trap twice in a row where that can be helped.
 */
import type { CategoryId } from '../engine/types';
import type { Drill } from './drills';

/** Why a drill comes up now, shown to the person so the picks are not a mystery. */
export type PickReason = 'focus' | 'review' | 'frequent' | 'variety';

export interface DrillPick {
  drill: Drill;
  reason: PickReason;
}

export interface AdaptiveInputs {
  /** Harsh counts per trap over the last weeks (from the stats, counts only). */
  trapCounts: Partial<Record<CategoryId, number>>;
  /** Drill ids mislabelled before, oldest first. */
  review: readonly string[];
  /** The summary's suggested trap, if the session was opened from it. */
  focus?: CategoryId;
  /** A number in [0, 1); tests pin it. */
  random?: () => number;
}

/** How much more often the most frequent trap comes up than one never met. */
const MOST_FREQUENT_WEIGHT = 5;
/** Review drills come back at these positions of the session. */
const REVIEW_SLOTS = [0, 2, 4];
/** Traps counted as "met often": the few most frequent ones with any count. */
const FREQUENT_TRAPS = 3;

export function adaptiveDrillOrder(bank: readonly Drill[], inputs: AdaptiveInputs): DrillPick[] {
  const random = inputs.random ?? Math.random;
  const focused = inputs.focus ? bank.filter((drill) => drill.trap === inputs.focus) : [];
  const taken = new Set(focused.map((drill) => drill.id));
  const review = [...inputs.review]
    .reverse()
    .flatMap((id) => bank.filter((drill) => drill.id === id && !taken.has(id)))
    .slice(0, REVIEW_SLOTS.length);
  for (const drill of review) taken.add(drill.id);

  const counts = inputs.trapCounts;
  const largest = Math.max(0, ...Object.values(counts).map((value) => value ?? 0));
  const frequent = new Set(
    (Object.entries(counts) as [CategoryId, number][])
      .filter(([, value]) => value > 0)
      .sort((a, b) => b[1] - a[1])
      .slice(0, FREQUENT_TRAPS)
      .map(([trap]) => trap),
  );
  const weight = (drill: Drill) =>
    largest > 0 ? 1 + (MOST_FREQUENT_WEIGHT - 1) * ((counts[drill.trap] ?? 0) / largest) : 1;
  // Weighted sampling without replacement (Efraimidis–Spirakis): a larger weight tends to an earlier place.
  const drawn = bank
    .filter((drill) => !taken.has(drill.id))
    .map((drill) => ({ drill, key: Math.pow(Math.max(random(), 1e-9), 1 / weight(drill)) }))
    .sort((a, b) => b.key - a.key)
    .map(({ drill }) => drill);
  const rest = spreadTraps(drawn).map((drill): DrillPick => ({
    drill,
    reason: frequent.has(drill.trap) ? 'frequent' : 'variety',
  }));

  const picks: DrillPick[] = rest;
  review.forEach((drill, index) => {
    picks.splice(Math.min(REVIEW_SLOTS[index]!, picks.length), 0, { drill, reason: 'review' });
  });
  return [...focused.map((drill): DrillPick => ({ drill, reason: 'focus' })), ...picks];
}

/** Moves a drill whose trap repeats the one before it to the next place where it does not. */
function spreadTraps(drills: readonly Drill[]): Drill[] {
  const queue = [...drills];
  const result: Drill[] = [];
  while (queue.length) {
    const previous = result[result.length - 1]?.trap;
    const index = queue.findIndex((drill) => drill.trap !== previous);
    result.push(queue.splice(index === -1 ? 0 : index, 1)[0]!);
  }
  return result;
}
