/**
 * A fast sentence splitter with exact offsets. `scanSentence` is a pure function of the text from `from`
 * onwards, which is what lets the incremental analyzer re-split only the region around an edit.
 */
export interface SentenceSpan {
  /** First non-space character. */
  start: number;
  /** Exclusive; trailing spaces excluded. */
  end: number;
  /** Where scanning for the next sentence starts. */
  next: number;
  /** One past the last character this scan looked at (the end of the text counts as a character). */
  seen: number;
}

/** Long runs without punctuation are cut at a space so no single "sentence" gets huge. */
export const MAX_SENTENCE = 500;

const ABBREVIATIONS = new Set([
  'mr',
  'mrs',
  'ms',
  'dr',
  'prof',
  'sr',
  'jr',
  'st',
  'vs',
  'etc',
  'eg',
  'ie',
  'e.g',
  'i.e',
  'approx',
  'mt',
  'ft',
]);

const isSpace = (c: number): boolean =>
  c === 32 ||
  c === 9 ||
  c === 11 ||
  c === 12 ||
  c === 0xa0 ||
  c === 0x1680 ||
  (c >= 0x2000 && c <= 0x200a) ||
  c === 0x202f ||
  c === 0x205f ||
  c === 0x3000 ||
  isLineBreak(c);
const isSpaceOrEnd = (text: string, i: number): boolean =>
  i >= text.length || isSpace(text.charCodeAt(i));
const isLowSurrogate = (c: number): boolean => c >= 0xdc00 && c <= 0xdfff;
const isLineBreak = (c: number): boolean =>
  c === 10 || c === 13 || c === 0x85 || c === 0x2028 || c === 0x2029;
const isTerminator = (c: number): boolean =>
  c === 46 || c === 33 || c === 63 || c === 0x2026 || c === 0x203d;
/** Closing quotes and brackets that belong to the sentence they end. */
const isCloser = (c: number): boolean =>
  c === 34 ||
  c === 39 ||
  c === 41 ||
  c === 93 ||
  c === 125 ||
  c === 0x2019 ||
  c === 0x201d ||
  c === 0xbb;

export function scanSentence(text: string, from: number): SentenceSpan | null {
  const n = text.length;
  let i = from;
  while (i < n && isSpace(text.charCodeAt(i))) i++;
  if (i >= n) return null;
  const start = i;
  let lastSpace = -1;
  let lastClause = -1;
  for (let j = start; j < n; j++) {
    const c = text.charCodeAt(j);
    if (isLineBreak(c)) return finish(text, start, j, j + 1, j + 1);
    if (isTerminator(c)) {
      let k = j + 1;
      while (k < n && isTerminator(text.charCodeAt(k))) k++;
      while (k < n && isCloser(text.charCodeAt(k))) k++;
      if (k >= n || isSpace(text.charCodeAt(k))) {
        if (!(c === 46 && k === j + 1 && isAbbreviation(text, start, j))) {
          return finish(text, start, k, k, k + 1);
        }
      }
      j = k - 1;
      continue;
    }
    if (isSpace(c)) {
      lastSpace = j;
      // In run-on text a new clause often starts at a comma or at a bare "i": the best places to cut.
      const next = text.charCodeAt(j + 1);
      if (
        text.charCodeAt(j - 1) === 44 ||
        ((next === 105 || next === 73) && isSpaceOrEnd(text, j + 2))
      )
        lastClause = j;
    }
    if (j - start >= MAX_SENTENCE) {
      const cut = lastClause > start + MAX_SENTENCE / 2 ? lastClause : lastSpace;
      if (cut > start) return finish(text, start, cut, cut, j + 3);
    }
    if (j - start >= 2 * MAX_SENTENCE && !isLowSurrogate(text.charCodeAt(j + 1))) {
      return finish(text, start, j + 1, j + 1, j + 2);
    }
  }
  // Reaching the end of the text is itself a look: text appended later can change this sentence.
  return finish(text, start, n, n, n + 1);
}

function finish(
  text: string,
  start: number,
  end: number,
  next: number,
  seen: number,
): SentenceSpan {
  let e = end;
  while (e > start && isSpace(text.charCodeAt(e - 1))) e--;
  return { start, end: e, next, seen };
}

/** "Dr." or "e.g." is not the end of a sentence; single capital letters ("J. Smith") neither. */
function isAbbreviation(text: string, start: number, dot: number): boolean {
  let w = dot;
  while (w > start && /[A-Za-z.]/.test(text[w - 1]!)) w--;
  const word = text.slice(w, dot);
  if (word.length === 1 && /[A-HJ-Z]/.test(word)) return true;
  return ABBREVIATIONS.has(word.toLowerCase());
}

export function splitSentences(text: string): SentenceSpan[] {
  const out: SentenceSpan[] = [];
  let pos = 0;
  for (;;) {
    const s = scanSentence(text, pos);
    if (!s) return out;
    out.push(s);
    pos = s.next;
  }
}
