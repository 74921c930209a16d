/**
 * Measures where characters of a textarea/input are drawn, with a hidden mirror element that copies
 * the field's text layout. The mirror lives inside Selfkind's closed shadow root (never in the page),
 * so the page cannot observe it.
 */

import {
  emptyMirrorText,
  growingTowards,
  locateInMirror,
  syncMirrorText,
  type MirrorText,
} from './mirror-paragraphs';

let mirrorParent: Node | null = null;
let mirror: HTMLDivElement | null = null;
let text: MirrorText | null = null;
let checkedThisTask = false;
/** The field's geometry as read at this task's first measure. */
let view: FieldView | null = null;
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

/**
 * The range over [start, end) in the mirror, or null when it is not laid out yet or lies wholly in paragraphs
 * scrolled out of the field's view (`view`: the visible stretch, in the mirror's viewport coordinates). A long
 * text holds hundreds of findings and only a few can show: measuring a paragraph's block is one box, measuring
 * a range is a walk through its lines, and nothing of a paragraph out of view survives the clip anyway.
 */
function rangeInMirror(
  document: Document,
  start: number,
  end: number,
  view: { top: number; bottom: number },
): Range | null {
  if (!text) return null;
  const from = locateInMirror(text, start);
  const to = locateInMirror(text, end);
  if (!from || !to) return null;
  const top = from.text.parentElement?.getBoundingClientRect().top;
  const bottom = to.text.parentElement?.getBoundingClientRect().bottom;
  if (top !== undefined && bottom !== undefined && (bottom < view.top || top > view.bottom))
    return null;
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

/** Where the field shows its text, in viewport coordinates, and how far it is scrolled. */
interface FieldView {
  clip: { left: number; top: number; right: number; bottom: number };
  scrollLeft: number;
  scrollTop: number;
}

function fieldView(field: HTMLTextAreaElement | HTMLInputElement, box: DOMRect): FieldView {
  return {
    clip: {
      left: box.left + field.clientLeft,
      top: box.top + field.clientTop,
      right: box.left + field.clientLeft + field.clientWidth,
      bottom: box.top + field.clientTop + field.clientHeight,
    },
    scrollLeft: field.scrollLeft,
    scrollTop: field.scrollTop,
  };
}

/** Viewport rectangles covering [start, end) of the field's value, clipped to its visible area. */
export function textControlRects(
  field: HTMLTextAreaElement | HTMLInputElement,
  start: number,
  end: number,
): DOMRect[] {
  const element = mirrorElement(field.ownerDocument);
  if (!element || end <= start) return [];
  // Style, size, text and the field's box are read and synced once per task: one render asks for many
  // ranges, every style write would make the next range re-lay out the whole mirror, and a long text's
  // hundreds of findings would each read the field's geometry again.
  if (!checkedThisTask || !view || text?.field !== field || text.element !== element) {
    checkedThisTask = true;
    queueMicrotask(() => (checkedThisTask = false));
    const box = field.getBoundingClientRect();
    copyLayout(field, element, box);
    if (text?.field !== field || text.element !== element) text = emptyMirrorText(element, field);
    // A long text still being laid out grows in idle tasks, not in the task that measures.
    const value = field.value;
    if (!growingTowards(text, value)) syncMirrorText(text, value);
    if (!text.complete) growLater();
    view = fieldView(field, box);
  }
  // The mirror itself is never scrolled (a half-built mirror could not scroll as far as the field):
  // its rectangles are moved by the field's scroll instead.
  const { clip, scrollLeft, scrollTop } = view;
  // A pixel of slack either side: block boxes are measured apart from the lines the clip is applied to.
  const shown = { top: clip.top + scrollTop - 1, bottom: clip.bottom + scrollTop + 1 };
  const range = rangeInMirror(field.ownerDocument, start, end, shown);
  if (!range) return [];

  const rects: DOMRect[] = [];
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
