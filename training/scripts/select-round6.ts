/**
 * Round 6 of labelling: the unlabelled corpus texts the trained scorer is least sure about, and those where the
 * scorer and the rules disagree (a rule matches and the scorer says no, or the other way round).
 * Deterministic. Writes training/labelling/round6-texts.jsonl and round6-why.jsonl.
 *   npx tsx training/scripts/select-round6.ts [count]
 */
import { CORPUS, unlabelledPool, writeRound, type CorpusText } from './corpus';
import { splitSentences } from '../../lib/engine/split';
import { gatherEvidence } from '../../lib/engine/evidence';
import { crisisScore, harshScore } from '../../lib/engine/scorer';
import { hashFeature } from '../../lib/engine/features';

type Text = CorpusText;
const pool = unlabelledPool([
  `${CORPUS}/labelled/passes.jsonl`,
  'training/labelling/round5-texts.jsonl',
]);

type Pick = Text & { why: string; u: number };
const picks: Pick[] = [];
for (const t of pool) {
  let harsh = 0;
  let crisis = 0;
  let rule = false;
  let crisisRule = false;
  for (const s of splitSentences(t.text)) {
    const e = gatherEvidence(t.text.slice(s.start, s.end));
    const traps = e.detection.findings.some((f) => f.category !== 'kind');
    rule ||= traps;
    crisisRule ||= e.detection.crisis !== null;
    if (!e.features) continue;
    if (e.parse.aboutWriter || traps) harsh = Math.max(harsh, harshScore(e.features));
    crisis = Math.max(crisis, crisisScore(e.features));
  }
  if (rule && harsh < 0.3) picks.push({ ...t, why: 'rules-not-model', u: 0 });
  else if (!rule && harsh >= 0.6) picks.push({ ...t, why: 'model-not-rules', u: 0 });
  else if (crisisRule !== crisis >= 0.5) picks.push({ ...t, why: 'crisis-disagree', u: 0 });
  else if (harsh >= 0.15 && harsh < 0.6)
    picks.push({ ...t, why: 'model-unsure', u: Math.abs(harsh - 0.4) });
  else if (crisis >= 0.1 && crisis < 0.5)
    picks.push({ ...t, why: 'crisis-unsure', u: Math.abs(crisis - 0.3) });
}
const count = Number(process.argv[2] ?? 2000);
picks.sort((a, b) => a.u - b.u || hashFeature(a.id) - hashFeature(b.id));
const chosen = picks.slice(0, count).sort((a, b) => hashFeature(a.id) - hashFeature(b.id));
writeRound('round6', chosen);
