/**
 * Rewrites a sentence into the form the rules are written against, keeping a map back to the original offsets:
 * curly quotes become straight, invisible characters disappear, and casual spellings compromise does not
 * know ("shouldve", "its all my fault") get their apostrophe back.
 */
import {
  AMBIGUOUS_APOSTROPHE_LESS,
  APOSTROPHE_LESS,
  CASUAL_PHRASES,
} from '../language/en/spellings';
export interface Normalized {
  text: string;
  /** `map[i]` is the index in the original of normalised character `i`; `map[text.length]` is the original length. */
  map: Int32Array;
}

const INVISIBLE = /[\u00AD\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]/;

const APOSTROPHES: Record<string, string> = {
  '\u2018': "'",
  '\u2019': "'",
  '\u02BC': "'",
  '\u2032': "'",
  '`': "'",
  '\u00B4': "'",
  '\u201C': '"',
  '\u201D': '"',
  '\u201E': '"',
  '\u00AB': '"',
  '\u00BB': '"',
};

/**
 * Casual spellings given their apostrophe back, from the one English table ("shouldve", "dont"; "ill" and "id"
 * stay words), and phrases compromise does not expand by itself ("imma", "noone").
 */
const CASUAL: Readonly<Record<string, string>> = {
  ...Object.fromEntries(
    Object.entries(APOSTROPHE_LESS).filter(([typed]) => !AMBIGUOUS_APOSTROPHE_LESS.has(typed)),
  ),
  wont: APOSTROPHE_LESS.wont!,
  cannot: CASUAL_PHRASES.cannot!,
  noone: CASUAL_PHRASES.noone!,
  imma: "i'm going to",
  ima: "i'm going to",
};

/** "its" is the possessive unless a word that only follows "it is" comes next. */
const ITS_AS_IT_IS =
  /^its(?=\s+(all|my|not|so|just|always|never|going|gonna|over|hopeless|pointless|okay|ok|alright|fine|normal|too|because|only|me|what|like|true|hard|obvious|clear|been|a|the|really)\b)/i;

export function normalizeSentence(sentence: string): Normalized {
  let out = '';
  const map: number[] = [];
  const n = sentence.length;
  let i = 0;
  while (i < n) {
    const ch = sentence[i]!;
    if (INVISIBLE.test(ch)) {
      i++;
      continue;
    }
    if (isWordStart(sentence, i)) {
      const word = readWord(sentence, i);
      const lower = word.toLowerCase();
      const replacement =
        CASUAL[lower] ??
        (lower === 'its' && ITS_AS_IT_IS.test(sentence.slice(i, i + 20)) ? "it's" : undefined);
      if (replacement !== undefined) {
        for (let k = 0; k < replacement.length; k++) {
          out += replacement[k];
          map.push(i + Math.min(k, word.length - 1));
        }
        i += word.length;
        continue;
      }
    }
    out += APOSTROPHES[ch] ?? (isLoneSurrogate(sentence, i) ? '\uFFFD' : ch);
    map.push(i);
    i++;
  }
  map.push(n);
  return { text: out, map: Int32Array.from(map) };
}

/** Maps a [start, end) range of the normalised text back to the original. */
export function toOriginalRange(norm: Normalized, start: number, end: number): [number, number] {
  const s = norm.map[start] ?? norm.map[norm.map.length - 1]!;
  const e = end > start ? norm.map[end - 1]! + 1 : s;
  return [s, Math.max(s, e)];
}

const isLetter = (c: string | undefined): boolean => c !== undefined && /[A-Za-z]/.test(c);

function isWordStart(s: string, i: number): boolean {
  return isLetter(s[i]) && !isLetter(s[i - 1]) && s[i - 1] !== "'";
}

function readWord(s: string, i: number): string {
  let j = i;
  while (j < s.length && isLetter(s[j])) j++;
  return s.slice(i, j);
}

/** compromise miscounts offsets around unpaired surrogates, so they become U+FFFD (same length). */
function isLoneSurrogate(s: string, i: number): boolean {
  const c = s.charCodeAt(i);
  if (c >= 0xd800 && c <= 0xdbff) {
    const next = s.charCodeAt(i + 1);
    return !(next >= 0xdc00 && next <= 0xdfff);
  }
  if (c >= 0xdc00 && c <= 0xdfff) {
    const prev = s.charCodeAt(i - 1);
    return !(prev >= 0xd800 && prev <= 0xdbff);
  }
  return false;
}
