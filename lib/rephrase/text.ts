/** Plain string helpers shared by the topic extractor and the builders. */
import { AMBIGUOUS_APOSTROPHE_LESS, APOSTROPHE_LESS } from '../language/en/spellings';

/** Straight apostrophes and quotes, single spaces, no emoji: the form topic patterns are written against. */
export function normalize(text: string): string {
  return text
    .replace(/[\u2018\u2019\u02bc`´]/g, "'")
    .replace(/[\u201c\u201d]/g, '"')
    .replace(/[\u200b-\u200d\u2060\ufeff]/g, '')
    .replace(/\p{Extended_Pictographic}|\ufe0f/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Casual spellings from the one English table, with the writer's "i" made "I". */
const CASUAL_FORMS: ReadonlyArray<readonly [RegExp, string]> = [
  [/\bi\b/g, 'I'],
  [/\bi'(m|ve|d|ll)\b/g, "I'$1"],
  ...Object.entries(APOSTROPHE_LESS)
    .filter(([typed]) => !AMBIGUOUS_APOSTROPHE_LESS.has(typed))
    .map(
      ([typed, meant]) => [new RegExp(`\\b${typed}\\b`, 'gi'), meant.replace(/^i'/, "I'")] as const,
    ),
];

/** Tidies casual spelling in words we quote back inside our own sentence: "i", "im", "dont". */
export function tidyCasual(text: string): string {
  let out = text;
  for (const [pattern, replacement] of CASUAL_FORMS) out = out.replace(pattern, replacement);
  return out;
}

/** Everything up to the first clause boundary: punctuation, "but", "so", "because", chat fillers. */
export function firstClause(text: string): string {
  const cut = text.search(
    /[.!?;:,()[\]"\n]| - | (?:but|so|because|cause|cuz|since|though|although|which|lol|lmao|haha|ugh|smh|tbh|honestly|idk)\b/i,
  );
  return (cut === -1 ? text : text.slice(0, cut)).trim();
}

/** Fillers and intensifiers that add harshness but no facts: "so", "really", "totally", "again". */
const FILLERS =
  /\b(?:just|only|even|really|totally|completely|literally|so|very|super|like always|as always|as usual|yet again|again|once again|like an? (?:idiot|fool|moron|loser|child|baby))\b/gi;

/** Removes fillers and tidies spaces: "really forgetting the meeting again" → "forgetting the meeting". */
export function dropFillers(text: string): string {
  return text.replace(FILLERS, ' ').replace(/\s+/g, ' ').trim();
}

export function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** Lowercases the first letter unless the first word is "I" (or an I-contraction) or looks like a name. */
export function lowerFirst(text: string): string {
  if (/^I\b/.test(text)) return text;
  if (
    /^[A-Z][a-z]+\b/.test(text) &&
    !/^[A-Z][a-z]+ing\b/.test(text) &&
    !/^(?:The|My|A|An|This|That|These|Those|Our|Your|His|Her|Their|It|We|They|He|She|You|Everyone|Everybody|Everything|Anyone|Anybody|Anything|Nobody|Nothing|No|Not|Someone|Somebody|Something|People)\b/.test(
      text,
    )
  ) {
    return text;
  }
  return text.charAt(0).toLowerCase() + text.slice(1);
}

/** Number of words, for keeping quoted topics short enough to read as one thought. */
export function wordCount(text: string): number {
  return text.split(/\s+/).filter(Boolean).length;
}
