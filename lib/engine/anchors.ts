/**
 * The words a pattern cannot match without. For each compiled pattern we pick its last required group made only
 * of plain words; a sentence that holds none of them is never handed to compromise for that pattern.
 */
import { wordsOf } from './prefilter';

/** Words that contractions hide ("I'm" has no "am" until compromise expands it), so they cannot anchor. */
const HIDDEN_BY_CONTRACTIONS = new Set([
  'am',
  'is',
  'are',
  'not',
  'have',
  'has',
  'had',
  'will',
  'would',
  'did',
  'do',
  'does',
  'can',
  'us',
  'shall',
  'could',
  'should',
  'was',
  'were',
  'going',
  'to',
  'want',
  'got',
  'i',
  'it',
  'that',
  'what',
  'there',
  'they',
  'you',
  'we',
  'he',
  'she',
  'cannot',
]);

export function anchorsOf(match: string): ReadonlySet<string> | null {
  const groups: string[][] = [];
  const re = /\(([^()]*)\)(\{[^}]*\}|[*+?])?|(\S+)/g;
  for (let m = re.exec(match); m; m = re.exec(match)) {
    if (m[3] !== undefined) {
      const word = m[3];
      if (/[{}*+?]$/.test(word) || word === '.' || word.startsWith('.')) continue;
      groups.push([word]);
    } else if (!m[2]) {
      groups.push(m[1]!.split('|'));
    }
  }
  for (let g = groups.length - 1; g >= 0; g--) {
    const options = groups[g]!;
    if (options.some((o) => /[#.!$^~\\/]/.test(o) || o.trim() === '')) continue;
    const firsts = options.map((o) => wordsOf(o)[0]);
    if (firsts.some((w) => w === undefined || HIDDEN_BY_CONTRACTIONS.has(w))) continue;
    return new Set(firsts as string[]);
  }
  return null;
}
