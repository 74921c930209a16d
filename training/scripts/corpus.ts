/** The unlabelled corpus beside the project (../shared/corpus), as the labelling-round pickers read it. */
import { readFileSync } from 'node:fs';

export interface CorpusText {
  id: string;
  text: string;
  source: string;
}

export const CORPUS = '../shared/corpus';

export const readJsonl = <T>(f: string): T[] =>
  readFileSync(f, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as T);

/** Corpus texts whose id is in none of the given id files (labelled before, or picked for an earlier round). */
export function unlabelledPool(idFiles: readonly string[]): CorpusText[] {
  const seen = new Set(idFiles.flatMap((f) => readJsonl<{ id: string }>(f).map((p) => p.id)));
  return [
    ...readJsonl<CorpusText>(`${CORPUS}/goemotions_train.jsonl`),
    ...readJsonl<CorpusText>(`${CORPUS}/positive_frames_train.jsonl`),
  ].filter((t) => !seen.has(t.id));
}
