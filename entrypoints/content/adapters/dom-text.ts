/**
 * Maps a contenteditable root to the plain text the engine analyses, and text offsets back to DOM
 * points. Blocks and <br> become "\n"; every other character maps 1:1 to a character of a Text node,
 * so `getText().slice(a, b)` is exactly what a Range built by `rangeFor(a, b)` covers.
 *
 * Shared by contenteditable.ts and the rich-editor adapters (ProseMirror, Lexical, Quill, Slate,
 * Draft.js), which only add their editor's quirks on top.
 */

/** One stretch of the text: the characters of a Text node, or a "\n" for a <br> or a block edge. */
export interface TextSegment {
  /** Text node (kind 'text') or the element that caused the line break (kind 'break'). */
  node: Node;
  kind: 'text' | 'break';
  /** Offset of the segment's first character in the text. */
  start: number;
  /** Exclusive. */
  end: number;
  /** For breaks: the DOM point where the line break sits, and whether a caret exactly there is before it. */
  breakPoint?: DomPoint;
  breakBeforePoint?: boolean;
}

export interface DomText {
  text: string;
  segments: TextSegment[];
}

export interface DomPoint {
  node: Node;
  offset: number;
}

const BLOCK_TAGS = new Set([
  'ADDRESS',
  'ARTICLE',
  'ASIDE',
  'BLOCKQUOTE',
  'DD',
  'DIV',
  'DL',
  'DT',
  'FIELDSET',
  'FIGCAPTION',
  'FIGURE',
  'FOOTER',
  'FORM',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'HEADER',
  'HR',
  'LI',
  'MAIN',
  'NAV',
  'OL',
  'P',
  'PRE',
  'SECTION',
  'TABLE',
  'TR',
  'TD',
  'TH',
  'UL',
]);

const SKIPPED_TAGS = new Set(['SCRIPT', 'STYLE', 'TEMPLATE', 'NOSCRIPT']);

export function isBlock(node: Node): boolean {
  return node.nodeType === Node.ELEMENT_NODE && BLOCK_TAGS.has((node as Element).tagName);
}

/** Source-formatting whitespace between blocks ("\n    ") is not rendered; leave it out of the text. */
function isFormattingWhitespace(node: Text): boolean {
  const data = node.data;
  if (!/^[ \t\r\n]*$/.test(data) || !data.includes('\n')) return false;
  const prev = node.previousSibling;
  const next = node.nextSibling;
  return (prev === null || isBlock(prev)) && (next === null || isBlock(next));
}

/** Reads the text of `root` with its segment map. Cost is linear in the size of the subtree. */
export function readDomText(root: Node): DomText {
  const segments: TextSegment[] = [];
  let text = '';
  let pendingBreak: { node: Node; point: DomPoint; beforePoint: boolean } | null = null;

  const emitBreak = (node: Node, point: DomPoint, beforePoint: boolean) => {
    segments.push({
      node,
      kind: 'break',
      start: text.length,
      end: text.length + 1,
      breakPoint: point,
      breakBeforePoint: beforePoint,
    });
    text += '\n';
  };
  // A block starts on a new line unless the text already ends with one (Chrome's <div><br></div>).
  const flushBreak = () => {
    if (pendingBreak && text.length > 0 && !text.endsWith('\n')) {
      emitBreak(pendingBreak.node, pendingBreak.point, pendingBreak.beforePoint);
    }
    pendingBreak = null;
  };

  const walk = (node: Node) => {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === Node.TEXT_NODE) {
        const textNode = child as Text;
        if (textNode.data.length === 0 || isFormattingWhitespace(textNode)) continue;
        flushBreak();
        segments.push({
          node: textNode,
          kind: 'text',
          start: text.length,
          end: text.length + textNode.data.length,
        });
        text += textNode.data;
      } else if (child.nodeType === Node.ELEMENT_NODE) {
        const element = child as Element;
        if (SKIPPED_TAGS.has(element.tagName)) continue;
        if (element.tagName === 'BR') {
          flushBreak();
          emitBreak(element, afterNode(element), false);
          continue;
        }
        const block = isBlock(element);
        // The line break before a block sits at its start; the one after it at its end.
        if (block)
          pendingBreak ??= {
            node: element,
            point: { node: element, offset: 0 },
            beforePoint: false,
          };
        walk(element);
        if (block) {
          const point = { node: element, offset: element.childNodes.length };
          pendingBreak = { node: element, point, beforePoint: true };
        }
      }
    }
  };
  walk(root);
  return { text, segments };
}

/**
 * The DOM point for a text offset. `affinity: 'forward'` prefers the start of the following text
 * (for a range's start), 'backward' the end of the preceding text (for a range's end).
 */
export function pointAt(
  root: Node,
  domText: DomText,
  offset: number,
  affinity: 'forward' | 'backward',
): DomPoint {
  const { segments } = domText;
  const inside = (s: TextSegment) =>
    affinity === 'forward'
      ? offset >= s.start && offset < s.end
      : offset > s.start && offset <= s.end;
  for (const segment of segments) {
    if (segment.kind === 'text' && inside(segment)) {
      return { node: segment.node, offset: offset - segment.start };
    }
  }
  // The offset sits on a line break (or at an edge): use the nearest text boundary or the break itself.
  for (const segment of segments) {
    if (segment.kind === 'text' && segment.start === offset)
      return { node: segment.node, offset: 0 };
    if (segment.kind === 'text' && segment.end === offset) {
      return { node: segment.node, offset: segment.end - segment.start };
    }
  }
  for (const segment of segments) {
    if (segment.kind === 'break' && segment.start >= offset) {
      // Just before the "\n": at the end of a finished block, else before the <br> or new block.
      return segment.breakBeforePoint && segment.breakPoint
        ? segment.breakPoint
        : beforeNode(segment.node);
    }
  }
  const last = segments[segments.length - 1];
  if (last?.kind === 'text') return { node: last.node, offset: last.end - last.start };
  if (last) return afterNode(last.node);
  return { node: root, offset: root.childNodes.length };
}

function beforeNode(node: Node): DomPoint {
  const parent = node.parentNode!;
  return { node: parent, offset: Array.prototype.indexOf.call(parent.childNodes, node) as number };
}

function afterNode(node: Node): DomPoint {
  const point = beforeNode(node);
  return { node: point.node, offset: point.offset + 1 };
}

/** A Range over [start, end) of the text, or null when the offsets are out of range. */
export function rangeFor(root: Node, domText: DomText, start: number, end: number): Range | null {
  if (start < 0 || end < start || end > domText.text.length) return null;
  const document = root.ownerDocument ?? (root as Document);
  const range = document.createRange();
  const from = pointAt(root, domText, start, 'forward');
  const to = start === end ? from : pointAt(root, domText, end, 'backward');
  range.setStart(from.node, from.offset);
  range.setEnd(to.node, to.offset);
  return range;
}

/** The text offset of a DOM point inside `root` (a selection's anchor or focus), or null when outside. */
export function offsetAt(root: Node, domText: DomText, point: DomPoint): number | null {
  if (point.node !== root && !root.contains(point.node)) return null;
  if (point.node.nodeType === Node.TEXT_NODE) {
    const segment = domText.segments.find((s) => s.node === point.node);
    if (segment) return segment.start + Math.min(point.offset, segment.end - segment.start);
  }
  // An element point: the end of the last segment that lies wholly before it.
  const document = root.ownerDocument ?? (root as Document);
  const probe = document.createRange();
  probe.setStart(point.node, point.offset);
  probe.collapse(true);
  let offset = 0;
  for (const segment of domText.segments) {
    const end = segment.breakPoint ?? segmentEnd(segment);
    const relation = probe.comparePoint(end.node, end.offset);
    // A caret right at a block's end is still on that block's line, before its line break.
    const before = segment.breakBeforePoint ? relation < 0 : relation <= 0;
    if (!before) break;
    offset = segment.end;
  }
  return offset;
}

function segmentEnd(segment: TextSegment): DomPoint {
  if (segment.kind === 'text') return { node: segment.node, offset: (segment.node as Text).length };
  return afterNode(segment.node);
}
