/**
 * Plain normalisation for crisis matching, with a map back to the original offsets.
 *
 * The normalised text is lowercase, has no apostrophes ("don't", "don’t" and "dont" all become "dont"),
 * has emoji, hyphens and other symbols as spaces ("self-harm" → "self harm"), single spaces, and runs of three or more of the same letter
 * collapsed to one ("dieeee" → "die", "nooooo" → "no"). Patterns are written against that form.
 */
export interface NormalizedText {
  text: string;
  /** UTF-16 offset in the original where normalised character i starts. */
  starts: number[];
  /** UTF-16 offset in the original just after normalised character i. */
  ends: number[];
}

const APOSTROPHES = new Set(["'", '’', '‘', 'ʼ', '`', '´', 'ʹ', '′']);

function isLetterOrDigit(code: number): boolean {
  return (
    (code >= 97 && code <= 122) || // a-z
    (code >= 48 && code <= 57) || // 0-9
    (code >= 0xc0 && code <= 0x24f && code !== 0xd7 && code !== 0xf7) // Latin-1 and Latin Extended letters
  );
}

/** Characters kept as they are (after lowercasing); everything else becomes a space. */
function keepAsIs(ch: string, code: number): boolean {
  return isLetterOrDigit(code) || '.,;:!?"&()'.includes(ch);
}

export function normalizeForCrisis(original: string): NormalizedText {
  let text = '';
  const starts: number[] = [];
  const ends: number[] = [];
  let i = 0;
  while (i < original.length) {
    const code = original.charCodeAt(i);
    // A surrogate pair (emoji and other astral symbols) is one unit of width 2.
    const width = code >= 0xd800 && code <= 0xdbff && i + 1 < original.length ? 2 : 1;
    const raw = original.slice(i, i + width);
    const start = i;
    i += width;
    if (APOSTROPHES.has(raw)) continue;
    let ch = width === 1 ? raw.toLowerCase() : ' ';
    if (ch.length !== 1) ch = raw;
    if (!keepAsIs(ch, ch.charCodeAt(0))) ch = ' ';
    const last = text.length - 1;
    if (ch === ' ' && (last < 0 || text[last] === ' ')) {
      if (last >= 0) ends[last] = i;
      continue;
    }
    // Collapse a third (or later) repeat of the same letter into the run.
    if (ch !== ' ' && last >= 1 && text[last] === ch && text[last - 1] === ch) {
      ends[last] = i;
      continue;
    }
    text += ch;
    starts.push(start);
    ends.push(i);
  }
  // A run of three became two characters so far: collapse it to one.
  if (text.length > 0) return collapseDoubledRuns(text, starts, ends);
  return { text, starts, ends };
}

/**
 * After the first pass a run like "eeee" is "ee" with the second character spanning the rest.
 * Such a pair is a collapsed run only if it stood for three or more; a real double ("kill") stays.
 */
function collapseDoubledRuns(text: string, starts: number[], ends: number[]): NormalizedText {
  let out = '';
  const outStarts: number[] = [];
  const outEnds: number[] = [];
  for (let k = 0; k < text.length; k++) {
    const ch = text[k]!;
    const next = text[k + 1];
    const spannedMore = next === ch && ch !== ' ' && ends[k + 1]! - starts[k + 1]! > 1;
    if (spannedMore && isLetterOrDigit(ch.charCodeAt(0))) {
      out += ch;
      outStarts.push(starts[k]!);
      outEnds.push(ends[k + 1]!);
      k++;
      continue;
    }
    out += ch;
    outStarts.push(starts[k]!);
    outEnds.push(ends[k]!);
  }
  return { text: out, starts: outStarts, ends: outEnds };
}

/** Original [start, end) for the normalised range [from, to). */
export function toOriginalRange(norm: NormalizedText, from: number, to: number): [number, number] {
  let a = from;
  let b = to;
  while (a < b && norm.text[a] === ' ') a++;
  while (b > a && norm.text[b - 1] === ' ') b--;
  if (a >= b) return [norm.starts[from] ?? 0, norm.starts[from] ?? 0];
  return [norm.starts[a]!, norm.ends[b - 1]!];
}
