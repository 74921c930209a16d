/**
 * Chooses the sensitivity thresholds on the dev set (../shared/eval/dev.jsonl and ordinary_dev.jsonl): the only
 * use of the evaluation data, which never reaches training. Writes training/model/thresholds.json.
 *   npx tsx training/scripts/choose-thresholds.ts
 * Rules, in order:
 * - standard: the lowest harsh threshold whose dev precision is at least TARGET_PRECISION, that flags at most
 *   MAX_ORDINARY of ordinary text, and whose thorough step flags none of the rule files' near misses; gentle and
 *   thorough sit a fixed step above and below it;
 * - crisis: the lowest model-only threshold with false alarms at most MAX_CRISIS_FALSE_ALARMS and no ordinary text
 *   flagged; a crisis pattern's match is kept unless the model scores it below the rule floor, chosen the same way.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { splitSentences } from '../../lib/engine/split';
import { gatherEvidence } from '../../lib/engine/evidence';
import { scorerMaySpeak } from '../../lib/engine/sentence-result';
import { crisisScore, harshScore } from '../../lib/engine/scorer';
import { pairVector } from '../../lib/engine/crisis-context';
import type { Thresholds } from '../../lib/engine/model-format';
import { RULE_FILES } from '../../lib/rules/index';

const TARGET_PRECISION = 0.94;

const MAX_ORDINARY = 0.002;
const MAX_CRISIS_FALSE_ALARMS = 0.015;
const STEP = { gentle: 0.2, thorough: -0.1 };

interface Gold {
  id: string;
  text: string;
  harsh?: boolean;
  crisis?: boolean;
}
const readJsonl = (f: string): Gold[] =>
  readFileSync(f, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as Gold);

interface Scored {
  g: Gold;
  ordinary: boolean;
  harsh: number;
  /** Best harsh score among sentences a trap rule that is not weak matched (-1 when none). */
  ruleHarsh: number;
  /** Best harsh score among sentences only weak trap rules matched (-1 when none). */
  weakHarsh: number;
  /** Best crisis score among sentences a crisis pattern matched (-1 when none). */
  ruleCrisis: number;
  /** Best crisis score among sentences and neighbour pairs. */
  modelCrisis: number;
}

function score(g: Gold, ordinary: boolean): Scored {
  let harsh = 0;
  let ruleHarsh = -1;
  let weakHarsh = -1;
  let ruleCrisis = -1;
  let modelCrisis = 0;
  const spans = splitSentences(g.text);
  const evidence = spans.map((s) => gatherEvidence(g.text.slice(s.start, s.end)));
  for (let i = 0; i < evidence.length; i++) {
    const e = evidence[i]!;
    const found = e.detection.findings.filter((f) => f.category !== 'kind');
    const strong = found.some((f) => !f.weak);
    if (!e.features) continue;
    const h = e.parse.aboutWriter || found.length > 0 ? harshScore(e.features) : 0;
    if (strong) ruleHarsh = Math.max(ruleHarsh, h);
    else if (found.length > 0) weakHarsh = Math.max(weakHarsh, h);
    else if (scorerMaySpeak(g.text.slice(spans[i]!.start, spans[i]!.end), e.parse))
      harsh = Math.max(harsh, h);
    const c = crisisScore(e.features);
    if (e.detection.crisis) ruleCrisis = Math.max(ruleCrisis, c);
    modelCrisis = Math.max(modelCrisis, c);
    const before = evidence[i - 1]?.features;
    if (before) modelCrisis = Math.max(modelCrisis, crisisScore(pairVector(before, e.features)));
  }
  return { g, ordinary, harsh, ruleHarsh, weakHarsh, ruleCrisis, modelCrisis };
}

const dev = readJsonl('../shared/eval/dev.jsonl').map((g) => score(g, false));
const ordinary = readJsonl('../shared/eval/ordinary_dev.jsonl').map((g) => score(g, true));
const grid = Array.from({ length: 99 }, (_, i) => (i + 1) / 100);
// The rule files' own near misses ("I always forget which day the bins go out, so I set a reminder."): our written
// spec of what is not harsh self-talk, which no sensitivity may flag (their unit test runs at thorough).
const nearMisses = RULE_FILES.filter((f) => f.category !== 'kind').flatMap((f) =>
  f.examples.pass.map((text, i) => score({ id: `${f.category}:pass:${i}`, text }, true)),
);

/**
 * Per text, out of fold: [harsh label, best score without a rule match, best with a rule (-1: none), crisis label,
 * crisis score, crisis score with a pattern, best score with only weak rules, best score where the engine's gate
 * lets the scorer speak alone]. Real social text, and the team's
 * written sentences.
 */
const readRows = (f: string) => JSON.parse(readFileSync(f, 'utf8')) as number[][];
const realText = readRows('training/model/oof-real-text.json');
const writtenText = readRows('training/model/oof-written.json');

function f1(tp: number, fp: number, fn: number) {
  const precision = tp / Math.max(1, tp + fp);
  const recall = tp / Math.max(1, tp + fn);
  return {
    precision,
    recall,
    f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0,
    /** Precision weighed twice as much as recall: a wrong nudge costs the user's trust. */
    f05: precision + recall ? (1.25 * precision * recall) / (0.25 * precision + recall) : 0,
  };
}
/** The engine's fusion (sentence-result.ts): a weak rule's sentence also stands when the scorer alone would flag it. */
const fused = (
  score: number,
  ruleScore: number,
  weakScore: number,
  t: number,
  floor: number,
  weakFloor: number,
) =>
  score >= t ||
  ruleScore >= Math.min(t, floor) ||
  weakScore >= Math.min(t, Math.max(floor, weakFloor));

function harshAt(t: number, floor: number, weakFloor: number) {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const s of dev) {
    const flagged = fused(s.harsh, s.ruleHarsh, s.weakHarsh, t, floor, weakFloor);
    if (flagged && s.g.harsh) tp++;
    else if (flagged) fp++;
    else if (s.g.harsh) fn++;
  }
  const onRows = (rows: readonly number[][]) => {
    let rtp = 0;
    let rfp = 0;
    let rfn = 0;
    for (const row of rows) {
      const [y, , ruleScore] = row as [number, number, number];
      // Without a rule, the scorer speaks only where the engine's gate lets it (column 7).
      const score = row[7] ?? -1;
      const flagged = fused(score, ruleScore, row[6] ?? -1, t, floor, weakFloor);
      if (flagged && y) rtp++;
      else if (flagged) rfp++;
      else if (y) rfn++;
    }
    return f1(rtp, rfp, rfn);
  };
  const ord =
    ordinary.filter((s) => fused(s.harsh, s.ruleHarsh, s.weakHarsh, t, floor, weakFloor)).length /
    ordinary.length;
  return {
    t,
    floor,
    weakFloor,
    dev: f1(tp, fp, fn),
    real: onRows(realText),
    written: onRows(writtenText),
    ord,
  };
}
// The model-only threshold and the rule floors together: dev precision and ordinary text are constraints, and the
// objective weighs alike the dev set (F1), real text (out of fold, F0.5: on social text a wrong nudge is the common
// failure and the one that makes people switch Selfkind off) and our written sentences (out of fold, F1: plain
// self-talk must still be caught), so no one set decides.
const clamp = (x: number) => Math.min(0.99, Math.max(0.01, Math.round(x * 100) / 100));
let standard = harshAt(0.99, 0.99, 0.99);
for (const t of grid)
  for (const floor of [0, 0.05, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8])
    for (const weakFloor of [0, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9]) {
      const r = harshAt(t, floor, weakFloor);
      if (r.dev.precision < TARGET_PRECISION || r.ord > MAX_ORDINARY) continue;
      const thorough = clamp(t + STEP.thorough);
      if (
        nearMisses.some((s) => fused(s.harsh, s.ruleHarsh, s.weakHarsh, thorough, floor, weakFloor))
      )
        continue;
      const objective = (x: typeof r) => x.dev.f1 + x.real.f05 + x.written.f1;
      if (objective(r) > objective(standard)) standard = r;
    }

function crisisAt(floor: number, t: number) {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  let tn = 0;
  const flagged = (s: Scored) => (s.ruleCrisis >= 0 && s.ruleCrisis >= floor) || s.modelCrisis >= t;
  for (const s of dev) {
    const f = flagged(s);
    if (f && s.g.crisis) tp++;
    else if (f) fp++;
    else if (s.g.crisis) fn++;
    else tn++;
  }
  let rtp = 0;
  let rfp = 0;
  let rfn = 0;
  for (const row of realText) {
    const [y, score, ruleScore] = row.slice(3) as [number, number, number];
    const f = (ruleScore >= 0 && ruleScore >= floor) || score >= t;
    if (f && y) rtp++;
    else if (f) rfp++;
    else if (y) rfn++;
  }
  const ord = ordinary.filter(flagged).length;
  return {
    floor,
    t,
    recall: tp / Math.max(1, tp + fn),
    falseAlarms: fp / Math.max(1, fp + tn),
    real: f1(rtp, rfp, rfn),
    ord,
  };
}
// Crisis is recall first: the dev recall is the objective, within the false-alarm budget and with no ordinary text
// flagged; among equals, real-text F1 (out of fold) decides, so that the rules' misfires on social text are vetoed.
let best = crisisAt(0, 1);
for (const floor of [0, 0.01, 0.02, 0.05, 0.1, 0.2, 0.3])
  for (const t of grid) {
    const r = crisisAt(floor, t);
    if (r.falseAlarms > MAX_CRISIS_FALSE_ALARMS || r.ord > 0) continue;
    if (r.recall > best.recall || (r.recall === best.recall && r.real.f1 > best.real.f1)) best = r;
  }

const thresholds: Thresholds = {
  harsh: {
    gentle: clamp(standard.t + STEP.gentle),
    standard: standard.t,
    thorough: clamp(standard.t + STEP.thorough),
  },
  crisis: { clear: best.t, possible: best.t },
  crisisRuleFloor: best.floor,
  harshRuleFloor: standard.floor,
  weakRuleFloor: standard.weakFloor,
};
writeFileSync('training/model/thresholds.json', JSON.stringify(thresholds, null, 2) + '\n');
console.log('harsh', JSON.stringify(standard), '\ncrisis', JSON.stringify(best));
console.log(JSON.stringify(thresholds));
