import { describe, expect, test } from 'vitest';
import { barLength, valueAxis } from '../../../components/charts/scale';

describe('valueAxis', () => {
  test.each([
    [[], { max: 1, ticks: [0, 1] }],
    [[0, 0], { max: 1, ticks: [0, 1] }],
    [[1], { max: 1, ticks: [0, 1] }],
    [[3], { max: 3, ticks: [0, 1, 2, 3] }],
    [[5, 2], { max: 6, ticks: [0, 2, 4, 6] }],
    [[8], { max: 8, ticks: [0, 2, 4, 6, 8] }],
    [[22], { max: 30, ticks: [0, 10, 20, 30] }],
    [[97], { max: 100, ticks: [0, 50, 100] }],
    [[Number.NaN, 4], { max: 4, ticks: [0, 1, 2, 3, 4] }],
  ])('%j', (values, axis) => {
    expect(valueAxis(values)).toEqual(axis);
  });

  test('the axis always covers the largest value with at most a few ticks', () => {
    for (let value = 1; value <= 1000; value += 7) {
      const { max, ticks } = valueAxis([value]);
      expect(max).toBeGreaterThanOrEqual(value);
      expect(ticks.length).toBeLessThanOrEqual(7);
      expect(ticks.at(-1)).toBe(max);
    }
  });
});

test('barLength is proportional, clamped, and zero for nothing', () => {
  expect(barLength(5, 10, 200)).toBe(100);
  expect(barLength(20, 10, 200)).toBe(200);
  expect(barLength(0, 10, 200)).toBe(0);
  expect(barLength(3, 0, 200)).toBe(0);
  expect(barLength(-1, 10, 200)).toBe(0);
});
