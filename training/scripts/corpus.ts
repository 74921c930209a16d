/** The unlabelled corpus beside the project (../shared/corpus), as the labelling-round pickers read it. */
import { readFileSync, writeFileSync } from 'node:fs';

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

/**
 * Writes a labelling round's picks: ROUND-texts.jsonl (what annotators read: id, text, source) and ROUND-why.jsonl
 * (why each was picked, which annotators never see). Prints how many were picked for each reason.
 */
export function writeRound(round: string, chosen: readonly (CorpusText & { why: string })[]): void {
  const lines = (f: (p: CorpusText & { why: string }) => object) =>
    chosen.map((p) => JSON.stringify(f(p))).join('\n') + '\n';
  writeFileSync(
    `training/labelling/${round}-texts.jsonl`,
    lines((p) => ({ id: p.id, text: p.text, source: p.source })),
  );
  writeFileSync(
    `training/labelling/${round}-why.jsonl`,
    lines((p) => ({ id: p.id, why: p.why })),
  );
  const reasons = new Map<string, number>();
  for (const p of chosen) reasons.set(p.why, (reasons.get(p.why) ?? 0) + 1);
  console.log(
    `${round}: picked ${chosen.length}:`,
    [...reasons].map(([w, n]) => `${w} ${n}`).join(', '),
  );
}
