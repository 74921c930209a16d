/**
 * The shared body of the rich-editor adapters (ProseMirror, TipTap, Lexical, Quill, Slate,
 * Draft.js). Each editor file supplies only its quirks: what is decoration rather than text, how
 * long the editor needs to adopt a DOM selection, and which input path its model listens to.
 */
import { readSelection, selectRange } from './dom-selection';
import { rangeFor, type DomText } from './dom-text';
import { readEditorText, type DecorationTest } from './editor-text';
import type { FieldAdapter, TextSelection } from './types';

export interface EditorQuirks {
  readonly kind: string;
  /** Elements inside the editor that are not the user's text (beyond contenteditable="false"). */
  readonly isDecoration?: DecorationTest;
  /**
   * The editor's history merges a change made within this many ms of the user's last edit into
   * that edit's undo step. replace() waits until the window has passed since the last `input`
   * event, so Ctrl+Z takes back only the rephrasing. 0 when the editor never merges it.
   */
  readonly historyMergeWindowMs: number;
  /**
   * Milliseconds the editor may take, after the browser reports the new selection, to copy it into
   * its own model (React editors sync it on `selectionchange`, some throttled).
   */
  readonly selectionSettleMs: number;
  /** Inserts `text` over the current DOM selection through a path the editor's model follows. */
  readonly insert: (element: HTMLElement, text: string) => void;
}

/** How long replace() waits for the editor to render the new text before giving up. */
const RENDER_TIMEOUT_MS = 500;
/** Fallback when the browser fires no `selectionchange` (the selection was already there). */
const SELECTION_EVENT_TIMEOUT_MS = 100;

/** The browser's own insert command: one undo step in the editor, model kept in sync by its DOM observer. */
export function execInsertText(element: HTMLElement, text: string): void {
  const document = element.ownerDocument;
  if (text === '') document.execCommand('delete', false);
  else document.execCommand('insertText', false, text);
}

function abortableDelay(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    if (!(ms > 0) || signal.aborted) return resolve();
    const timer = setTimeout(resolve, ms);
    signal.addEventListener(
      'abort',
      () => {
        clearTimeout(timer);
        resolve();
      },
      { once: true },
    );
  });
}

export function createEditorAdapter(element: HTMLElement, quirks: EditorQuirks): FieldAdapter {
  const lifetime = new AbortController();
  const { signal } = lifetime;
  const document = element.ownerDocument;
  const view = document.defaultView ?? window;
  // Edits made before the adapter existed are unseen: count from its creation to stay safe.
  let lastEditAt = performance.now();
  element.addEventListener('input', () => (lastEditAt = performance.now()), {
    capture: true,
    signal,
  });

  // getRects() runs once per finding: read the DOM once per change, not once per call.
  // takeRecords() hands over mutations not yet delivered, so a cached read is never stale.
  let cached: DomText | null = null;
  const observer = new MutationObserver(() => (cached = null));
  observer.observe(element, {
    childList: true,
    subtree: true,
    characterData: true,
    attributes: true,
    attributeFilter: ['class', 'contenteditable'],
  });
  signal.addEventListener('abort', () => observer.disconnect(), { once: true });
  const read = (): DomText => {
    if (observer.takeRecords().length > 0) cached = null;
    return (cached ??= readEditorText(element, quirks.isDecoration));
  };

  const getSelection = (): TextSelection | null => readSelection(element, read());

  /** Resolves once the editor has had the chance to adopt the DOM selection into its model. */
  const selectionAdopted = async (): Promise<void> => {
    await new Promise<void>((resolve) => {
      const done = () => {
        clearTimeout(timer);
        document.removeEventListener('selectionchange', done);
        resolve();
      };
      const timer = setTimeout(done, SELECTION_EVENT_TIMEOUT_MS);
      document.addEventListener('selectionchange', done, { signal });
    });
    // Let the editor's own selectionchange handlers (often deferred by a task) run first.
    await new Promise((resolve) => setTimeout(resolve, quirks.selectionSettleMs));
  };

  /**
   * Waits, frame by frame, until the editor shows `expected` on two frames in a row (a React
   * editor whose model missed the edit re-renders the old words a moment after the browser's
   * change), or the timeout passes.
   */
  const rendered = async (expected: string): Promise<boolean> => {
    const deadline = performance.now() + RENDER_TIMEOUT_MS;
    let seen = 0;
    while (!signal.aborted) {
      seen = read().text === expected ? seen + 1 : 0;
      if (seen === 2) return true;
      if (performance.now() > deadline) return false;
      await new Promise((resolve) => view.requestAnimationFrame(() => resolve(undefined)));
    }
    return false;
  };

  const adapter: FieldAdapter = {
    kind: quirks.kind,
    element,
    getText: () => read().text,
    getRange(start, end) {
      return rangeFor(element, read(), start, end);
    },
    getRects(start, end) {
      const range = rangeFor(element, read(), start, end);
      if (!range) return [];
      // One rectangle per line fragment; empty ones (line ends, block edges) carry nothing to mark.
      return Array.from(range.getClientRects()).filter((rect) => rect.width > 0 && rect.height > 0);
    },
    getSelection,
    setSelection({ start, end }) {
      const range = rangeFor(element, read(), start, end);
      if (range) selectRange(element, range);
    },
    async replace(start, end, text) {
      const atCall = read();
      if (signal.aborted || start < 0 || end < start || end > atCall.text.length) return false;
      await abortableDelay(lastEditAt + quirks.historyMergeWindowMs - performance.now(), signal);
      const before = read();
      // The user may have typed while we waited: the offsets would point at other words.
      if (before.text !== atCall.text) return false;
      const expected = before.text.slice(0, start) + text + before.text.slice(end);
      const range = rangeFor(element, before, start, end);
      if (!range) return false;
      selectRange(element, range);
      await selectionAdopted();
      // Same check after the selection settled: only touch the text we were asked to replace.
      if (signal.aborted || read().text !== before.text) return false;
      quirks.insert(element, text);
      if (!(await rendered(expected))) return false;
      const caret = start + text.length;
      const now = getSelection();
      if (!now || now.start !== caret || now.end !== caret)
        adapter.setSelection({ start: caret, end: caret });
      return true;
    },
    dispose() {
      lifetime.abort();
    },
  };
  return adapter;
}
