/**
 * The editor fixture pages built by tests/e2e/fixtures/build.mjs (served from tests/e2e/fixtures/
 * as /dist/<name>.html), with what a test needs to know about each.
 */
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';

export const FIXTURES_ROOT = resolve('tests/e2e/fixtures');

export interface EditorFixture {
  name: string;
  path: string;
  /** The element the user types into. */
  editable: string;
  /** The adapter kind the extension should pick. */
  adapterKind: string;
  /** How the editor's model separates blocks in `fixture.modelText()`. */
  modelBlockSeparator: string;
}

const CONTENTEDITABLE = '#editor[contenteditable="true"], #editor [contenteditable="true"]';

export const RICH_EDITORS: EditorFixture[] = [
  {
    name: 'ProseMirror',
    path: '/dist/prosemirror.html',
    editable: CONTENTEDITABLE,
    adapterKind: 'prosemirror',
    modelBlockSeparator: '\n',
  },
  {
    name: 'TipTap',
    path: '/dist/tiptap.html',
    editable: CONTENTEDITABLE,
    adapterKind: 'tiptap',
    modelBlockSeparator: '\n',
  },
  // Lexical's getTextContent() puts an empty line between blocks.
  {
    name: 'Lexical',
    path: '/dist/lexical.html',
    editable: CONTENTEDITABLE,
    adapterKind: 'lexical',
    modelBlockSeparator: '\n\n',
  },
  {
    name: 'Quill',
    path: '/dist/quill.html',
    editable: CONTENTEDITABLE,
    adapterKind: 'quill',
    modelBlockSeparator: '\n',
  },
  {
    name: 'Slate',
    path: '/dist/slate.html',
    editable: CONTENTEDITABLE,
    adapterKind: 'slate',
    modelBlockSeparator: '\n',
  },
  {
    name: 'Draft.js',
    path: '/dist/draft.html',
    editable: CONTENTEDITABLE,
    adapterKind: 'draft',
    modelBlockSeparator: '\n',
  },
];

export const REACT_TEXTAREA: EditorFixture = {
  name: 'React-controlled textarea',
  path: '/dist/react-textarea.html',
  editable: '#editor textarea',
  adapterKind: 'textarea',
  modelBlockSeparator: '\n',
};

export const CODEMIRROR = {
  name: 'CodeMirror 6',
  path: '/dist/codemirror.html',
  editable: '.cm-content',
};

/** The editor's own model, read through the fixture page's `window.fixture`. */
export function modelText(page: Page): Promise<string> {
  return page.evaluate(() => {
    if (!window.fixture) throw new Error('the fixture page has not mounted its editor');
    return window.fixture.modelText();
  });
}

/** Waits until the fixture page has mounted its editor. */
export async function fixtureReady(page: Page): Promise<void> {
  await page.waitForFunction(() => window.fixture !== undefined, undefined, { polling: 50 });
}
