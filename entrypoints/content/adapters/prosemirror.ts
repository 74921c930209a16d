/**
 * ProseMirror (and editors built on it). Its DOM observer reads the browser's own insertText
 * mutation into the document and its history records it as one undo step (checked in Chromium:
 * the model shows the new words, one Ctrl+Z restores them, the caret lands after them).
 * Its history joins a change made within 500 ms of the previous one, when they touch, into one
 * undo step, so a rephrasing of the last words typed waits that long after the last keystroke.
 * Widget decorations are contenteditable="false"; the separator image and the trailing <br> of an
 * empty paragraph carry no text.
 */
import { createEditorAdapter, execInsertText, type EditorQuirks } from './editor-base';
import type { AdapterFactory } from './types';

/** prosemirror-history's default `newGroupDelay`, plus a margin. */
const PROSEMIRROR_GROUP_DELAY_MS = 500 + 50;

export const prosemirrorQuirks = (kind: string): EditorQuirks => ({
  kind,
  isDecoration: (element) => element.classList.contains('ProseMirror-widget'),
  // prosemirror-history (and TipTap's UndoRedo) joins adjacent changes within 500 ms.
  historyMergeWindowMs: PROSEMIRROR_GROUP_DELAY_MS,
  // ProseMirror reads the DOM selection when the mutation arrives: nothing to wait for.
  selectionSettleMs: 0,
  insert: execInsertText,
});

export const prosemirrorAdapter: AdapterFactory = {
  kind: 'prosemirror',
  priority: 20,
  matches: (element) => element.classList.contains('ProseMirror'),
  create: (element) => createEditorAdapter(element, prosemirrorQuirks('prosemirror')),
};

export default prosemirrorAdapter;
