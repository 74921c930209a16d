/** The only door to compromise: tags one candidate sentence and runs compiled patterns over it. */
import nlp from 'compromise/two';

/** A pattern compiled once, at load time. */
export type CompiledPattern = ReturnType<typeof nlp.parseMatch>;

export interface MatchedTerm {
  /** The word as compromise reads it, with contractions expanded ("i'm" gives "i" then "am"). */
  word: string;
  tags: readonly string[];
}

export interface PatternMatch {
  /** Index into the patterns passed to `matchPatterns`. */
  pattern: number;
  /** Offsets into the text given to `matchPatterns`. */
  start: number;
  end: number;
  terms: MatchedTerm[];
}

/** Punctuation compromise attaches to a word but that is not part of the flagged words. */
const TRAILING = /[\s.,!?;:"')\]\u2026]/;

export function compilePattern(match: string): CompiledPattern {
  return nlp.parseMatch(match);
}

/** The parts of compromise's internal term object this wrapper reads. */
interface RawTerm {
  offset?: { start: number; length: number };
  normal?: string;
  implicit?: string;
  tags?: Iterable<string>;
}

/**
 * Contractions compromise can only expand once it has tagged the sentence: "'s" (is, has or possessive), "'d"
 * (would or had) and "ain't".
 */
const AMBIGUOUS_CONTRACTION = /\w['\u2019][sd]\b|\bain['\u2019]?t\b/i;

/**
 * Runs the patterns over one sentence. Most patterns name words only, so the sentence is just tokenised
 * (contractions expanded), which is about five times cheaper than tagging. Compromise's full part-of-speech
 * tagger runs when `tagged` asks for it (a pattern names a tag, like `#PastTense`) or a contraction needs it.
 */
export function matchPatterns(
  text: string,
  patterns: readonly CompiledPattern[],
  tagged: boolean,
): PatternMatch[] {
  if (patterns.length === 0) return [];
  const doc = tagged || AMBIGUOUS_CONTRACTION.test(text) ? nlp(text) : nlp.tokenize(text);
  const found: PatternMatch[] = [];
  let offsetsReady = false;
  patterns.forEach((pattern, index) => {
    const view = doc.match(pattern as never);
    if (!view.found) return;
    if (!offsetsReady) {
      // Offsets are computed once per sentence, on the shared terms, rather than per match through json().
      doc.compute('offset');
      offsetsReady = true;
    }
    for (const terms of (view as unknown as { docs: RawTerm[][] }).docs) {
      // A match's own offset counts leading punctuation in its length, so the span comes from the terms.
      let start = Infinity;
      let end = -1;
      for (const t of terms) {
        if (!t.offset || t.offset.length === 0) continue;
        start = Math.min(start, t.offset.start);
        end = Math.max(end, t.offset.start + t.offset.length);
      }
      if (end < 0) continue;
      start = Math.max(0, start);
      end = Math.min(text.length, end);
      while (end > start && TRAILING.test(text[end - 1]!)) end--;
      if (end <= start) continue;
      found.push({
        pattern: index,
        start,
        end,
        terms: terms.map((t) => ({
          word: t.implicit || t.normal || '',
          tags: [...(t.tags ?? [])],
        })),
      });
    }
  });
  return found;
}
