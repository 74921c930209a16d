/**
 * The text of a textarea/input mirror, one block per paragraph, so that an edit re-lays out only the paragraph
 * it touched. A big change (a 100,000-word paste) is added a chunk per task: laying out the whole text at once
 * would block the page for over 100 ms. While chunks are missing, the mirror holds the value's first paragraphs
 * exactly and `ready` says how far that goes.
 */

/** Characters of new paragraphs added in one task: a few milliseconds of layout. */
const CHUNK_CHARS = 20_000;

export interface MirrorText {
  element: HTMLElement;
  field: HTMLElement;
  /** The paragraphs now in the mirror: the value's own, except that a middle stretch may still be missing. */
  paragraphs: string[];
  /** Offset in the value of each paragraph's first character (right for every paragraph before `ready`). */
  starts: number[];
  texts: Text[];
  /** Offsets before this are laid out as they are in the value. */
  ready: number;
  /** Every paragraph of the value is in the mirror. */
  complete: boolean;
}

export function emptyMirrorText(element: HTMLElement, field: HTMLElement): MirrorText {
  element.replaceChildren();
  return { element, field, paragraphs: [], starts: [], texts: [], ready: 0, complete: true };
}

function block(document: Document, paragraph: string): { block: HTMLElement; text: Text } {
  const element = document.createElement('div');
  // An empty paragraph still takes one line.
  const text = document.createTextNode(paragraph || '\u200b');
  element.append(text);
  return { block: element, text };
}

/** Brings the mirror closer to `value`: everything at once if the change is small, else the next chunk. */
export function syncMirrorText(mirror: MirrorText, value: string): void {
  const next = value.split('\n');
  const { paragraphs, texts, element } = mirror;
  let head = 0;
  while (head < next.length && head < paragraphs.length && next[head] === paragraphs[head]) head++;
  let tail = 0;
  while (
    tail < next.length - head &&
    tail < paragraphs.length - head &&
    next[next.length - 1 - tail] === paragraphs[paragraphs.length - 1 - tail]
  ) {
    tail++;
  }
  const missing = next.length - tail - head;
  let taken = 0;
  let chars = 0;
  while (taken < missing && (taken === 0 || chars < CHUNK_CHARS)) {
    chars += next[head + taken]!.length + 1;
    taken++;
  }
  const fresh = next.slice(head, head + taken).map((p) => block(element.ownerDocument, p));
  const removed = texts.splice(head, paragraphs.length - tail - head, ...fresh.map((f) => f.text));
  for (const text of removed) (text.parentNode as Element | null)?.remove();
  const anchor = texts[head + fresh.length]?.parentNode ?? null;
  for (const f of fresh) element.insertBefore(f.block, anchor);

  mirror.paragraphs = [...next.slice(0, head + taken), ...next.slice(next.length - tail)];
  mirror.complete = taken === missing;
  let offset = 0;
  mirror.starts = mirror.paragraphs.map((paragraph) => {
    const start = offset;
    offset += paragraph.length + 1;
    return start;
  });
  // Before the first missing paragraph, the mirror's paragraphs are the value's own.
  const built = head + taken;
  mirror.ready = mirror.complete
    ? value.length
    : built === 0
      ? 0
      : mirror.starts[built - 1]! + mirror.paragraphs[built - 1]!.length + 1;
}

/** The mirrored text node holding `offset` (binary search) and the offset inside it; null if not laid out yet. */
export function locateInMirror(
  mirror: MirrorText,
  offset: number,
): { text: Text; local: number } | null {
  const { starts } = mirror;
  if (starts.length === 0 || (!mirror.complete && offset >= mirror.ready)) return null;
  let low = 0;
  let high = starts.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if (starts[mid]! <= offset) low = mid;
    else high = mid - 1;
  }
  const length = mirror.paragraphs[low]!.length;
  return { text: mirror.texts[low]!, local: Math.min(offset - starts[low]!, length) };
}
