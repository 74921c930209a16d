import { describe, expect, test } from 'vitest';
import draft from '../../../entrypoints/content/adapters/draft';
import lexical from '../../../entrypoints/content/adapters/lexical';
import prosemirror from '../../../entrypoints/content/adapters/prosemirror';
import quill from '../../../entrypoints/content/adapters/quill';
import slate from '../../../entrypoints/content/adapters/slate';
import tiptap from '../../../entrypoints/content/adapters/tiptap';
import type { AdapterFactory } from '../../../entrypoints/content/adapters/types';

const EDITOR_FACTORIES: AdapterFactory[] = [prosemirror, tiptap, lexical, quill, slate, draft];

/** The factory the registry would pick among the editor adapters (highest priority that matches). */
function pick(html: string): string | null {
  document.body.innerHTML = html;
  const root = document.body.querySelector<HTMLElement>('[contenteditable="true"]')!;
  const winner = EDITOR_FACTORIES.filter((factory) => factory.matches(root)).sort(
    (a, b) => b.priority - a.priority,
  )[0];
  return winner?.kind ?? null;
}

describe('each editor root is recognised by its own adapter', () => {
  test.each([
    ['prosemirror', '<div class="ProseMirror" contenteditable="true"></div>'],
    ['tiptap', '<div class="tiptap ProseMirror" contenteditable="true"></div>'],
    ['lexical', '<div contenteditable="true" data-lexical-editor="true"></div>'],
    [
      'quill',
      '<div class="ql-container"><div class="ql-editor" contenteditable="true"></div></div>',
    ],
    [
      'slate',
      '<div data-slate-editor="true" data-slate-node="value" contenteditable="true"></div>',
    ],
    [
      'draft',
      '<div class="public-DraftEditor-content" contenteditable="true"><div data-contents="true"></div></div>',
    ],
    [null, '<div contenteditable="true"><p>Plain rich text</p></div>'],
    [null, '<div class="cm-content" contenteditable="true"></div>'],
  ])('%s', (kind, html) => {
    expect(pick(html)).toBe(kind);
  });
});

test('every editor adapter outranks plain contenteditable (priority 0) and names itself', () => {
  for (const factory of EDITOR_FACTORIES) expect(factory.priority).toBeGreaterThan(0);
  expect(new Set(EDITOR_FACTORIES.map((factory) => factory.kind)).size).toBe(
    EDITOR_FACTORIES.length,
  );
});
