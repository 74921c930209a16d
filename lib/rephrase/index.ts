import type { CategoryId, Suggestion } from '../engine/types';

/** What a rephrase builder gets to work with: the sentence and where the harsh words are in it. */
export interface RephraseInput {
  category: CategoryId;
  /** The whole sentence that holds the finding. */
  sentence: string;
  /** Offsets of the flagged words inside `sentence`. */
  spanStart: number;
  spanEnd: number;
  /** Which set of wordings to use; the same variant always gives the same suggestions. */
  variant: number;
}

/** 2–4 realistic, kind suggestions that keep the user's topic. Placeholder until lib/rephrase lands. */
export function buildSuggestions(input: RephraseInput): Suggestion[] {
  void input;
  return [];
}
