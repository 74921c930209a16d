/**
 * Slate (slate-react). Slate edits its model only from `beforeinput` events: Chromium's
 * execCommand fires none, so the DOM changes while the model does not (checked: the text looked
 * replaced, the model kept the old words and Ctrl+Z went wrong). We dispatch the event Slate
 * handles itself, an `insertText` InputEvent over its own selection. Slate copies the DOM
 * selection into its model on `selectionchange`, throttled to 100 ms; and slate-history merges
 * every operation that arrives in the same flush as a pending one into the previous undo batch,
 * so the selection must land in its own flush first, or the rephrasing would be undone together
 * with the user's last typing. Empty lines carry a U+FEFF filler (`data-slate-zero-width`) and
 * the placeholder is a contenteditable="false" span; neither is text.
 */
import { createEditorAdapter } from './editor-base';
import type { AdapterFactory } from './types';

/** slate-react throttles selectionchange to 100 ms; wait a little longer. */
const SLATE_SELECTION_THROTTLE_MS = 100 + 30;

function dispatchInsert(element: HTMLElement, text: string): void {
  const view = element.ownerDocument.defaultView ?? window;
  element.dispatchEvent(
    new view.InputEvent('beforeinput', {
      inputType: text === '' ? 'deleteContentBackward' : 'insertText',
      data: text === '' ? null : text,
      bubbles: true,
      cancelable: true,
      composed: true,
    }),
  );
}

export const slateAdapter: AdapterFactory = {
  kind: 'slate',
  priority: 20,
  matches: (element) => element.hasAttribute('data-slate-editor'),
  create: (element) =>
    createEditorAdapter(element, {
      kind: 'slate',
      isDecoration: (node) => node.hasAttribute('data-slate-placeholder'),
      // slate-history starts a new batch for a removal after typing (see above).
      historyMergeWindowMs: 0,
      selectionSettleMs: SLATE_SELECTION_THROTTLE_MS,
      insert: dispatchInsert,
    }),
};

export default slateAdapter;
