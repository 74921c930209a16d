/**
 * The text of a textarea/input mirror, one block per paragraph, so that an edit re-lays out only the paragraph
 * it touched. A big change (a 100,000-word paste) is added a chunk per task: laying out the whole text at once
 * would block the page for over 100 ms. While chunks are missing, the mirror holds the value's first paragraphs
 * exactly and `ready` says how far that goes.
 */
import { commonPrefix, commonSuffix } from '@/lib/engine/text-diff';

/** Characters of new paragraphs added in one task: a few milliseconds of layout (20,000 took 30-70 ms on a busy machine). */
const CHUNK_CHARS = 10_000;

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
  /** The value a complete mirror holds: an edit is found by comparing with it. */
  value: string;
  /** The value an incomplete mirror is being built towards, split into paragraphs once for all its chunks. */
  target: { value: string; paragraphs: string[] } | null;
}

export function emptyMirrorText(element: HTMLElement, field: HTMLElement): MirrorText {
  element.replaceChildren();
  return {
    element,
    field,
    paragraphs: [],
    starts: [],
    texts: [],
    ready: 0,
    complete: true,
    value: '',
    target: null,
  };
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
  if (mirror.value === value && mirror.complete) return;
  if (!editParagraphs(mirror, value)) rebuildParagraphs(mirror, value);
  mirror.value = mirror.complete ? value : '';
  mirror.target = mirror.complete ? null : mirror.target;
}

/** The mirror is still being built towards `value`: its next chunks come in their own tasks. */
export function growingTowards(mirror: MirrorText, value: string): boolean {
  return !mirror.complete && mirror.target?.value === value;
}

/** The paragraph holding `offset` (binary search over `starts`). */
function paragraphAt(starts: readonly number[], offset: number): number {
  let low = 0;
  let high = starts.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if (starts[mid]! <= offset) low = mid;
    else high = mid - 1;
  }
  return low;
}

/**
 * A typed or deleted stretch in a complete mirror: only the paragraphs it touches are re-read from the value,
 * so a keystroke in a long text costs the edit, not the text (no split of the whole value, no comparing every
 * paragraph). False when the edit is too big for this path.
 */
function editParagraphs(mirror: MirrorText, value: string): boolean {
  const old = mirror.value;
  if (!mirror.complete || mirror.paragraphs.length === 0 || old.length === 0) return false;
  const prefix = commonPrefix(old, value);
  const suffix = commonSuffix(old, value, prefix);
  const delta = value.length - old.length;
  const first = paragraphAt(mirror.starts, prefix);
  const last = paragraphAt(mirror.starts, old.length - suffix);
  const from = mirror.starts[first]!;
  const oldEnd = mirror.starts[last]! + mirror.paragraphs[last]!.length;
  if (oldEnd + delta - from > CHUNK_CHARS) return false;
  const fresh = value.slice(from, oldEnd + delta).split('\n');

  const { texts, element } = mirror;
  const replaced = last - first + 1;
  // The same number of paragraphs (typing inside one): their text nodes change in place.
  if (fresh.length === replaced) {
    fresh.forEach((paragraph, i) => {
      if (mirror.paragraphs[first + i] !== paragraph)
        texts[first + i]!.data = paragraph || '\u200b';
    });
  } else {
    const blocks = fresh.map((p) => block(element.ownerDocument, p));
    const removed = texts.splice(first, replaced, ...blocks.map((b) => b.text));
    const anchor = removed[removed.length - 1]!.parentNode!.nextSibling;
    for (const text of removed) (text.parentNode as Element | null)?.remove();
    for (const b of blocks) element.insertBefore(b.block, anchor);
  }
  mirror.paragraphs.splice(first, replaced, ...fresh);
  const starts = mirror.starts;
  starts.splice(first, replaced, ...fresh.map(() => 0));
  let offset = from;
  for (let i = first; i < first + fresh.length; i++) {
    starts[i] = offset;
    offset += mirror.paragraphs[i]!.length + 1;
  }
  for (let i = first + fresh.length; i < starts.length; i++) starts[i] = starts[i]! + delta;
  mirror.ready = value.length;
  return true;
}

/** Diffs the value's paragraphs against the mirror's, adding at most a chunk of new ones. */
function rebuildParagraphs(mirror: MirrorText, value: string): void {
  // A value built over many chunks is split once (and its paragraphs, the same strings, compare at once).
  if (mirror.target?.value !== value) mirror.target = { value, paragraphs: value.split('\n') };
  const next = mirror.target.paragraphs;
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

/** The mirrored text node holding `offset` and the offset inside it; null if not laid out yet. */
export function locateInMirror(
  mirror: MirrorText,
  offset: number,
): { text: Text; local: number } | null {
  const { starts } = mirror;
  if (starts.length === 0 || (!mirror.complete && offset >= mirror.ready)) return null;
  const at = paragraphAt(starts, offset);
  const length = mirror.paragraphs[at]!.length;
  return { text: mirror.texts[at]!, local: Math.min(offset - starts[at]!, length) };
}
