/** Pure helpers for the hand-made charts: a readable axis maximum and its ticks. */

/** The smallest "nice" number (1, 2, 5 × 10^n) at or above the largest value; at least 1. */
export function niceMax(values: readonly number[]): number {
  const max = Math.max(0, ...values.filter(Number.isFinite));
  if (max <= 1) return 1;
  const magnitude = 10 ** Math.floor(Math.log10(max));
  for (const step of [1, 2, 5, 10]) {
    if (step * magnitude >= max) return step * magnitude;
  }
  return 10 * magnitude;
}

/** Evenly spaced whole-number ticks from 0 to `max`, at most `count + 1` of them. */
export function ticks(max: number, count = 4): number[] {
  const step = Math.max(1, Math.ceil(max / count));
  const result: number[] = [];
  for (let value = 0; value <= max; value += step) result.push(value);
  if (result[result.length - 1] !== max) result.push(max);
  return result;
}

/** Length of a bar for `value` on an axis of `length` pixels that ends at `max`. */
export function barLength(value: number, max: number, length: number): number {
  if (!(max > 0) || !(value > 0)) return 0;
  return (Math.min(value, max) / max) * length;
}
