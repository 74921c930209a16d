/**
 * Draft.js. Its `input` handler reads the browser's own insertText into the editor state, and
 * Draft's undo stack takes it as one step. Draft rebuilds the DOM selection from its OWN
 * selection state after every change, and copies the DOM selection into that state from React's
 * `select` event (fired on `selectionchange`): inserting before that ran put the caret at the old
 * spot (checked: it jumped to the end). So the selection gets a task to settle first.
 * The placeholder lives outside the contenteditable root; empty blocks are <br data-text>.
 */
import { createEditorAdapter, execInsertText } from './editor-base';
import type { AdapterFactory } from './types';

export const draftAdapter: AdapterFactory = {
  kind: 'draft',
  priority: 20,
  matches: (element) =>
    element.classList.contains('public-DraftEditor-content') ||
    element.querySelector(':scope > [data-contents="true"]') !== null,
  create: (element) =>
    createEditorAdapter(element, {
      kind: 'draft',
      // Draft's undo stack starts a new step when the change type differs from typing.
      historyMergeWindowMs: 0,
      selectionSettleMs: 0,
      insert: execInsertText,
    }),
};

export default draftAdapter;
