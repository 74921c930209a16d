#!/usr/bin/env node
/**
 * Merges two independent labelling passes of a round into the kept items and the agreement figures.
 *   node training/scripts/merge-passes.mjs ROUND PASS_A_DIR PASS_B_DIR
 * Reads training/labelling/ROUND-texts.jsonl; writes training/labelling/ROUND-passes.jsonl (both passes, for
 * recomputing agreement), ROUND-agreement.json, and the agreed items (both passes agree on harsh and on crisis,
 * neither unsure) into training/data/<source folder>/labelled-ROUND.jsonl.
 */
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';

const [round, dirA, dirB] = process.argv.slice(2);
const readJsonl = (f) =>
  readFileSync(f, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l));
const readDir = (d) =>
  readdirSync(d)
    .filter((f) => f.endsWith('.jsonl'))
    .sort()
    .flatMap((f) => readJsonl(`${d}/${f}`));
const texts = readJsonl(`training/labelling/${round}-texts.jsonl`);
const a = new Map(readDir(dirA).map((x) => [x.id, x]));
const b = new Map(readDir(dirB).map((x) => [x.id, x]));
const strip = ({ harsh, category, crisis }) => ({ harsh, category, crisis });

const passes = [];
const kept = { goemotions_train: [], positive_frames_train: [] };
const table = () => ({ yy: 0, yn: 0, ny: 0, nn: 0, unsure: 0 });
const harsh = table();
const crisis = table();
let both = 0;
for (const t of texts) {
  const x = a.get(t.id);
  const y = b.get(t.id);
  if (!x || !y) continue;
  both++;
  passes.push({ id: t.id, a: strip(x), b: strip(y) });
  for (const [field, tab] of [
    ['harsh', harsh],
    ['crisis', crisis],
  ]) {
    if (x[field] === 'unsure' || y[field] === 'unsure') tab.unsure++;
    else tab[(x[field] === 'yes' ? 'y' : 'n') + (y[field] === 'yes' ? 'y' : 'n')]++;
  }
  const agreed =
    x.harsh === y.harsh && x.crisis === y.crisis && ![x.harsh, x.crisis].includes('unsure');
  if (!agreed) continue;
  const categories =
    x.harsh === 'yes'
      ? [...new Set([x.category, y.category])].filter((c) => c && c !== 'none')
      : [];
  kept[t.source]?.push({
    id: t.id,
    source: t.source,
    text: t.text,
    harsh: x.harsh === 'yes',
    categories,
    crisis: x.crisis === 'yes',
    labels: `${round} (training/labelling)`,
  });
}
const kappa = (c) => {
  const n = c.yy + c.yn + c.ny + c.nn;
  const po = (c.yy + c.nn) / n;
  const pe = ((c.yy + c.yn) / n) * ((c.yy + c.ny) / n) + ((c.nn + c.ny) / n) * ((c.nn + c.yn) / n);
  return (po - pe) / (1 - pe);
};
const figures = (c) => ({
  ...c,
  rawAgreement: (c.yy + c.nn) / (c.yy + c.yn + c.ny + c.nn),
  kappa: kappa(c),
});
const agreement = {
  round,
  labelledByBoth: both,
  kept: kept.goemotions_train.length + kept.positive_frames_train.length,
  harsh: figures(harsh),
  crisis: figures(crisis),
};
writeFileSync(
  `training/labelling/${round}-passes.jsonl`,
  passes.map((p) => JSON.stringify(p)).join('\n') + '\n',
);
writeFileSync(
  `training/labelling/${round}-agreement.json`,
  JSON.stringify(agreement, null, 2) + '\n',
);
writeFileSync(
  `training/data/goemotions/labelled-${round}.jsonl`,
  kept.goemotions_train.map((k) => JSON.stringify(k)).join('\n') + '\n',
);
writeFileSync(
  `training/data/positive-frames/labelled-${round}.jsonl`,
  kept.positive_frames_train.map((k) => JSON.stringify(k)).join('\n') + '\n',
);
console.log(JSON.stringify(agreement));
