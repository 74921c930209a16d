/** Pure helpers for the hand-made charts: a readable value axis and bar lengths. */

export interface Axis {
  /** The axis end: a whole multiple of `step`, at or above the largest value; at least 1. */
  max: number;
  /** 0, step, 2·step … max. */
  ticks: number[];
}

/** A whole-number axis with about `count` evenly spaced steps of 1, 2 or 5 × 10ⁿ. */
export function valueAxis(values: readonly number[], count = 4): Axis {
  const largest = Math.max(0, ...values.filter(Number.isFinite));
  if (largest <= 0) return { max: 1, ticks: [0, 1] };
  const rough = largest / count;
  const magnitude = 10 ** Math.floor(Math.log10(Math.max(rough, 1)));
  const step = Math.max(
    1,
    [1, 2, 5, 10].map((m) => m * magnitude).find((s) => s >= rough)!,
  );
  const max = Math.ceil(largest / step) * step;
  const ticks: number[] = [];
  for (let value = 0; value <= max; value += step) ticks.push(value);
  return { max, ticks };
}

/** Length of a bar for `value` on an axis of `length` pixels that ends at `max`. */
export function barLength(value: number, max: number, length: number): number {
  if (!(max > 0) || !(value > 0)) return 0;
  return (Math.min(value, max) / max) * length;
}
