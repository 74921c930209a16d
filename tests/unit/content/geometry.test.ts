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
      'room on neither side: the roomier side, capped',
      word(400),
      600,
      (p: { top: number; maxHeight: number }) => p.top >= 420 && p.top + p.maxHeight <= 800,
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

test('the indicator sits inside the field, by its bottom-right corner', () => {
  const field = new DOMRect(100, 100, 400, 200);
  const { left, top } = indicatorPosition(field);
  expect(left + 24).toBeLessThanOrEqual(500);
  expect(left).toBeGreaterThan(450);
  expect(top + 24).toBeLessThanOrEqual(300);
  expect(top).toBeGreaterThan(250);
});
