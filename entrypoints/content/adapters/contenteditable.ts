/** Adapter for plain contenteditable roots (nested blocks, <br>, inline formatting). */
import { offsetAt, rangeFor, readDomText, type DomText } from './dom-text';
import type { AdapterFactory, FieldAdapter, TextSelection } from './types';

/** The Selection that holds `element`'s caret, also inside shadow roots (Chrome's ShadowRoot.getSelection). */
export function selectionFor(element: HTMLElement): Selection | null {
  const root = element.getRootNode() as
    (ShadowRoot & { getSelection?: () => Selection | null }) | Document;
  if (root instanceof ShadowRoot && typeof root.getSelection === 'function')
    return root.getSelection();
  return element.ownerDocument.getSelection();
}

/** Viewport rectangles of a Range, one per line fragment (boxes of wrapped elements dropped). */
export function rangeRects(range: Range): DOMRect[] {
  const rects = Array.from(range.getClientRects()).filter((r) => r.width > 0 && r.height > 0);
  return rects.filter(
    (rect, index) =>
      !rects.some(
        (other, otherIndex) =>
          otherIndex !== index &&
          other.left >= rect.left - 0.5 &&
          other.right <= rect.right + 0.5 &&
          other.top >= rect.top - 0.5 &&
          other.bottom <= rect.bottom + 0.5 &&
          (other.width < rect.width || other.height < rect.height || otherIndex < index),
      ),
  );
}

export function createContentEditableAdapter(
  root: HTMLElement,
  kind = 'contenteditable',
): FieldAdapter {
  let cached: { text: DomText; version: number } | null = null;
  let version = 0;
  const observer = new MutationObserver(() => version++);
  observer.observe(root, { childList: true, subtree: true, characterData: true });
  const read = (): DomText => {
    if (!cached || cached.version !== version) cached = { text: readDomText(root), version };
    return cached.text;
  };
  const fresh = (): DomText => {
    // Mutation records arrive asynchronously: take pending ones now so the text is current.
    if (observer.takeRecords().length > 0) version++;
    return read();
  };

  const adapter: FieldAdapter = {
    kind,
    element: root,
    getText: () => fresh().text,
    getRange: (start, end) => rangeFor(root, fresh(), start, end),
    getRects(start, end) {
      const range = rangeFor(root, fresh(), start, end);
      return range ? rangeRects(range) : [];
    },
    getSelection(): TextSelection | null {
      const selection = selectionFor(root);
      if (!selection || selection.rangeCount === 0 || !selection.anchorNode) return null;
      const domText = fresh();
      const anchor = offsetAt(root, domText, {
        node: selection.anchorNode,
        offset: selection.anchorOffset,
      });
      const focus = offsetAt(root, domText, {
        node: selection.focusNode ?? selection.anchorNode,
        offset: selection.focusOffset,
      });
      if (anchor === null || focus === null) return null;
      return { start: Math.min(anchor, focus), end: Math.max(anchor, focus) };
    },
    setSelection({ start, end }) {
      root.focus({ preventScroll: true });
      const range = rangeFor(root, fresh(), start, end);
      const selection = selectionFor(root);
      if (!range || !selection) return;
      selection.removeAllRanges();
      selection.addRange(range);
    },
    async replace(start, end, text) {
      const before = fresh().text;
      const expected = before.slice(0, start) + text + before.slice(end);
      adapter.setSelection({ start, end });
      root.ownerDocument.execCommand('insertText', false, text);
      return fresh().text === expected;
    },
    dispose: () => observer.disconnect(),
  };
  return adapter;
}

const factory: AdapterFactory = {
  kind: 'contenteditable',
  priority: 0,
  matches: (element) => element.isContentEditable,
  create: (element) => createContentEditableAdapter(element),
};
export default factory;
