/**
 * TipTap is ProseMirror underneath: same text, same insertion path. Its own adapter only so the
 * kind says which editor the user is in; it outranks the plain ProseMirror match.
 */
import { createEditorAdapter } from './editor-base';
import { prosemirrorQuirks } from './prosemirror';
import type { AdapterFactory } from './types';

export const tiptapAdapter: AdapterFactory = {
  kind: 'tiptap',
  priority: 21,
  matches: (element) => element.classList.contains('tiptap'),
  create: (element) => createEditorAdapter(element, prosemirrorQuirks('tiptap')),
};

export default tiptapAdapter;
