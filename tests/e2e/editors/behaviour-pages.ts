/**
 * Every fixture page the shared behaviour suite runs over: the content helper's plain pages
 * (tests/e2e/fixtures/pages/) and the editor pages built from npm (tests/e2e/fixtures/dist/).
 * `model` reads what the page's own code sees (an editor's model, a React state, a field's value);
 * `visible` reads what the user sees.
 */
import type { Frame, Page } from 'playwright-core';
import { RICH_EDITORS, REACT_TEXTAREA, modelText } from './fixture-pages';

export interface BehaviourPage {
  name: string;
  /** The adapter factory (`kind` of a default export in entrypoints/content/adapters/) this page exercises. */
  adapter: string;
  /** Path under tests/e2e/fixtures/. */
  path: string;
  /** Selector of the field the user types into, inside `frame(page)`. */
  field: string;
  /** True for single-line fields. */
  singleLine?: boolean;
  /** The frame holding the field (and so the nudge UI for it). */
  frame(page: Page): Frame;
  /** True when the page mounts an editor with `window.fixture`. */
  hasModel: boolean;
  model(page: Page): Promise<string>;
  visible(page: Page): Promise<string>;
}

const mainFrame = (page: Page): Frame => page.mainFrame();

function plainControl(
  name: string,
  path: string,
  field: string,
  singleLine = false,
): BehaviourPage {
  const value = (page: Page) => mainFrame(page).locator(field).inputValue();
  return {
    name,
    adapter: 'text-control',
    path,
    field,
    singleLine,
    frame: mainFrame,
    hasModel: false,
    model: value,
    visible: value,
  };
}

const innerFrame = (page: Page): Frame => {
  const frame = page.frames().find((f) => f.url().endsWith('/pages/iframe-inner.html'));
  if (!frame) throw new Error('the iframe has not loaded');
  return frame;
};

export const PLAIN_PAGES: BehaviourPage[] = [
  plainControl('textarea', '/pages/textarea.html', '#entry'),
  plainControl('text input', '/pages/input.html', '#status', true),
  {
    name: 'contenteditable',
    adapter: 'contenteditable',
    path: '/pages/contenteditable.html',
    field: '#editor',
    frame: mainFrame,
    hasModel: false,
    model: (page) => page.locator('#editor').innerText(),
    visible: (page) => page.locator('#editor').innerText(),
  },
  // Playwright's CSS selectors pierce open shadow roots.
  plainControl('open shadow root', '/pages/shadow.html', '#inner'),
  {
    name: 'iframe',
    adapter: 'text-control',
    path: '/pages/iframe.html',
    field: '#framed',
    frame: innerFrame,
    hasModel: false,
    model: (page) => innerFrame(page).locator('#framed').inputValue(),
    visible: (page) => innerFrame(page).locator('#framed').inputValue(),
  },
];

export const EDITOR_PAGES: BehaviourPage[] = [
  ...RICH_EDITORS.map((editor): BehaviourPage => ({
    name: editor.name,
    adapter: editor.adapterKind,
    path: editor.path,
    field: editor.editable,
    frame: mainFrame,
    hasModel: true,
    model: modelText,
    visible: (page) => page.locator(editor.editable).innerText(),
  })),
  {
    name: REACT_TEXTAREA.name,
    adapter: 'text-control',
    path: REACT_TEXTAREA.path,
    field: REACT_TEXTAREA.editable,
    frame: mainFrame,
    hasModel: true,
    model: modelText,
    visible: (page) => page.locator(REACT_TEXTAREA.editable).inputValue(),
  },
];

/**
 * Where `replacement` was put into `before` to give `after`, with everything else identical:
 * the unchanged text before and after it and the words it replaced; null when `after` is not
 * `before` with exactly one stretch replaced by `replacement`.
 */
export function replacedStretch(
  before: string,
  after: string,
  replacement: string,
): { prefix: string; suffix: string; removed: string } | null {
  for (let at = after.indexOf(replacement); at >= 0; at = after.indexOf(replacement, at + 1)) {
    const prefix = after.slice(0, at);
    const suffix = after.slice(at + replacement.length);
    if (
      prefix.length + suffix.length < before.length &&
      before.startsWith(prefix) &&
      before.endsWith(suffix)
    ) {
      return {
        prefix,
        suffix,
        removed: before.slice(prefix.length, before.length - suffix.length),
      };
    }
  }
  return null;
}
