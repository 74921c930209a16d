/** Where the indicator and the card go, in viewport coordinates. */
import type { MarkBox } from '@/components/card/Layer';

export const INDICATOR_SIZE = 24;
const CARD_WIDTH = 340;
const GAP = 8;

export function indicatorPosition(field: DOMRect): { left: number; top: number } {
  const inset = 6;
  return {
    left: Math.round(field.right - INDICATOR_SIZE - inset),
    top: Math.round(field.bottom - INDICATOR_SIZE - inset),
  };
}

/** Below the anchor if there is room (card height estimated), else above; kept inside the viewport. */
export function cardPosition(
  anchor: MarkBox,
  viewport: { width: number; height: number },
  estimatedHeight = 330,
): { left: number; top: number } {
  const width = Math.min(CARD_WIDTH, viewport.width - 16);
  const left = Math.min(Math.max(8, anchor.left), Math.max(8, viewport.width - width - 8));
  const below = anchor.top + anchor.height + GAP;
  const above = anchor.top - GAP - estimatedHeight;
  const top =
    below + estimatedHeight <= viewport.height || above < 8
      ? Math.min(below, Math.max(8, viewport.height - estimatedHeight - 8))
      : above;
  return { left: Math.round(left), top: Math.round(Math.max(8, top)) };
}

export function contains(box: MarkBox, x: number, y: number, slop = 2): boolean {
  return (
    x >= box.left - slop &&
    x <= box.left + box.width + slop &&
    y >= box.top - slop &&
    y <= box.top + box.height + slop
  );
}
