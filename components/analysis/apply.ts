import type { Finding, Suggestion } from '../../lib/engine/types';

export interface Replacement {
  /** Range of the original text to replace (UTF-16, end exclusive). */
  start: number;
  end: number;
  insert: string;
}

/** Which part of the analysed text a suggestion replaces: the flagged words or the whole sentence. */
export function replacementFor(finding: Finding, suggestion: Suggestion): Replacement {
  return suggestion.replaces === 'sentence'
    ? { start: finding.sentenceStart, end: finding.sentenceEnd, insert: suggestion.text }
    : { start: finding.start, end: finding.end, insert: suggestion.text };
}

export function applyReplacement(text: string, { start, end, insert }: Replacement): string {
  return text.slice(0, start) + insert + text.slice(end);
}

/**
 * Replaces a range of a textarea as one native edit, so the browser's undo (Ctrl+Z) restores the
 * user's words. Falls back to setRangeText (no undo entry) where execCommand is unavailable.
 */
export function replaceInTextarea(
  field: HTMLTextAreaElement | HTMLInputElement,
  r: Replacement,
): void {
  field.focus();
  field.setSelectionRange(r.start, r.end);
  const done =
    typeof document.execCommand === 'function' &&
    document.execCommand('insertText', false, r.insert);
  if (!done || field.value.slice(r.start, r.start + r.insert.length) !== r.insert) {
    field.setRangeText(r.insert, r.start, r.end, 'end');
    field.dispatchEvent(
      new InputEvent('input', { bubbles: true, inputType: 'insertReplacementText' }),
    );
  }
}
