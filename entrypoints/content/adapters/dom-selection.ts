/**
 * The one selection helper of the adapters that edit the DOM (contenteditable and the rich editors): where a
 * field's caret is, as offsets into its text, and how to put it somewhere.
 */
import { offsetAt, type DomText } from './dom-text';
import type { TextSelection } from './types';

/**
 * The Selection that holds `element`'s caret. Chromium gives a shadow root its own selection; elsewhere the
 * document's covers it. The element's own window is asked, so that the check holds in frames and through
 * Firefox's Xray wrappers.
 */
export function selectionFor(element: HTMLElement): Selection | null {
  const document = element.ownerDocument;
  const view = document.defaultView ?? window;
  const root = element.getRootNode() as ShadowRoot & { getSelection?: () => Selection | null };
  return root instanceof view.ShadowRoot && typeof root.getSelection === 'function'
    ? root.getSelection()
    : document.getSelection();
}

/** The caret or selection inside `element`, as offsets into `domText`; null when it is elsewhere. */
export function readSelection(element: HTMLElement, domText: DomText): TextSelection | null {
  const selection = selectionFor(element);
  if (!selection || selection.rangeCount === 0 || !selection.anchorNode) return null;
  if (!element.contains(selection.anchorNode)) return null;
  const anchor = offsetAt(element, domText, {
    node: selection.anchorNode,
    offset: selection.anchorOffset,
  });
  const focus = offsetAt(element, domText, {
    node: selection.focusNode ?? selection.anchorNode,
    offset: selection.focusOffset,
  });
  if (anchor === null || focus === null) return null;
  return { start: Math.min(anchor, focus), end: Math.max(anchor, focus) };
}

/** Selects `range` in `element`, focusing the element first unless focus is already inside it. */
export function selectRange(element: HTMLElement, range: Range): void {
  const active = element.ownerDocument.activeElement;
  if (active !== element && !element.contains(active)) element.focus({ preventScroll: true });
  const selection = selectionFor(element);
  if (!selection) return;
  selection.removeAllRanges();
  selection.addRange(range);
}
