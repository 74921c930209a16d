/**
 * Plain normalisation for crisis matching, with a map back to the original offsets.
 *
 * The normalised text is lowercase, has no apostrophes ("don't", "don’t" and "dont" all become "dont"),
 * has emoji, hyphens and other symbols as spaces ("self-harm" → "self harm"), digits and stars
 * inside words read as letters ("k1ll", "k*ll" → "kill"), spelled-out words and split contractions
 * joined ("d i e" → "die", "can t" → "cant"), single spaces, and runs of three or more of the same
 * letter collapsed to one ("dieeee" → "die", "nooooo" → "no"). Patterns are written against that form.
 */
export interface NormalizedText {
  text: string;
  /** UTF-16 offset in the original where normalised character i starts. */
  starts: number[];
  /** UTF-16 offset in the original just after normalised character i. */
  ends: number[];
}

const SPACE = 32;

function isApostrophe(code: number): boolean {
  // ' ` ´ ‘ ’ ʼ ʹ ′
  return (
    code === 39 ||
    code === 96 ||
    code === 0xb4 ||
    code === 0x2018 ||
    code === 0x2019 ||
    code === 0x2bc ||
    code === 0x2b9 ||
    code === 0x2032
  );
}

function isLetterOrDigit(code: number): boolean {
  return (
    (code >= 97 && code <= 122) || // a-z
    (code >= 48 && code <= 57) || // 0-9
    (code >= 0xc0 && code <= 0x24f && code !== 0xd7 && code !== 0xf7) // Latin-1 and Latin Extended letters
  );
}

/** Kept as they are (after lowercasing): letters, digits, clause punctuation, quotes, stars. */
function isKept(code: number): boolean {
  if (isLetterOrDigit(code)) return true;
  switch (code) {
    case 33: // !
    case 34: // "
    case 38: // &
    case 40: // (
    case 41: // )
    case 42: // *
    case 44: // ,
    case 46: // .
    case 58: // :
    case 59: // ;
    case 63: // ?
      return true;
    default:
      return false;
  }
}

const APOSTROPHES = /['`\u00b4\u2018\u2019\u02bc\u02b9\u2032]/g;
const NOT_KEPT = /[^a-z0-9\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f!"&()*,.:;?]+/g;
const LONG_RUN = /([^ ])\1\1+/g;

/**
 * The normalised text alone, without the offset map: a few native replaces, for the common case
 * where nothing is found. Same result as `normalizeForCrisis(original).text` (a property test
 * holds them together); strings whose lowercase changes length take the slow path.
 */
export function normalizedTextOnly(original: string): string {
  const lower = original.toLowerCase();
  if (lower.length !== original.length) return normalizeForCrisis(original).text;
  let text = lower.replace(APOSTROPHES, '').replace(NOT_KEPT, ' ');
  if (text.startsWith(' ')) text = text.slice(1);
  text = text.replace(LONG_RUN, '$1');
  if (/[\d*]/.test(text)) text = text.replace(LEET_INSIDE_WORD, leetToLetters);
  return SPLIT_WORDS.test(text) ? text.replace(SPLIT_WORDS_ALL, (m) => m.replace(/ /g, '')) : text;
}

export function normalizeForCrisis(original: string): NormalizedText {
  const lower = original.toLowerCase();
  const sameLength = lower.length === original.length;
  const codes: number[] = [];
  const starts: number[] = [];
  const ends: number[] = [];
  let collapsed = false;
  let i = 0;
  while (i < original.length) {
    const start = i;
    let code = original.charCodeAt(i);
    if (code >= 0xd800 && code <= 0xdbff && i + 1 < original.length) {
      i += 2; // a surrogate pair (emoji and other astral symbols) reads as a space
      code = SPACE;
    } else {
      i += 1;
      if (isApostrophe(code)) continue;
      if (sameLength) code = lower.charCodeAt(start);
      else {
        const one = original[start]!.toLowerCase();
        if (one.length === 1) code = one.charCodeAt(0);
      }
      if (!isKept(code)) code = SPACE;
    }
    const n = codes.length;
    if (code === SPACE && (n === 0 || codes[n - 1] === SPACE)) {
      if (n > 0) ends[n - 1] = i;
      continue;
    }
    // A third (or later) repeat of the same letter joins the run; the run is collapsed below.
    if (code !== SPACE && n >= 2 && codes[n - 1] === code && codes[n - 2] === code) {
      ends[n - 1] = i;
      collapsed = true;
      continue;
    }
    codes.push(code);
    starts.push(start);
    ends.push(i);
  }
  let norm: NormalizedText = { text: fromCodes(codes), starts, ends };
  if (collapsed) norm = collapseLongRuns(norm);
  if (/[\d*]/.test(norm.text)) norm = undoLeetDigits(norm);
  return joinSplitWords(norm);
}

function fromCodes(codes: number[]): string {
  let text = '';
  for (let k = 0; k < codes.length; k += 8192) {
    text += String.fromCharCode(...codes.slice(k, k + 8192));
  }
  return text;
}

/**
 * After the first pass a run like "eeee" is "ee" with the second character spanning the rest.
 * Such a pair stood for three or more: keep one letter. A real double ("kill") stays.
 */
function collapseLongRuns(norm: NormalizedText): NormalizedText {
  const { text, starts, ends } = norm;
  let out = '';
  const outStarts: number[] = [];
  const outEnds: number[] = [];
  for (let k = 0; k < text.length; k++) {
    const ch = text[k]!;
    if (text[k + 1] === ch && ch !== ' ' && ends[k + 1]! - starts[k + 1]! > 1) {
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
function leetToLetters(digits: string): string {
  let out = '';
  for (const d of digits) out += LEET[d] ?? d;
  return out;
}

function undoLeetDigits(norm: NormalizedText): NormalizedText {
  return { ...norm, text: norm.text.replace(LEET_INSIDE_WORD, leetToLetters) };
}

/** Spaces to drop: in spelled-out words ("d i e") and split contractions ("can t", "i m"). */
const SPLIT_WORDS = /\b[a-z] [a-z] [a-z]\b|n t\b|\bi (?:m|ve|ll|d)\b/;
const SPLIT_WORDS_ALL = /\b(?:[a-z] ){2,}[a-z]\b|\b[a-z]+n t\b|\bi (?:m|ve|ll|d)\b/g;

function joinSplitWords(norm: NormalizedText): NormalizedText {
  if (!SPLIT_WORDS.test(norm.text)) return norm;
  const drop = new Set<number>();
  for (const m of norm.text.matchAll(SPLIT_WORDS_ALL)) {
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

/** Original [start, end) for the normalised range [from, to), trimmed of spaces. */
export function toOriginalRange(norm: NormalizedText, from: number, to: number): [number, number] {
  let a = from;
  let b = to;
  while (a < b && norm.text[a] === ' ') a++;
  while (b > a && norm.text[b - 1] === ' ') b--;
  if (a >= b) return [norm.starts[from] ?? 0, norm.starts[from] ?? 0];
  return [norm.starts[a]!, norm.ends[b - 1]!];
}
