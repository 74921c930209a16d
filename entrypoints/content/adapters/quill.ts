/**
 * Quill 2. Its mutation observer takes in the browser's own insertText, and its history records
 * it, but Quill merges every change made within `history.delay` (1000 ms by default) of the
 * previous one into the same undo step. A rephrasing applied right after the user's last
 * keystroke would then vanish together with those keystrokes on Ctrl+Z, so we wait until the
 * window has passed. Empty lines are <p><br></p>; the caret-format span `.ql-cursor` holds only
 * U+FEFF, and the placeholder is CSS generated content, so neither reaches the text.
 */
import { createEditorAdapter, execInsertText } from './editor-base';
import type { AdapterFactory } from './types';

/** Quill's default `history.delay`, plus a margin for its mutation observer to record. */
const HISTORY_MERGE_WINDOW_MS = 1000 + 100;

export const quillAdapter: AdapterFactory = {
  kind: 'quill',
  priority: 20,
  matches: (element) => element.classList.contains('ql-editor'),
  create: (element) =>
    createEditorAdapter(element, {
      kind: 'quill',
      isDecoration: (node) =>
        node.classList.contains('ql-cursor') || node.classList.contains('ql-ui'),
      historyMergeWindowMs: HISTORY_MERGE_WINDOW_MS,
      selectionSettleMs: 0,
      insert: execInsertText,
    }),
};

export default quillAdapter;
