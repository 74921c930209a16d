/**
 * The words a pattern cannot match without: one set per required group of plain, fairly rare words. A sentence that
 * misses any of these sets is never handed to compromise for that pattern.
 */
import { wordsOf } from './prefilter';

/** Words an ambiguous contraction hides ("it's" is "it is" or "it has", "I'd" is "I had" or "I would"). */
const HIDDEN_BY_CONTRACTIONS = new Set([
  'is',
  'has',
  'had',
  'would',
  'us',
  'let',
  'it',
  'that',
  'what',
  'there',
  'he',
  'she',
  'who',
  'where',
  'how',
]);

/** Words so common that another word of the same option makes a better anchor. */
export const TOO_COMMON: ReadonlySet<string> = new Set([
  'a',
  'an',
  'the',
  'in',
  'at',
  'on',
  'of',
  'for',
  'with',
  'my',
  'me',
  'and',
  'or',
  'so',
  'just',
  'this',
  'be',
  'by',
  'as',
  'from',
  'up',
  'out',
  'about',
  'all',
  'like',
  'if',
  'when',
  'but',
  'then',
  'too',
  'very',
  'really',
  'been',
  'being',
  'his',
  'her',
  'their',
  'our',
  'your',
  'him',
  'them',
  'people',
  'everyone',
  'one',
  'more',
  'much',
  'always',
  'never',
  'ever',
  'only',
  'some',
  'any',
  'myself',
  'how',
  'why',
  'who',
  'mine',
  'i',
  'feel',
  'am',
  'are',
  'was',
  'were',
  'do',
  'not',
  'have',
  'will',
]);

export function anchorsOf(match: string): readonly ReadonlySet<string>[] {
  const groups: string[][] = [];
  const re = /\(([^()]*)\)(\{[^}]*\}|[*+?])?|(\S+)/g;
  for (let m = re.exec(match); m; m = re.exec(match)) {
    if (m[3] !== undefined) {
      const word = m[3];
      if (/[{}*+?]$/.test(word) || word.startsWith('.')) continue;
      groups.push([word]);
    } else if (!m[2]) {
      groups.push(m[1]!.split('|'));
    }
  }
  return anchorSets(groups);
}

/**
 * One set per required group whose every option has a usable word; any one word of an option stands for it, and
 * the rarest-looking one is chosen so fewer sentences get through.
 */
function anchorSets(groups: readonly string[][]): ReadonlySet<string>[] {
  const all: ReadonlySet<string>[] = [];
  for (const options of groups) {
    if (options.some((o) => /[#.!$^~\\/]/.test(o) || o.trim() === '')) continue;
    const anchors = options.map((o) => {
      const usable = wordsOf(o).filter(
        (w) => !HIDDEN_BY_CONTRACTIONS.has(w) && !/^(m|s|t|d|ll|ve|re)$/.test(w),
      );
      return usable.find((w) => !TOO_COMMON.has(w)) ?? usable[0];
    });
    if (anchors.some((w) => w === undefined)) continue;
    all.push(new Set(anchors as string[]));
  }
  return all;
}
