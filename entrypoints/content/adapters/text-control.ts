/** Adapter for <textarea> and text/search <input>: the value is the text; the mirror measures it. */
import { replaceInTextarea } from '@/components/analysis/apply';
import type { TextMirror } from './text-mirror';
import type { AdapterFactory, FieldAdapter, TextSelection } from './types';

type TextControl = HTMLTextAreaElement | HTMLInputElement;

function isTextControl(element: HTMLElement): element is TextControl {
  return element instanceof HTMLTextAreaElement || element instanceof HTMLInputElement;
}

export function createTextControlAdapter(field: TextControl, mirror: TextMirror): FieldAdapter {
  return {
    kind: field instanceof HTMLTextAreaElement ? 'textarea' : 'input',
    element: field,
    getText: () => field.value,
    getRange: () => null,
    getRects: (start, end) => mirror.rects(field, start, end),
    getSelection(): TextSelection | null {
      if (!isFocused(field)) return null;
      const { selectionStart, selectionEnd } = field;
      if (selectionStart === null || selectionEnd === null) return null;
      return { start: selectionStart, end: selectionEnd };
    },
    setSelection({ start, end }) {
      field.focus({ preventScroll: true });
      field.setSelectionRange(start, end);
    },
    replace: async (start, end, text) => replaceInTextarea(field, { start, end, text }),
    dispose() {},
  };
}

function isFocused(element: Element): boolean {
  const root = element.getRootNode() as Document | ShadowRoot;
  return root.activeElement === element;
}

const factory: AdapterFactory = {
  kind: 'text-control',
  priority: 0,
  matches: isTextControl,
  create: (element, { textMirror }) => createTextControlAdapter(element as TextControl, textMirror),
};
export default factory;
