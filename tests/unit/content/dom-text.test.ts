import { describe, expect, test } from 'vitest';
import { offsetAt, rangeFor, readDomText } from '../../../entrypoints/content/adapters/dom-text';

function rootOf(html: string): HTMLElement {
  const root = document.createElement('div');
  root.innerHTML = html;
  return root;
}

describe('readDomText', () => {
  test.each([
    ['plain', 'I am tired', 'I am tired'],
    ['inline formatting', 'I <b>always</b> <i>mess</i> up', 'I always mess up'],
    ['br', 'one<br>two', 'one\ntwo'],
    ['blocks', '<div>one</div><div>two</div>', 'one\ntwo'],
    ['empty line as <div><br></div>', '<div>a</div><div><br></div><div>b</div>', 'a\n\nb'],
    ['trailing br inside a block', '<div>a<br></div><div>b</div>', 'a\nb'],
    ['text then block', 'a<div>b</div>c', 'a\nb\nc'],
    ['nested blocks', '<div><p>a</p><p>b <em>c</em></p></div><p>d</p>', 'a\nb c\nd'],
    ['source whitespace', '\n  <p>a</p>\n  <p>b</p>\n', 'a\nb'],
    ['list', '<ul><li>x</li><li>y</li></ul>', 'x\ny'],
  ])('%s', (_name, html, expected) => {
    expect(readDomText(rootOf(html)).text).toBe(expected);
  });
});

describe('rangeFor covers exactly the sliced text', () => {
  const html = '<p>I am <b>such an</b> idiot</p><p>and I <i>always</i><br>fail</p>';
  const root = rootOf(html);
  const domText = readDomText(root);
  const text = domText.text;
  const cases: Array<[number, number]> = [];
  for (let start = 0; start <= text.length; start++) {
    for (let end = start; end <= text.length; end++) cases.push([start, end]);
  }
  test('every [start, end) without line breaks', () => {
    for (const [start, end] of cases) {
      const slice = text.slice(start, end);
      if (slice.includes('\n')) continue;
      const range = rangeFor(root, domText, start, end)!;
      expect(range.toString(), `${start}-${end}`).toBe(slice);
    }
  });
  test('out of range gives null', () => {
    expect(rangeFor(root, domText, 0, text.length + 1)).toBeNull();
    expect(rangeFor(root, domText, 3, 2)).toBeNull();
  });
});

describe('offsetAt', () => {
  const root = rootOf('<div>ab</div><div><br></div><div>c<b>de</b></div>');
  const domText = readDomText(root);
  test('the text is as expected', () => expect(domText.text).toBe('ab\n\ncde'));
  test('text points', () => {
    const b = root.querySelector('b')!.firstChild!;
    expect(offsetAt(root, domText, { node: b, offset: 1 })).toBe(6);
    expect(offsetAt(root, domText, { node: root.firstChild!.firstChild!, offset: 2 })).toBe(2);
  });
  test('element points', () => {
    const [first, empty, last] = Array.from(root.children);
    expect(offsetAt(root, domText, { node: first!, offset: 1 })).toBe(2);
    expect(offsetAt(root, domText, { node: empty!, offset: 0 })).toBe(3);
    expect(offsetAt(root, domText, { node: last!, offset: 0 })).toBe(4);
    expect(offsetAt(root, domText, { node: root, offset: 3 })).toBe(7);
  });
  test('points outside the root are null', () => {
    expect(offsetAt(root, domText, { node: document.body, offset: 0 })).toBeNull();
  });
  test('offsets round-trip through rangeFor', () => {
    for (let offset = 0; offset <= domText.text.length; offset++) {
      const range = rangeFor(root, domText, offset, offset)!;
      expect(
        offsetAt(root, domText, { node: range.startContainer, offset: range.startOffset }),
      ).toBe(offset);
    }
  });
});
