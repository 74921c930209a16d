/**
 * Lexical. It ignores synthetic `beforeinput` events (checked: a dispatched insertText InputEvent
 * changes nothing), but its `input` handler and mutation observer take in the browser's own
 * insertText, with its history recording one undo step. It syncs its selection on
 * `selectionchange`, so the DOM selection is given a task to settle before inserting.
 * Decorator nodes (images, embeds) are contenteditable="false" and are not text.
 */
import { createEditorAdapter, execInsertText } from './editor-base';
import type { AdapterFactory } from './types';

export const lexicalAdapter: AdapterFactory = {
  kind: 'lexical',
  priority: 20,
  matches: (element) => element.hasAttribute('data-lexical-editor'),
  create: (element) =>
    createEditorAdapter(element, {
      kind: 'lexical',
      // Lexical pushes a new history entry for a replacement of a selected range (not a typed character).
      historyMergeWindowMs: 0,
      selectionSettleMs: 0,
      insert: execInsertText,
    }),
};

export default lexicalAdapter;
