import { describe, expect, test } from 'vitest';
import { editableRootOf, skipReason } from '../../../entrypoints/content/eligibility';

function field(html: string, selector = '#f'): HTMLElement {
  document.body.innerHTML = html;
  const element = document.querySelector<HTMLElement>(selector)!;
  // happy-dom has no layout: give fields a box so only the rules under test decide.
  element.getClientRects = () => [new DOMRect(0, 0, 100, 20)] as unknown as DOMRectList;
  return element;
}

describe('skipReason', () => {
  test.each([
    ['<textarea id="f"></textarea>', null],
    ['<input id="f">', null],
    ['<input id="f" type="search">', null],
    ['<input id="f" type="password">', 'type'],
    ['<input id="f" type="email">', 'type'],
    ['<input id="f" type="number">', 'type'],
    ['<input id="f" type="tel">', 'type'],
    ['<input id="f" type="url">', 'type'],
    ['<input id="f" autocomplete="cc-number">', 'private'],
    ['<input id="f" autocomplete="section-x current-password">', 'private'],
    ['<input id="f" autocomplete="one-time-code">', 'private'],
    ['<textarea id="f" readonly></textarea>', 'read-only'],
    ['<textarea id="f" disabled></textarea>', 'read-only'],
    ['<textarea id="f" spellcheck="false"></textarea>', 'no spellcheck'],
    ['<div spellcheck="false"><textarea id="f"></textarea></div>', 'no spellcheck'],
    ['<div spellcheck="false"><textarea id="f" spellcheck="true"></textarea></div>', null],
    // Draft.js's default, not a choice of the page.
    [
      '<div class="DraftEditor-root"><div id="f" class="public-DraftEditor-content" contenteditable="true" spellcheck="false"></div></div>',
      null,
    ],
    [
      '<section spellcheck="false"><div id="f" class="public-DraftEditor-content" contenteditable="true"></div></section>',
      'no spellcheck',
    ],
    ['<textarea id="f" data-gramm="false"></textarea>', 'opted out'],
    ['<textarea id="f" data-enable-grammarly="false"></textarea>', 'opted out'],
    ['<section data-selfkind="off"><textarea id="f"></textarea></section>', 'opted out'],
    [
      '<div class="cm-editor"><div id="f" class="cm-content" contenteditable="true"></div></div>',
      'code editor',
    ],
    ['<div class="monaco-editor"><textarea id="f"></textarea></div>', 'code editor'],
  ])('%s → %s', (html, reason) => {
    expect(skipReason(field(html))).toBe(reason);
  });

  test('a hidden field is skipped', () => {
    const element = field('<textarea id="f"></textarea>');
    element.getClientRects = () => [] as unknown as DOMRectList;
    expect(skipReason(element)).toBe('hidden');
  });
});

describe('editableRootOf', () => {
  test('the outermost contenteditable is the root', () => {
    document.body.innerHTML = '<div id="r" contenteditable="true"><p><b id="in">x</b></p></div>';
    expect(editableRootOf(document.getElementById('in'))?.id).toBe('r');
  });
  test('non-editable targets give null', () => {
    document.body.innerHTML = '<p id="p">x</p>';
    expect(editableRootOf(document.getElementById('p'))).toBeNull();
  });
});
