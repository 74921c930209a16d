/**
 * Measures where characters of a textarea/input are drawn, with a hidden mirror element that copies
 * the field's text layout. The mirror lives inside Selfkind's closed shadow root (never in the page),
 * so the page cannot observe it.
 */

let mirrorParent: Node | null = null;
let mirror: HTMLDivElement | null = null;
let mirrorText: Text | null = null;
let mirrorField: HTMLElement | null = null;
let checkedThisTask = false;

/** Where the mirror lives: the overlay's closed shadow root (set once by the overlay host). */
export function setMirrorParent(parent: Node): void {
  mirrorParent = parent;
  mirror?.remove();
  mirror = null;
}

const COPIED_STYLES = [
  'direction',
  'fontFamily',
  'fontSize',
  'fontStyle',
  'fontVariant',
  'fontWeight',
  'fontStretch',
  'fontFeatureSettings',
  'fontKerning',
  'letterSpacing',
  'wordSpacing',
  'textTransform',
  'textIndent',
  'textAlign',
  'tabSize',
  'wordBreak',
  'lineHeight',
  'paddingTop',
  'paddingRight',
  'paddingBottom',
  'paddingLeft',
] as const;

function mirrorElement(document: Document): HTMLDivElement | null {
  if (!mirrorParent) return null;
  if (!mirror || mirror.ownerDocument !== document) {
    mirror = document.createElement('div');
    mirror.setAttribute('aria-hidden', 'true');
    mirrorParent.appendChild(mirror);
  }
  return mirror;
}

/** Viewport rectangles covering [start, end) of the field's value, clipped to its visible area. */
export function textControlRects(
  field: HTMLTextAreaElement | HTMLInputElement,
  start: number,
  end: number,
): DOMRect[] {
  const element = mirrorElement(field.ownerDocument);
  if (!element || end <= start) return [];
  const style = getComputedStyle(field);
  const box = field.getBoundingClientRect();
  const single = field instanceof HTMLInputElement;
  const mirrorStyle = element.style;
  for (const name of COPIED_STYLES) mirrorStyle[name] = style[name];
  const padding = {
    top: parseFloat(style.paddingTop) || 0,
    right: parseFloat(style.paddingRight) || 0,
    bottom: parseFloat(style.paddingBottom) || 0,
    left: parseFloat(style.paddingLeft) || 0,
  };
  const contentHeight = field.clientHeight - padding.top - padding.bottom;
  Object.assign(mirrorStyle, {
    position: 'fixed',
    visibility: 'hidden',
    pointerEvents: 'none',
    overflow: 'hidden',
    boxSizing: 'content-box',
    border: '0',
    margin: '0',
    left: `${box.left + field.clientLeft}px`,
    top: `${box.top + field.clientTop}px`,
    width: `${Math.max(0, field.clientWidth - padding.left - padding.right)}px`,
    height: `${Math.max(0, contentHeight)}px`,
    whiteSpace: single ? 'pre' : 'pre-wrap',
    overflowWrap: single ? 'normal' : 'break-word',
  });
  // An input centres its one line vertically.
  if (single) mirrorStyle.lineHeight = `${Math.max(0, contentHeight)}px`;

  // The mirror keeps the whole value as one text node: laid out once, then every range is cheap.
  // Comparing a long value costs O(n): do it once per task (one render asks for many ranges).
  const value = field.value;
  if (
    !mirrorText ||
    mirrorField !== field ||
    mirrorText.parentNode !== element ||
    !checkedThisTask
  ) {
    checkedThisTask = true;
    queueMicrotask(() => (checkedThisTask = false));
    if (
      mirrorField !== field ||
      mirrorText?.parentNode !== element ||
      mirrorText.data !== value + '\u200b'
    ) {
      mirrorField = field;
      mirrorText = field.ownerDocument.createTextNode(value + '\u200b');
      element.replaceChildren(mirrorText);
    }
  }
  if (!mirrorText) return [];
  element.scrollTop = field.scrollTop;
  element.scrollLeft = field.scrollLeft;
  const range = field.ownerDocument.createRange();
  range.setStart(mirrorText, Math.min(start, value.length));
  range.setEnd(mirrorText, Math.min(end, value.length));

  const clip = {
    left: box.left + field.clientLeft,
    top: box.top + field.clientTop,
    right: box.left + field.clientLeft + field.clientWidth,
    bottom: box.top + field.clientTop + field.clientHeight,
  };
  const rects: DOMRect[] = [];
  for (const rect of Array.from(range.getClientRects())) {
    const left = Math.max(rect.left, clip.left);
    const right = Math.min(rect.right, clip.right);
    const top = Math.max(rect.top, clip.top);
    const bottom = Math.min(rect.bottom, clip.bottom);
    if (right > left && bottom > top)
      rects.push(new DOMRect(left, top, right - left, bottom - top));
  }
  return rects;
}
