/** Where the indicator and the card go, in viewport coordinates. */
import type { MarkBox } from '@/components/card/Layer';

export const INDICATOR_SIZE = 24;
const CARD_WIDTH = 340;
const GAP = 8;

export function indicatorPosition(field: DOMRect): { left: number; top: number } {
  return {
    left: Math.round(field.right - INDICATOR_SIZE - 14),
    top: Math.round(field.bottom - INDICATOR_SIZE - 8),
  };
}

/**
 * Below the anchor if the card fits there, else above; when it fits neither, on the roomier side with
 * its height capped (it scrolls), so it never covers the flagged words. Kept inside the viewport.
 */
export function cardPosition(
  anchor: MarkBox,
  viewport: { width: number; height: number },
  height = 330,
): { left: number; top: number; maxHeight: number } {
  const width = Math.min(CARD_WIDTH, viewport.width - 16);
  const left = Math.round(
    Math.min(Math.max(8, anchor.left), Math.max(8, viewport.width - width - 8)),
  );
  const below = anchor.top + anchor.height + GAP;
  const roomBelow = viewport.height - below - 8;
  const roomAbove = anchor.top - GAP - 8;
  if (height <= roomBelow)
    return { left, top: Math.round(below), maxHeight: Math.floor(roomBelow) };
  if (height <= roomAbove) {
    return { left, top: Math.round(anchor.top - GAP - height), maxHeight: Math.floor(roomAbove) };
  }
  if (roomBelow >= roomAbove || roomBelow >= 200) {
    return { left, top: Math.round(below), maxHeight: Math.max(120, Math.floor(roomBelow)) };
  }
  return { left, top: 8, maxHeight: Math.max(120, Math.floor(roomAbove)) };
}

export function contains(box: MarkBox, x: number, y: number, slop = 2): boolean {
  return (
    x >= box.left - slop &&
    x <= box.left + box.width + slop &&
    y >= box.top - slop &&
    y <= box.top + box.height + slop
  );
}
