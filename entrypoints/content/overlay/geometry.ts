/** Where the leaf and the card go, in viewport coordinates. Neither ever covers the words. */
import type { MarkBox } from '@/components/card/Layer';

export const INDICATOR_SIZE = 24;
export const CARD_WIDTH = 340;
const GAP = 6;
const EDGE = 8;

interface Viewport {
  width: number;
  height: number;
}

/**
 * Beside the field's bottom-right corner, outside the text: to its right, else just below it, else just
 * above it. Only a field that fills the whole viewport gets the leaf inside, in its bottom-right corner.
 */
export function indicatorPosition(
  field: DOMRect,
  viewport: Viewport = { width: innerWidth, height: innerHeight },
): { left: number; top: number } {
  const size = INDICATOR_SIZE;
  const bottomAligned = Math.round(Math.min(field.bottom, viewport.height) - size);
  if (field.right + GAP + size <= viewport.width - 2)
    return { left: Math.round(field.right + GAP), top: Math.max(2, bottomAligned) };
  const left = Math.round(Math.min(field.right, viewport.width - 2) - size);
  if (field.bottom + GAP + size <= viewport.height - 2)
    return { left, top: Math.round(field.bottom + GAP) };
  if (field.top - GAP - size >= 2) return { left, top: Math.round(field.top - GAP - size) };
  return { left: left - 14, top: bottomAligned - 8 };
}

export interface CardSpot {
  left: number;
  top: number;
  maxHeight: number;
}

/**
 * The side with room for the whole card: below the words, above them, or beside them. When no side has
 * room for all of it, the roomier of below and above, capped (the card's wordings scroll; its actions
 * stay in view). Always inside the viewport, never over the words.
 */
export function cardPosition(anchor: MarkBox, viewport: Viewport, height = 330): CardSpot {
  const width = Math.min(CARD_WIDTH, viewport.width - 2 * EDGE);
  const clampLeft = (left: number) =>
    Math.round(Math.min(Math.max(EDGE, left), Math.max(EDGE, viewport.width - width - EDGE)));
  const clampTop = (top: number) =>
    Math.round(Math.min(Math.max(EDGE, top), Math.max(EDGE, viewport.height - height - EDGE)));
  const below = anchor.top + anchor.height + GAP;
  const roomBelow = viewport.height - below - EDGE;
  const roomAbove = anchor.top - GAP - EDGE;
  const full = viewport.height - 2 * EDGE;
  if (height <= roomBelow)
    return {
      left: clampLeft(anchor.left),
      top: Math.round(below),
      maxHeight: Math.floor(roomBelow),
    };
  if (height <= roomAbove)
    return {
      left: clampLeft(anchor.left),
      top: Math.round(anchor.top - GAP - height),
      maxHeight: Math.floor(roomAbove),
    };
  const right = anchor.left + anchor.width + GAP;
  const besideRight = right + width <= viewport.width - EDGE;
  const leftSide = anchor.left - GAP - width;
  const besideLeft = leftSide >= EDGE;
  const beside = besideRight ? Math.round(right) : besideLeft ? Math.round(leftSide) : null;
  if (beside !== null && height <= full)
    return { left: beside, top: clampTop(anchor.top - height / 2), maxHeight: full };
  // No side has room for all of it: the roomiest side, capped.
  const roomBeside = beside === null ? 0 : full;
  if (roomBeside > Math.max(roomBelow, roomAbove))
    return { left: beside!, top: EDGE, maxHeight: full };
  if (roomBelow >= roomAbove)
    return {
      left: clampLeft(anchor.left),
      top: Math.round(below),
      maxHeight: Math.floor(roomBelow),
    };
  const capped = Math.floor(roomAbove);
  return {
    left: clampLeft(anchor.left),
    top: Math.round(anchor.top - GAP - capped),
    maxHeight: capped,
  };
}

export function contains(box: MarkBox, x: number, y: number, slop = 2): boolean {
  return (
    x >= box.left - slop &&
    x <= box.left + box.width + slop &&
    y >= box.top - slop &&
    y <= box.top + box.height + slop
  );
}
