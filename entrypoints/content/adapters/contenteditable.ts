/** Adapter for plain contenteditable roots (nested blocks, <br>, inline formatting). */
import { readSelection, selectRange } from './dom-selection';
import { rangeFor, readDomText, type DomText } from './dom-text';
import type { AdapterFactory, FieldAdapter } from './types';

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
    getSelection: () => readSelection(root, fresh()),
    setSelection({ start, end }) {
      const range = rangeFor(root, fresh(), start, end);
      if (range) selectRange(root, range);
      else root.focus({ preventScroll: true });
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
