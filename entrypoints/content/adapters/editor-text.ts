/**
 * The text of a rich editor as the user reads it: dom-text.ts's mapping minus what the editor
 * adds around the user's words (placeholders and widgets marked contenteditable="false",
 * zero-width filler text such as Slate's and Quill's U+FEFF nodes, editor-specific markers).
 * Offsets stay exact: every kept character still maps 1:1 to a character of a Text node.
 */
import { readDomText, type DomText, type TextSegment } from './dom-text';

/** Text made only of zero-width characters is an editor's caret filler, never the user's words. */
const ZERO_WIDTH_ONLY = /^(?:\u200B|\u200C|\u200D|\u2060|\uFEFF)+$/;

/** True for nodes inside `root` that belong to the editor, not to the user's text. */
export type DecorationTest = (element: Element) => boolean;

function insideDecoration(root: Node, node: Node, isDecoration: DecorationTest): boolean {
  for (
    let element = node.parentElement;
    element && element !== root;
    element = element.parentElement
  ) {
    if (element.getAttribute('contenteditable') === 'false' || isDecoration(element)) return true;
  }
  return false;
}

function isEditorFiller(root: Node, segment: TextSegment, isDecoration: DecorationTest): boolean {
  if (segment.kind === 'break') {
    return segment.node !== root && insideDecoration(root, segment.node, isDecoration);
  }
  const data = (segment.node as Text).data;
  return ZERO_WIDTH_ONLY.test(data) || insideDecoration(root, segment.node, isDecoration);
}

/** Reads `root` like readDomText, leaving out the editor's own filler and decorations. */
export function readEditorText(root: Node, isDecoration: DecorationTest = () => false): DomText {
  const raw = readDomText(root);
  const segments: TextSegment[] = [];
  let text = '';
  for (const segment of raw.segments) {
    if (isEditorFiller(root, segment, isDecoration)) continue;
    // A block edge before any kept text is not a line the user wrote (e.g. after a placeholder).
    if (
      segment.kind === 'break' &&
      text.length === 0 &&
      (segment.node as Element).tagName !== 'BR'
    ) {
      continue;
    }
    const piece = segment.kind === 'break' ? '\n' : (segment.node as Text).data;
    segments.push({ ...segment, start: text.length, end: text.length + piece.length });
    text += piece;
  }
  // Only line breaks (an empty editor's <p><br></p>): no words, and nothing to map.
  if (/^\n*$/.test(text)) return { text: '', segments: [] };
  return { text, segments };
}
