/** A range of text to replace: `[start, end)` (UTF-16, end exclusive) becomes `text`. Offers are ranges. */
export interface TextEdit {
  start: number;
  end: number;
  text: string;
}

export function applyEdit(value: string, { start, end, text }: TextEdit): string {
  return value.slice(0, start) + text + value.slice(end);
}

/**
 * Replaces a range of a textarea or text input as one native edit: the browser's undo (Ctrl+Z) restores the
 * user's words, and frameworks see a real input event. Where execCommand does nothing, setRangeText (no undo
 * entry) and an input event of our own. Used by the pages and by the content script's text-control adapter.
 * True when the field then reads as expected.
 */
export function replaceInTextarea(
  field: HTMLTextAreaElement | HTMLInputElement,
  edit: TextEdit,
): boolean {
  const before = field.value;
  const expected = applyEdit(before, edit);
  field.focus({ preventScroll: true });
  field.setSelectionRange(edit.start, edit.end);
  const document = field.ownerDocument;
  const inserted =
    typeof document.execCommand === 'function' &&
    document.execCommand('insertText', false, edit.text);
  if (!inserted && field.value === before) {
    field.setRangeText(edit.text, edit.start, edit.end, 'end');
    field.dispatchEvent(
      new InputEvent('input', { bubbles: true, inputType: 'insertText', data: edit.text }),
    );
  }
  return field.value === expected;
}
