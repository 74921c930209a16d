/**
 * Phrases of empty praise or denial: positivity that skips over what happened.
 * Reframes that are merely positive are liked less and can feed avoidance (Sharma et al. 2023),
 * so no suggestion may contain one.
 */
const EMPTY_PRAISE_PATTERNS: readonly RegExp[] = [
  /\bI(?:'m| am) (?:so |truly |really |totally |absolutely )?(?:amazing|perfect|awesome|brilliant|incredible|flawless|the best|a genius|a star|a legend)\b/i,
  /\bI(?:'m| am) better than (?:everyone|everybody|anyone)\b/i,
  /\bI never (?:make|made) mistakes\b/i,
  /\bI (?:can't|cannot) (?:do anything wrong|fail)\b/i,
  /\beverything (?:is|will be|'s) (?:fine|perfect|great|okay|ok)\b/i,
  /\b(?:it|that|this) (?:doesn't|does not|didn't|did not) (?:matter|count)\b/i,
  /\bno big deal\b/i,
  /\bnothing (?:to worry about|happened|went wrong)\b/i,
  /\b(?:just )?(?:stay|be|think) positive\b/i,
  /\bgood vibes only\b/i,
  /\bdon't worry about it\b/i,
  /\bforget (?:about )?it\b/i,
  /\bit(?:'s| is| was) (?:not|n't) (?:a problem|important|a big deal)\b/i,
  /\bI did (?:nothing|everything) (?:wrong|right)\b/i,
];

/** The first empty-praise or denial phrase in `text`, or null when there is none. */
export function findEmptyPraise(text: string): string | null {
  const normalized = text.replace(/[\u2018\u2019]/g, "'");
  for (const pattern of EMPTY_PRAISE_PATTERNS) {
    const match = pattern.exec(normalized);
    if (match) return match[0];
  }
  return null;
}
