/**
 * Draft.js. Draft reads a native edit back from the DOM of ONE leaf (the span under the caret):
 * the browser's insertText over a range that crosses leaves (into a bold word, say) left Draft's
 * state with the old words still in it (checked). Draft does handle a paste over any selection
 * itself, replacing it in its own state as one undo step ('insert-fragment') with the caret
 * after it, so we hand it the words as a plain-text paste; if nothing takes the paste, the
 * browser's insertText is the fallback. Draft copies the DOM selection into its own state from
 * React's `select` event (fired on `selectionchange`) and rebuilds the DOM selection from that
 * state after each change, so the selection gets a task to settle first (without it the caret
 * jumped to the end). The placeholder lives outside the contenteditable root; empty blocks
 * are <br data-text>.
 * Firefox builds a constructed paste event with an empty clipboard (the data given to the constructor
 * is dropped; checked in firefox-esr 153), and Draft takes that paste and inserts nothing: there the
 * words go in through the browser's insertText, which Draft reads back from the leaf under the caret.
 */
import { createEditorAdapter, execInsertText } from './editor-base';
import type { AdapterFactory } from './types';

let pasteKeepsData: boolean | undefined;

/** Whether a paste event built by script carries its text to the page (not in Firefox). */
function constructedPasteKeepsData(view: Window & typeof globalThis): boolean {
  if (pasteKeepsData === undefined) {
    const data = new view.DataTransfer();
    data.setData('text/plain', 'x');
    const probe = new view.ClipboardEvent('paste', { clipboardData: data });
    pasteKeepsData = probe.clipboardData?.getData('text/plain') === 'x';
  }
  return pasteKeepsData;
}

function pasteText(element: HTMLElement, text: string): void {
  const view = element.ownerDocument.defaultView ?? window;
  if (!constructedPasteKeepsData(view)) {
    execInsertText(element, text);
    return;
  }
  const clipboardData = new view.DataTransfer();
  clipboardData.setData('text/plain', text);
  const paste = new view.ClipboardEvent('paste', {
    clipboardData,
    bubbles: true,
    cancelable: true,
    composed: true,
  });
  const handled = !element.dispatchEvent(paste);
  if (!handled) execInsertText(element, text);
}

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
      // An empty paste is ignored by Draft: a deletion goes through the browser's own command.
      insert: (root, text) => (text === '' ? execInsertText(root, text) : pasteText(root, text)),
    }),
};

export default draftAdapter;
