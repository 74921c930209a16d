/**
 * Plain normalisation for crisis matching, with a map back to the original offsets.
 *
 * The normalised text is lowercase, has no apostrophes ("don't", "don’t" and "dont" all become "dont"),
 * has emoji, hyphens and other symbols as spaces ("self-harm" → "self harm"), digits and stars
 * inside words read as letters ("k1ll", "k*ll" → "kill"), spelled-out words and split contractions
 * joined ("d i e" → "die", "can t" → "cant"), single spaces, and runs of three or more of the same letter
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
  return isLetterOrDigit(code) || '.,;:!?"&()*'.includes(ch);
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
  const collapsed = collapseDoubledRuns(text, starts, ends);
  return joinSplitWords(undoLeetDigits(collapsed));
}

const LEET: Readonly<Record<string, string>> = {
  '1': 'i',
  '3': 'e',
  '0': 'o',
  '4': 'a',
  '5': 's',
  '*': 'i',
};
const LEET_INSIDE_WORD = /(?<=[a-z])[01345*]+(?=[a-z])|\b[01345](?=[a-z]{2})/g;

/** "k1ll", "d13", "k*ll" → "kill", "die", "kill": digits or a censoring star inside a word. */
function undoLeetDigits(norm: NormalizedText): NormalizedText {
  if (!/[\d*]/.test(norm.text)) return norm;
  const text = norm.text.replace(LEET_INSIDE_WORD, (digits) =>
    [...digits].map((d) => LEET[d] ?? d).join(''),
  );
  return { ...norm, text };
}

/** Spaces to drop: in spelled-out words ("d i e") and split contractions ("can t", "i m"). */
const SPLIT_WORDS = /\b(?:[a-z] ){2,}[a-z]\b|\b[a-z]+n t\b|\bi (?:m|ve|ll|d)\b/g;

function joinSplitWords(norm: NormalizedText): NormalizedText {
  const drop = new Set<number>();
  for (const m of norm.text.matchAll(SPLIT_WORDS)) {
    for (let k = m.index; k < m.index + m[0].length; k++) if (norm.text[k] === ' ') drop.add(k);
  }
  if (drop.size === 0) return norm;
  let text = '';
  const starts: number[] = [];
  const ends: number[] = [];
  for (let k = 0; k < norm.text.length; k++) {
    if (drop.has(k)) continue;
    text += norm.text[k];
    starts.push(norm.starts[k]!);
    ends.push(norm.ends[k]!);
  }
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
