/** Precision and recall of the part detector per part, on labelled sentences (used by the tests and the report). */
import { COMPASSION_PARTS, type CompassionPart } from '../engine/types';
import { compassionPartsIn } from './compassion-parts';

export type LabelledParts = readonly [text: string, parts: readonly CompassionPart[]];

export interface PartScore {
  part: CompassionPart;
  truePositives: number;
  falsePositives: number;
  falseNegatives: number;
  /** null when the detector never found the part. */
  precision: number | null;
  /** null when no sentence has the part. */
  recall: number | null;
}

export interface PartMiss {
  text: string;
  expected: CompassionPart[];
  found: CompassionPart[];
}

export function scoreParts(examples: readonly LabelledParts[]): {
  scores: PartScore[];
  misses: PartMiss[];
} {
  const misses: PartMiss[] = [];
  const tally = new Map(COMPASSION_PARTS.map((part) => [part, { tp: 0, fp: 0, fn: 0 }]));
  for (const [text, expected] of examples) {
    const found = compassionPartsIn(text);
    for (const part of COMPASSION_PARTS) {
      const counts = tally.get(part)!;
      const want = expected.includes(part);
      const got = found.includes(part);
      if (want && got) counts.tp++;
      else if (got) counts.fp++;
      else if (want) counts.fn++;
    }
    const sortedExpected = COMPASSION_PARTS.filter((part) => expected.includes(part));
    if (sortedExpected.join() !== found.join())
      misses.push({ text, expected: sortedExpected, found });
  }
  const scores = COMPASSION_PARTS.map((part) => {
    const { tp, fp, fn } = tally.get(part)!;
    return {
      part,
      truePositives: tp,
      falsePositives: fp,
      falseNegatives: fn,
      precision: tp + fp > 0 ? tp / (tp + fp) : null,
      recall: tp + fn > 0 ? tp / (tp + fn) : null,
    };
  });
  return { scores, misses };
}

/** A plain table of the scores, for the report script. */
export function formatPartScores(
  title: string,
  count: number,
  scores: readonly PartScore[],
): string {
  const pct = (value: number | null) => (value === null ? '  n/a' : `${(value * 100).toFixed(1)}%`);
  const rows = scores.map(
    (s) =>
      `| ${s.part.padEnd(15)} | ${pct(s.precision).padStart(6)} | ${pct(s.recall).padStart(6)} | ${String(s.truePositives).padStart(3)} | ${String(s.falsePositives).padStart(3)} | ${String(s.falseNegatives).padStart(3)} |`,
  );
  return [
    `${title} (${count} sentences)`,
    '| part            | precis | recall |  TP |  FP |  FN |',
    '| --------------- | ------ | ------ | --- | --- | --- |',
    ...rows,
  ].join('\n');
}
