/**
 * A field adapter turns one editable field into plain text and back. One file per field kind or
 * editor quirk (text-control.ts, contenteditable.ts, prosemirror.ts, lexical.ts, ...). Offsets are
 * UTF-16 offsets into the string `getText()` returns, the same string the engine analyses.
 */
import type { TextMirror } from './text-mirror';

export interface TextSelection {
  start: number;
  end: number;
}

export interface FieldAdapter {
  /** Adapter name, for debugging and tests ("textarea", "prosemirror", ...). */
  readonly kind: string;
  /** The element the user types into (textarea, input, or the contenteditable root). */
  readonly element: HTMLElement;
  /** The field's text as the user sees it; blocks and <br> become "\n". */
  getText(): string;
  /** A DOM Range over [start, end) for the CSS Custom Highlight API, or null where none exists (text controls). */
  getRange(start: number, end: number): Range | null;
  /** Viewport rectangles covering [start, end), for overlay boxes and anchoring the card. */
  getRects(start: number, end: number): DOMRect[];
  /** The caret / selection in text offsets, or null when the field has no focus. */
  getSelection(): TextSelection | null;
  /** Puts the caret / selection back (after the card closes). Never called while the user types. */
  setSelection(selection: TextSelection): void;
  /**
   * Replaces [start, end) with `text` as ONE undo step through the browser's own editing path
   * (execCommand('insertText') or the editor's input events), so the editor's model sees it and
   * Ctrl+Z restores the original. The caret lands right after the new text.
   * Resolves true when getText() afterwards equals the expected result; false leaves the text untouched.
   */
  replace(start: number, end: number, text: string): Promise<boolean>;
  /** Releases listeners and observers. */
  dispose(): void;
}

/** What the page's Selfkind gives every adapter it creates. */
export interface AdapterContext {
  /** Measures where a textarea's or input's characters are drawn (the overlay owns it). */
  textMirror: TextMirror;
}

export interface AdapterFactory {
  readonly kind: string;
  /** Higher wins when several match (a specific editor beats plain contenteditable). */
  readonly priority: number;
  /** True when this adapter handles `element` (the focused editable root). */
  matches(element: HTMLElement): boolean;
  create(element: HTMLElement, context: AdapterContext): FieldAdapter;
}
