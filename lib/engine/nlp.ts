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
 * How much of compromise a sentence needs:
 * - `tokens`: words and plain contractions only, about a tenth of a full parse. Enough for most patterns,
 *   which name words, not tags.
 * - `tags`: the tagger's first passes (lexicon, pre-tagger, contraction expansion) for patterns that name a
 *   tag (`#PastTense`) or contractions that need tags. This skips compromise's post-tagger, which runs about a
 *   thousand match rules of its own and costs three times as much.
 * - `full`: compromise's whole pipeline, the reference the cheaper parses are tested against.
 */
export type Parse = 'tokens' | 'tags' | 'full';

function parse(text: string, depth: Parse) {
  if (depth === 'full') return nlp(text);
  const doc = nlp.tokenize(text);
  return depth === 'tags' ? doc.compute(['lexicon', 'preTagger', 'contractionTwo']) : doc;
}

/** The parse a sentence needs: tags when a pattern names one or a contraction needs them. */
export const parseFor = (text: string, patternsNeedTags: boolean): Parse =>
  patternsNeedTags || AMBIGUOUS_CONTRACTION.test(text) ? 'tags' : 'tokens';

/** Runs the patterns over one sentence, parsed as deep as `depth` (see `Parse`). */
export function matchPatterns(
  text: string,
  patterns: readonly CompiledPattern[],
  depth: Parse,
): PatternMatch[] {
  if (patterns.length === 0) return [];
  const doc = parse(text, depth);
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
