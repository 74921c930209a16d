import { describe, expect, test } from 'vitest';
import { rangeFor } from '../../../entrypoints/content/adapters/dom-text';
import { readEditorText } from '../../../entrypoints/content/adapters/editor-text';

function root(html: string): HTMLElement {
  const element = document.createElement('div');
  element.setAttribute('contenteditable', 'true');
  element.innerHTML = html;
  document.body.replaceChildren(element);
  return element;
}

const slatePlaceholder = (element: Element) => element.hasAttribute('data-slate-placeholder');

// DOM shapes copied from what each editor renders (checked in the fixture pages).
describe.each([
  {
    editor: 'ProseMirror, empty paragraph between two',
    html: '<p>I tried.</p><p><br class="ProseMirror-trailingBreak"></p><p>It went badly.</p>',
    text: 'I tried.\n\nIt went badly.',
  },
  {
    editor: 'ProseMirror, widget decoration',
    html: '<p>I <span class="ProseMirror-widget" contenteditable="false">@note</span>tried.</p>',
    text: 'I tried.',
  },
  {
    editor: 'Slate, empty line holds a zero-width filler',
    html:
      '<div data-slate-node="element"><span data-slate-node="text"><span data-slate-leaf="true"><span data-slate-string="true">First line.</span></span></span></div>' +
      '<div data-slate-node="element"><span data-slate-node="text"><span data-slate-leaf="true"><span data-slate-zero-width="n" data-slate-length="0">\uFEFF<br></span></span></span></div>' +
      '<div data-slate-node="element"><span data-slate-node="text"><span data-slate-leaf="true"><span data-slate-string="true">Third line.</span></span></span></div>',
    text: 'First line.\n\nThird line.',
  },
  {
    editor: 'Slate, empty editor shows its placeholder',
    html: '<div data-slate-node="element"><span data-slate-node="text"><span data-slate-leaf="true"><span data-slate-placeholder="true" contenteditable="false">Write something…</span><span data-slate-zero-width="n" data-slate-length="0">\uFEFF<br></span></span></span></div>',
    text: '',
    isDecoration: slatePlaceholder,
  },
  {
    editor: 'ProseMirror, empty editor',
    html: '<p><br class="ProseMirror-trailingBreak"></p>',
    text: '',
  },
  {
    editor: 'Quill, caret-format span and empty line',
    html: '<p>Bold <strong>move<span class="ql-cursor">\uFEFF</span></strong>.</p><p><br></p><p>Next.</p>',
    text: 'Bold move.\n\nNext.',
  },
  {
    editor: 'Draft.js, nested block divs',
    html: '<div data-contents="true"><div data-block="true"><div class="public-DraftStyleDefault-block"><span><span data-text="true">One.</span></span></div></div><div data-block="true"><div class="public-DraftStyleDefault-block"><span><span data-text="true">Two.</span></span></div></div></div>',
    text: 'One.\nTwo.',
  },
])('$editor', ({ html, text, isDecoration }) => {
  test('reads the words the user sees, blocks as "\\n", no editor filler', () => {
    expect(readEditorText(root(html), isDecoration).text).toBe(text);
  });

  test('every kept offset maps back to the same characters in the DOM', () => {
    const element = root(html);
    const domText = readEditorText(element, isDecoration);
    for (const segment of domText.segments.filter((s) => s.kind === 'text')) {
      expect(rangeFor(element, domText, segment.start, segment.end)?.toString()).toBe(
        domText.text.slice(segment.start, segment.end),
      );
    }
  });
});
