/**
 * Measures where characters of a textarea/input are drawn, with a hidden mirror element that copies
 * the field's text layout. The mirror lives inside Selfkind's closed shadow root (never in the page),
 * so the page cannot observe it.
 */

import {
  emptyMirrorText,
  locateInMirror,
  syncMirrorText,
  type MirrorText,
} from './mirror-paragraphs';

let mirrorParent: Node | null = null;
let mirror: HTMLDivElement | null = null;
let text: MirrorText | null = null;
let checkedThisTask = false;
let growing = false;
const growthListeners = new Set<() => void>();

/** Called whenever more of a long text has been laid out, so highlights there can be drawn. */
export function onMirrorGrown(listener: () => void, signal: AbortSignal): void {
  growthListeners.add(listener);
  signal.addEventListener('abort', () => growthListeners.delete(listener));
}

/** Lays out the rest of a long text a chunk per idle task, each chunk's layout done inside its own task. */
function growLater(): void {
  if (growing) return;
  growing = true;
  const grow = () => {
    growing = false;
    const current = text;
    if (!current || current.complete || !current.field.isConnected) return;
    syncMirrorText(current, (current.field as HTMLTextAreaElement | HTMLInputElement).value);
    void current.element.offsetHeight;
    for (const listener of growthListeners) listener();
    if (!current.complete) growLater();
  };
  if (typeof requestIdleCallback === 'function') requestIdleCallback(grow, { timeout: 100 });
  else setTimeout(grow, 0);
}

function rangeInMirror(document: Document, start: number, end: number): Range | null {
  if (!text) return null;
  const from = locateInMirror(text, start);
  const to = locateInMirror(text, end);
  if (!from || !to) return null;
  const range = document.createRange();
  range.setStart(from.text, from.local);
  range.setEnd(to.text, to.local);
  return range;
}

/** Where the mirror lives: the overlay's closed shadow root (set once by the overlay host). */
export function setMirrorParent(parent: Node): void {
  mirrorParent = parent;
  mirror?.remove();
  mirror = null;
  text = null;
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

function copyLayout(
  field: HTMLTextAreaElement | HTMLInputElement,
  element: HTMLElement,
  box: DOMRect,
): void {
  const style = getComputedStyle(field);
  const single = field instanceof HTMLInputElement;
  const mirrorStyle = element.style;
  for (const name of COPIED_STYLES) {
    if (mirrorStyle[name] !== style[name]) mirrorStyle[name] = style[name];
  }
  const padding = {
    top: parseFloat(style.paddingTop) || 0,
    right: parseFloat(style.paddingRight) || 0,
    bottom: parseFloat(style.paddingBottom) || 0,
    left: parseFloat(style.paddingLeft) || 0,
  };
  const contentHeight = Math.max(0, field.clientHeight - padding.top - padding.bottom);
  const wanted: Partial<Record<keyof CSSStyleDeclaration, string>> = {
    position: 'fixed',
    visibility: 'hidden',
    pointerEvents: 'none',
    overflow: 'hidden',
    boxSizing: 'content-box',
    border: '0px',
    margin: '0px',
    left: `${box.left + field.clientLeft}px`,
    top: `${box.top + field.clientTop}px`,
    width: `${Math.max(0, field.clientWidth - padding.left - padding.right)}px`,
    height: `${contentHeight}px`,
    whiteSpace: single ? 'pre' : 'pre-wrap',
    overflowWrap: single ? 'normal' : 'break-word',
    // An input centres its one line vertically.
    ...(single ? { lineHeight: `${contentHeight}px` } : {}),
  };
  for (const [name, value] of Object.entries(wanted) as Array<
    [keyof CSSStyleDeclaration, string]
  >) {
    if (mirrorStyle[name] !== value)
      (mirrorStyle as unknown as Record<string, string>)[name as string] = value;
  }
}

/** Viewport rectangles covering [start, end) of the field's value, clipped to its visible area. */
export function textControlRects(
  field: HTMLTextAreaElement | HTMLInputElement,
  start: number,
  end: number,
): DOMRect[] {
  const element = mirrorElement(field.ownerDocument);
  if (!element || end <= start) return [];
  const box = field.getBoundingClientRect();
  // Style, size and text are synced once per task: one render asks for many ranges, and every
  // style write would make the next range re-lay out the whole mirror.
  if (!checkedThisTask || text?.field !== field || text.element !== element) {
    checkedThisTask = true;
    queueMicrotask(() => (checkedThisTask = false));
    copyLayout(field, element, box);
    if (text?.field !== field || text.element !== element) text = emptyMirrorText(element, field);
    syncMirrorText(text, field.value);
    if (!text.complete) growLater();
  }
  const range = rangeInMirror(field.ownerDocument, start, end);
  if (!range) return [];

  const clip = {
    left: box.left + field.clientLeft,
    top: box.top + field.clientTop,
    right: box.left + field.clientLeft + field.clientWidth,
    bottom: box.top + field.clientTop + field.clientHeight,
  };
  const rects: DOMRect[] = [];
  // The mirror itself is never scrolled (a half-built mirror could not scroll as far as the field):
  // its rectangles are moved by the field's scroll instead.
  const { scrollLeft, scrollTop } = field;
  for (const rect of Array.from(range.getClientRects())) {
    const left = Math.max(rect.left - scrollLeft, clip.left);
    const right = Math.min(rect.right - scrollLeft, clip.right);
    const top = Math.max(rect.top - scrollTop, clip.top);
    const bottom = Math.min(rect.bottom - scrollTop, clip.bottom);
    if (right > left && bottom > top)
      rects.push(new DOMRect(left, top, right - left, bottom - top));
  }
  return rects;
}
