/**
 * Measures where characters of a textarea/input are drawn, with a hidden mirror element that copies
 * the field's text layout. The mirror lives inside Selfkind's closed shadow root (never in the page),
 * so the page cannot observe it. The overlay owns one per frame and places it in its host; the text-control
 * adapters measure through it.
 */

import {
  emptyMirrorText,
  growingTowards,
  locateInMirror,
  syncMirrorText,
  type MirrorText,
} from './mirror-paragraphs';

type TextControl = HTMLTextAreaElement | HTMLInputElement;

export class TextMirror {
  private parent: Node | null = null;
  private element: HTMLDivElement | null = null;
  private text: MirrorText | null = null;
  private checkedThisTask = false;
  /** The field's geometry as read at this task's first measure. */
  private view: FieldView | null = null;
  private growing = false;
  /** The user is typing until then: the mirror does not grow meanwhile (nothing is drawn while keys go down). */
  private quietUntil = 0;
  private readonly growthListeners = new Set<() => void>();

  /** Where the mirror lives: the overlay's closed shadow root (a fresh host gives a fresh place). */
  placeIn(parent: Node): void {
    this.parent = parent;
    this.element?.remove();
    this.element = null;
    this.text = null;
  }

  /** Called whenever more of a long text has been laid out, so highlights there can be drawn. */
  onGrown(listener: () => void, signal: AbortSignal): void {
    this.growthListeners.add(listener);
    signal.addEventListener('abort', () => this.growthListeners.delete(listener));
  }

  /** The user typed: a long text still being laid out waits until `until` (a performance.now() time). */
  holdUntil(until: number): void {
    this.quietUntil = until;
  }

  /** Viewport rectangles covering [start, end) of the field's value, clipped to its visible area. */
  rects(field: TextControl, start: number, end: number): DOMRect[] {
    const element = this.elementIn(field.ownerDocument);
    if (!element || end <= start) return [];
    let { text, view } = this;
    // Style, size, text and the field's box are read and synced once per task: one render asks for many
    // ranges, every style write would make the next range re-lay out the whole mirror, and a long text's
    // hundreds of findings would each read the field's geometry again.
    if (!this.checkedThisTask || !view || text?.field !== field || text.element !== element) {
      this.checkedThisTask = true;
      queueMicrotask(() => (this.checkedThisTask = false));
      const box = field.getBoundingClientRect();
      copyLayout(field, element, box);
      if (text?.field !== field || text.element !== element)
        text = this.text = emptyMirrorText(element, field);
      // A long text still being laid out grows in idle tasks, not in the task that measures.
      const value = field.value;
      if (!growingTowards(text, value)) syncMirrorText(text, value);
      if (!text.complete) this.growLater();
      view = this.view = fieldView(field, box);
    }
    // The mirror itself is never scrolled (a half-built mirror could not scroll as far as the field):
    // its rectangles are moved by the field's scroll instead.
    const { clip, scrollLeft, scrollTop } = view;
    // A pixel of slack either side: block boxes are measured apart from the lines the clip is applied to.
    const shown = { top: clip.top + scrollTop - 1, bottom: clip.bottom + scrollTop + 1 };
    const range = rangeInMirror(text, start, end, shown);
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

  private elementIn(document: Document): HTMLDivElement | null {
    if (!this.parent) return null;
    if (!this.element || this.element.ownerDocument !== document) {
      this.element = document.createElement('div');
      this.element.setAttribute('aria-hidden', 'true');
      this.parent.appendChild(this.element);
    }
    return this.element;
  }

  /** Lays out the rest of a long text a chunk per idle task, each chunk's layout done inside its own task. */
  private growLater(): void {
    if (this.growing) return;
    this.growing = true;
    const grow = () => {
      const wait = this.quietUntil - performance.now();
      if (wait > 0) {
        setTimeout(() => requestIdle(grow), wait);
        return;
      }
      this.growing = false;
      const current = this.text;
      if (!current || current.complete || !current.field.isConnected) return;
      syncMirrorText(current, (current.field as TextControl).value);
      void current.element.offsetHeight;
      for (const listener of this.growthListeners) listener();
      if (!current.complete) this.growLater();
    };
    requestIdle(grow);
  }
}

function requestIdle(task: () => void): void {
  if (typeof requestIdleCallback === 'function') requestIdleCallback(task, { timeout: 100 });
  else setTimeout(task, 0);
}

/**
 * The range over [start, end) in the mirror, or null when it is not laid out yet or lies wholly in paragraphs
 * scrolled out of the field's view (`shown`: the visible stretch, in the mirror's viewport coordinates). A long
 * text holds hundreds of findings and only a few can show: measuring a paragraph's block is one box, measuring
 * a range is a walk through its lines, and nothing of a paragraph out of view survives the clip anyway.
 */
function rangeInMirror(
  text: MirrorText,
  start: number,
  end: number,
  shown: { top: number; bottom: number },
): Range | null {
  const from = locateInMirror(text, start);
  const to = locateInMirror(text, end);
  if (!from || !to) return null;
  const top = from.text.parentElement?.getBoundingClientRect().top;
  const bottom = to.text.parentElement?.getBoundingClientRect().bottom;
  if (top !== undefined && bottom !== undefined && (bottom < shown.top || top > shown.bottom))
    return null;
  const range = text.element.ownerDocument.createRange();
  range.setStart(from.text, from.local);
  range.setEnd(to.text, to.local);
  return range;
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

function copyLayout(field: TextControl, element: HTMLElement, box: DOMRect): void {
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

function fieldView(field: TextControl, box: DOMRect): FieldView {
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
