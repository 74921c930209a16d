/**
 * Measures where characters of a textarea/input are drawn, with a hidden mirror element that copies
 * the field's text layout. The mirror lives inside Selfkind's closed shadow root (never in the page),
 * so the page cannot observe it.
 */

let mirrorParent: Node | null = null;
let mirror: HTMLDivElement | null = null;
let mirrorField: HTMLElement | null = null;
let checkedThisTask = false;

/**
 * The mirror holds one block per paragraph of the value, so an edit re-lays out only the paragraph
 * it touched (one big text node would re-lay out the whole text on every keystroke).
 */
interface MirrorLayout {
  element: HTMLElement;
  paragraphs: string[];
  /** Offset of each paragraph's first character in the value. */
  starts: number[];
  texts: Text[];
}
let layout: MirrorLayout | null = null;

function syncParagraphs(element: HTMLElement, field: HTMLElement, value: string): void {
  const next = value.split('\n');
  if (!layout || layout.element !== element || mirrorField !== field) {
    layout = { element, paragraphs: [], starts: [], texts: [] };
    element.replaceChildren();
    mirrorField = field;
  }
  const { paragraphs, texts } = layout;
  let head = 0;
  while (head < next.length && head < paragraphs.length && next[head] === paragraphs[head]) head++;
  let tail = 0;
  while (
    tail < next.length - head &&
    tail < paragraphs.length - head &&
    next[next.length - 1 - tail] === paragraphs[paragraphs.length - 1 - tail]
  ) {
    tail++;
  }
  const document = element.ownerDocument;
  const fresh = next.slice(head, next.length - tail).map((paragraph) => {
    const block = document.createElement('div');
    // An empty paragraph still takes one line.
    const text = document.createTextNode(paragraph || '\u200b');
    block.append(text);
    return { block, text };
  });
  const removed = texts.splice(head, paragraphs.length - tail - head, ...fresh.map((f) => f.text));
  for (const text of removed) (text.parentNode as Element | null)?.remove();
  const anchor = texts[head + fresh.length]?.parentNode ?? null;
  for (const { block } of fresh) element.insertBefore(block, anchor);
  layout.paragraphs = next;
  let offset = 0;
  layout.starts = next.map((paragraph) => {
    const start = offset;
    offset += paragraph.length + 1;
    return start;
  });
}

/** The paragraph holding `offset` (binary search) and the offset inside it. */
function locate(offset: number): { text: Text; local: number } | null {
  if (!layout || layout.starts.length === 0) return null;
  let low = 0;
  let high = layout.starts.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if (layout.starts[mid]! <= offset) low = mid;
    else high = mid - 1;
  }
  const text = layout.texts[low]!;
  const length = layout.paragraphs[low]!.length;
  return { text, local: Math.min(offset - layout.starts[low]!, length) };
}

function rangeInMirror(document: Document, start: number, end: number): Range | null {
  const from = locate(start);
  const to = locate(end);
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
  layout = null;
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
  if (!checkedThisTask || mirrorField !== field || layout?.element !== element) {
    checkedThisTask = true;
    queueMicrotask(() => (checkedThisTask = false));
    copyLayout(field, element, box);
    syncParagraphs(element, field, field.value);
  }
  element.scrollTop = field.scrollTop;
  element.scrollLeft = field.scrollLeft;
  const range = rangeInMirror(field.ownerDocument, start, end);
  if (!range) return [];

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
