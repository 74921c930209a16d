import { describe, expect, test } from 'vitest';
import { cardPosition, indicatorPosition } from '../../../entrypoints/content/overlay/geometry';

const viewport = { width: 1000, height: 800 };
const word = (top: number, left = 100) => ({ left, top, width: 80, height: 20 });

describe('cardPosition never covers the flagged words', () => {
  test.each([
    ['room below', word(100), 300, (p: { top: number }) => p.top >= 120],
    [
      'room only above',
      word(700),
      300,
      (p: { top: number; maxHeight: number }) => p.top + 300 <= 700,
    ],
    [
      'room neither above nor below: beside the words, whole',
      word(400),
      600,
      (p: { top: number; left: number; maxHeight: number }) =>
        p.left >= 180 && p.top >= 8 && p.top + 600 <= 800 && p.maxHeight >= 600,
    ],
  ])('%s', (_name, anchor, height, ok) => {
    const position = cardPosition(anchor, viewport, height);
    expect(ok(position)).toBe(true);
  });

  test('kept inside the viewport horizontally', () => {
    expect(cardPosition(word(100, 900), viewport, 300).left).toBeLessThanOrEqual(1000 - 340 - 8);
    expect(cardPosition(word(100, -50), viewport, 300).left).toBe(8);
  });
});

test('the leaf sits beside the field, by its bottom-right corner, never over its text', () => {
  const field = new DOMRect(100, 100, 400, 200);
  const { left, top } = indicatorPosition(field, viewport);
  expect(left).toBeGreaterThanOrEqual(500);
  expect(left + 24).toBeLessThanOrEqual(540);
  expect(top + 24).toBeLessThanOrEqual(300);
  expect(top).toBeGreaterThan(250);
  // A field that reaches the viewport's right edge: just below it instead.
  const wide = indicatorPosition(new DOMRect(0, 100, 1000, 200), viewport);
  expect(wide.top).toBeGreaterThanOrEqual(300);
});

const overlaps = (a: { left: number; top: number; width: number; height: number }, b: typeof a) =>
  a.left < b.left + b.width &&
  b.left < a.left + a.width &&
  a.top < b.top + b.height &&
  b.top < a.top + a.height;

describe('the card fits at every edge of small viewports, and never covers the words', () => {
  const cases = [];
  for (const [width, height] of [
    [800, 600],
    [360, 640],
  ] as const) {
    for (const [edge, anchor] of [
      ['top', { left: width / 2 - 40, top: 10, width: 80, height: 20 }],
      ['bottom', { left: width / 2 - 40, top: height - 30, width: 80, height: 20 }],
      ['left', { left: 4, top: height / 2 - 10, width: 80, height: 20 }],
      ['right', { left: width - 84, top: height / 2 - 10, width: 80, height: 20 }],
    ] as const)
      cases.push({ width, height, edge, anchor });
  }
  test.each(cases)('$width×$height, words at the $edge', ({ width, height, anchor }) => {
    const cardHeight = 280;
    const spot = cardPosition(anchor, { width, height }, cardHeight);
    const box = {
      left: spot.left,
      top: spot.top,
      width: Math.min(340, width - 16),
      height: cardHeight,
    };
    expect(overlaps(box, anchor)).toBe(false);
    expect(box.left).toBeGreaterThanOrEqual(0);
    expect(box.left + box.width).toBeLessThanOrEqual(width);
    expect(box.top).toBeGreaterThanOrEqual(0);
    expect(box.top + box.height).toBeLessThanOrEqual(height);
  });
});
