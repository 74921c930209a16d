/**
 * Bundled by fixtures/build.mjs into dist/adapter-harness.js and added to an editor fixture page
 * by adapters.e2e.test.ts, so the editor adapters can be exercised directly in a real page (the
 * extension runs them in its isolated world; the DOM, selection and events they use are the same).
 */
import { draftAdapter } from '../../../entrypoints/content/adapters/draft';
import { lexicalAdapter } from '../../../entrypoints/content/adapters/lexical';
import { prosemirrorAdapter } from '../../../entrypoints/content/adapters/prosemirror';
import { quillAdapter } from '../../../entrypoints/content/adapters/quill';
import { slateAdapter } from '../../../entrypoints/content/adapters/slate';
import { tiptapAdapter } from '../../../entrypoints/content/adapters/tiptap';
import { TextMirror } from '../../../entrypoints/content/adapters/text-mirror';
import type { FieldAdapter, TextSelection } from '../../../entrypoints/content/adapters/types';

const EDITOR_FACTORIES = [
  prosemirrorAdapter,
  tiptapAdapter,
  lexicalAdapter,
  quillAdapter,
  slateAdapter,
  draftAdapter,
];

export interface AdapterProbe {
  /** Creates the adapter for the focused field; returns its kind ('' when no editor adapter matches). */
  attach(): string;
  text(): string;
  selection(): TextSelection | null;
  rects(start: number, end: number): Array<{ x: number; y: number; width: number; height: number }>;
  rangeText(start: number, end: number): string | null;
  replace(start: number, end: number, text: string): Promise<boolean>;
  select(start: number, end: number): void;
  /** Starts replace() without waiting for it; `pending()` gives its result. */
  startReplace(start: number, end: number, text: string): void;
  pending(): Promise<boolean>;
}

declare global {
  interface Window {
    adapterProbe?: AdapterProbe;
  }
}

let adapter: FieldAdapter | null = null;
let pending: Promise<boolean> = Promise.resolve(false);
const current = (): FieldAdapter => {
  if (!adapter) throw new Error('adapterProbe.attach() first');
  return adapter;
};

window.adapterProbe = {
  attach() {
    adapter?.dispose();
    adapter = null;
    const focused = document.activeElement;
    if (!(focused instanceof HTMLElement)) return '';
    const factory = EDITOR_FACTORIES.filter((f) => f.matches(focused)).sort(
      (a, b) => b.priority - a.priority,
    )[0];
    if (!factory) return '';
    // Editor adapters measure through the editor's own DOM; only text controls use the mirror.
    adapter = factory.create(focused, { textMirror: new TextMirror() });
    return adapter.kind;
  },
  text: () => current().getText(),
  selection: () => current().getSelection(),
  rects: (start, end) =>
    current()
      .getRects(start, end)
      .map(({ x, y, width, height }) => ({ x, y, width, height })),
  rangeText: (start, end) => current().getRange(start, end)?.toString() ?? null,
  replace: (start, end, text) => current().replace(start, end, text),
  select: (start, end) => current().setSelection({ start, end }),
  startReplace(start, end, text) {
    pending = current().replace(start, end, text);
  },
  pending: () => pending,
};
