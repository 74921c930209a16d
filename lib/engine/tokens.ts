/**
 * A sentence as normalised word tokens with offsets into the original: the input of the self-evaluation parser
 * and the scorer's n-grams. Casual spellings and contractions are expanded from the one spelling table, so
 * "im", "i'm" and "I’m" all read as "i am"; every token made from one typed word keeps that word's offsets.
 * Pure string work, no compromise: it runs on every sentence that speaks of the writer.
 */
import {
  AMBIGUOUS_APOSTROPHE_LESS,
  APOSTROPHE_LESS,
  APOSTROPHE_LIKE,
  CASUAL_PHRASES,
  CONTRACTION_ENDINGS,
  NEGATIVE_STEMS,
} from '../language/en/spellings';

export interface Token {
  /** Lower-case normalised word ("am", "not", "idiot"), or a punctuation mark (",", "?", "!"). */
  w: string;
  start: number;
  end: number;
}

/** Words (a hyphenated compound is one word: "fault-finding" is not "fault"), punctuation that parts clauses, emoji. */
const RAW =
  /[\p{L}\p{N}]+(?:['\u2018\u2019\u02bc`][\p{L}]+)*(?:-[\p{L}\p{N}]+)*|[,;:!?.()\u2014\u2013]|\p{Extended_Pictographic}/gu;
const LAUGH_EMOJI = new Set(['\u{1F602}', '\u{1F923}', '\u{1F480}', '\u{1F606}', '\u{1F605}']);

/** Words after which an ambiguous apostrophe-less form ("ill", "id", "its") is read casually. */
const CASUAL_AFTER: Readonly<Record<string, RegExp>> = {
  ill: /^(never|always|just|probably|be|have|do|go|get|make|try|fail|end|die|ruin|mess|screw|kill|hurt|not|still|fix|call|text|send|see|take)$/,
  id: /^(rather|be|have|never|love|like|just|probably|better|hate|die|kill|not|do)$/,
  its: /^(all|my|not|so|just|always|never|going|gonna|over|hopeless|pointless|okay|ok|alright|fine|too|because|only|me|what|like|true|hard|obvious|clear|been|a|the|really|no|on)$/,
  wont: /^(ever|be|work|stop|let|get|go|help|happen|matter|last|change|care|need|make|even|have|do)$/,
};

function expand(raw: string, next: string | undefined): string[] {
  let w = raw.toLowerCase().replace(APOSTROPHE_LIKE, "'");
  if (!w.includes("'")) {
    if (AMBIGUOUS_APOSTROPHE_LESS.has(w)) {
      const cue = CASUAL_AFTER[w];
      if (!cue || !next || !cue.test(next)) return [w];
      if (w === 'its') return ['it', 'is'];
    }
    const phrase = CASUAL_PHRASES[w];
    if (phrase)
      return phrase
        .replace(/'/g, "'")
        .split(' ')
        .flatMap((p) => expand(p, undefined));
    const fixed = APOSTROPHE_LESS[w];
    if (!fixed) return [w];
    w = fixed;
  }
  const nt = /^(.*)n't$/.exec(w);
  if (nt) return [NEGATIVE_STEMS[nt[1]!] ?? nt[1]!, 'not'];
  const m = /^(.*)('m|'re|'ve|'ll|'s|'d)$/.exec(w);
  if (m) {
    const ending = CONTRACTION_ENDINGS[m[2]!];
    if (ending) return [m[1]!, ending];
    // "'s" and "'d" stay as they are: is/has/possessive and would/had are for the parser to read.
    return [m[1]!, m[2]!];
  }
  return [w];
}

const laughing = /^(lol+|lmao+|lmfao+|rofl|haha+|hahaha+|hehe+|jk|xd)$/;

/** Tokens of one sentence. Laughing emoji read as "lol"; other emoji are dropped. */
export function tokenize(sentence: string): Token[] {
  const raws: { text: string; start: number; end: number }[] = [];
  for (const m of sentence.matchAll(RAW)) {
    raws.push({ text: m[0], start: m.index, end: m.index + m[0].length });
  }
  const out: Token[] = [];
  for (let i = 0; i < raws.length; i++) {
    const r = raws[i]!;
    if (/\p{Extended_Pictographic}/u.test(r.text)) {
      if (LAUGH_EMOJI.has(r.text)) out.push({ w: 'lol', start: r.start, end: r.end });
      continue;
    }
    const next = raws[i + 1]?.text.toLowerCase();
    for (const w of expand(r.text, next)) {
      out.push({ w: laughing.test(w) ? 'lol' : w, start: r.start, end: r.end });
    }
  }
  return out;
}
