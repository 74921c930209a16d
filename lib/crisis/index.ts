/** Crisis language in one sentence, or null. Placeholder until lib/crisis lands. */
export interface CrisisMatch {
  start: number;
  end: number;
  rule: string;
}

export function detectCrisis(sentence: string): CrisisMatch | null {
  void sentence;
  return null;
}
