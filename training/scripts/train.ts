/**
 * `npm run train`: rebuilds training/model/weights.json from the data in training/data, deterministically, and
 * writes training/model/report.json with the 5-fold cross-validation figures and the learning curve.
 * Never reads the evaluation sets (../shared/eval): thresholds are chosen on the dev set by choose-thresholds.ts.
 *   npx tsx training/scripts/train.ts [--no-cv]
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { CATEGORY_IDS } from '../../lib/engine/types';
import { FEATURE_VERSION, type StoredHead, type StoredModel } from '../../lib/engine/model-format';
import { codeExamples, readItems, toExample, type Example } from './data';
import { argmax, harshInstances, Head, platt, sigmoid, trainBinary, trainMulti } from './learn';
import { hashFeature } from '../../lib/engine/features';

const DIMS = { harsh: 1 << 16, crisis: 1 << 16, category: 1 << 13, level: 1 << 12 };
const CLASSES = [...CATEGORY_IDS];
const FOLDS = 5;

interface Heads {
  harsh: Head;
  crisis: Head;
  level: Head;
  category: Head;
}

function trainAll(examples: readonly Example[]): Heads {
  const harsh = trainBinary(examples, DIMS.harsh, (e) => e.item.harsh, harshInstances);
  const crisis = trainBinary(
    examples,
    DIMS.crisis,
    (e) => e.item.crisis,
    (e) => e.crisisWindows,
  );
  const positives = examples.filter((e) => e.item.harsh && harshInstances(e).length > 0);
  const category = trainMulti(
    positives,
    DIMS.category,
    CLASSES,
    (e) => argmax(harsh, harshInstances(e)),
    (e) => e.item.category,
  );
  const leveled = examples.filter(
    (e) => e.item.crisis && e.item.crisisLevel && e.crisisWindows.length > 0,
  );
  const level = trainBinary(
    leveled,
    DIMS.level,
    (e) => e.item.crisisLevel === 'possible',
    (e) => [argmax(crisis, e.crisisWindows)!],
  );
  return { harsh, crisis, level, category };
}

const harshMargin = (h: Heads, e: Example): number => {
  const xs = harshInstances(e);
  return xs.length ? Math.max(...xs.map((x) => h.harsh.margin(x))) : -Infinity;
};
const crisisMargin = (h: Heads, e: Example): number =>
  e.crisisWindows.length ? Math.max(...e.crisisWindows.map((x) => h.crisis.margin(x))) : -Infinity;

/** Fold of an item: by a hash of its id, so the split does not depend on file order. */
const foldOf = (id: string): number => hashFeature(`fold:${id}`) % FOLDS;

interface OutOfFold {
  e: Example;
  harsh: number;
  /** Best harsh margin among sentences the scorer alone may flag (the engine's gate); null when none. */
  gatedHarsh: number | null;
  /** Best harsh margin among sentences a trap rule matched; null when no rule matched. */
  ruleHarsh: number | null;
  /** Best harsh margin among sentences only weak trap rules matched; null when none. */
  weakRuleHarsh: number | null;
  /** Best crisis margin among sentences a crisis pattern matched; null when none matched. */
  ruleCrisis: number | null;
  crisis: number;
  category: string | null;
}

function crossValidate(examples: readonly Example[]): OutOfFold[] {
  const out: OutOfFold[] = [];
  for (let k = 0; k < FOLDS; k++) {
    const train = examples.filter((e) => foldOf(e.item.id) !== k);
    const test = examples.filter((e) => foldOf(e.item.id) === k);
    const h = trainAll(train);
    for (const e of test) {
      const best = argmax(h.harsh, harshInstances(e));
      let category: string | null = null;
      if (best) {
        let bz = -Infinity;
        for (let c = 0; c < CLASSES.length; c++) {
          const z = h.category.margin(best, c);
          if (z > bz) {
            bz = z;
            category = CLASSES[c]!;
          }
        }
      }
      const ruled = e.sentences.filter((x) => x.ruleHit).map((x) => h.harsh.margin(x.features));
      const weak = e.sentences.filter((x) => x.weakRuleHit).map((x) => h.harsh.margin(x.features));
      const gated = e.sentences
        .filter((x) => x.aboutWriter && x.scorerMaySpeak)
        .map((x) => h.harsh.margin(x.features));
      out.push({
        e,
        harsh: harshMargin(h, e),
        gatedHarsh: gated.length ? Math.max(...gated) : null,
        ruleHarsh: ruled.length ? Math.max(...ruled) : null,
        weakRuleHarsh: weak.length ? Math.max(...weak) : null,
        crisis: crisisMargin(h, e),
        ruleCrisis: (() => {
          const m = e.sentences.filter((x) => x.crisisRule).map((x) => h.crisis.margin(x.features));
          return m.length ? Math.max(...m) : null;
        })(),
        category,
      });
    }
  }
  return out;
}

interface Figures {
  n: number;
  precision: number | null;
  recall: number | null;
  f1: number | null;
}
function figures(pairs: readonly { p: boolean; y: boolean }[]): Figures {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const { p, y } of pairs) {
    if (p && y) tp++;
    else if (p) fp++;
    else if (y) fn++;
  }
  const precision = tp + fp ? tp / (tp + fp) : null;
  const recall = tp + fn ? tp / (tp + fn) : null;
  const f1 = precision && recall ? (2 * precision * recall) / (precision + recall) : null;
  return { n: pairs.length, precision, recall, f1 };
}

function report(oof: readonly OutOfFold[], cal: StoredModel['calibration']) {
  const ph = (o: OutOfFold) => sigmoid(cal.harsh.a * o.harsh + cal.harsh.b) >= 0.5;
  const pc = (o: OutOfFold) => sigmoid(cal.crisis.a * o.crisis + cal.crisis.b) >= 0.5;
  const bySource = (
    pred: (o: OutOfFold) => boolean,
    label: (o: OutOfFold) => boolean,
    keep: (o: OutOfFold) => boolean,
  ) => figures(oof.filter(keep).map((o) => ({ p: pred(o), y: label(o) })));
  const written = (o: OutOfFold) => o.e.item.source.startsWith('written');
  const all = () => true;
  const perCategory: Record<
    string,
    { n: number; caught: number | null; asThisCategory: number | null }
  > = {};
  for (const c of CLASSES) {
    const pos = oof.filter((o) => o.e.item.harsh && o.e.item.category === c);
    perCategory[c] = {
      n: pos.length,
      caught: pos.length ? pos.filter(ph).length / pos.length : null,
      asThisCategory: pos.length
        ? pos.filter((o) => ph(o) && o.category === c).length / pos.length
        : null,
    };
  }
  const sweep = (
    score: (o: OutOfFold) => number,
    label: (o: OutOfFold) => boolean,
    keep: (o: OutOfFold) => boolean,
  ) =>
    [0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9].map((t) => ({
      threshold: t,
      ...figures(oof.filter(keep).map((o) => ({ p: score(o) >= t, y: label(o) }))),
    }));
  const sh = (o: OutOfFold) => sigmoid(cal.harsh.a * o.harsh + cal.harsh.b);
  const sc = (o: OutOfFold) => sigmoid(cal.crisis.a * o.crisis + cal.crisis.b);
  return {
    sweep: {
      harshAll: sweep(sh, (o) => o.e.item.harsh, all),
      harshRealText: sweep(
        sh,
        (o) => o.e.item.harsh,
        (o) => !written(o),
      ),
      crisisAll: sweep(sc, (o) => o.e.item.crisis, all),
    },
    harsh: {
      all: bySource(ph, (o) => o.e.item.harsh, all),
      written: bySource(ph, (o) => o.e.item.harsh, written),
      realText: bySource(
        ph,
        (o) => o.e.item.harsh,
        (o) => !written(o),
      ),
    },
    crisis: {
      all: bySource(pc, (o) => o.e.item.crisis, all),
      written: bySource(pc, (o) => o.e.item.crisis, written),
      realText: bySource(
        pc,
        (o) => o.e.item.crisis,
        (o) => !written(o),
      ),
    },
    perCategory,
  };
}

/**
 * The rule floor: on real text (not our written examples), the calibrated score under which a rule's match is
 * more often wrong than right. The rules were written against the dev set, so real text decides their veto.
 */
function ruleFloor(oof: readonly OutOfFold[], cal: StoredModel['calibration']): number {
  const ruled = oof.filter((o) => o.ruleHarsh !== null && !o.e.item.source.startsWith('written'));
  let best = { floor: 0, gain: -Infinity };
  for (let f = 0; f <= 0.9; f += 0.01) {
    let gain = 0;
    for (const o of ruled) {
      const p = sigmoid(cal.harsh.a * o.ruleHarsh! + cal.harsh.b);
      if (p >= f) gain += o.e.item.harsh ? 1 : -1;
    }
    if (gain > best.gain) best = { floor: Math.round(f * 100) / 100, gain };
  }
  return best.floor;
}

function calibrate(oof: readonly OutOfFold[]): StoredModel['calibration'] {
  const finite = (z: number) => (Number.isFinite(z) ? z : -20);
  return {
    harsh: platt(oof.map((o) => ({ z: finite(o.harsh), y: o.e.item.harsh }))),
    crisis: platt(oof.map((o) => ({ z: finite(o.crisis), y: o.e.item.crisis }))),
  };
}

function store(head: Head, classes?: string[]): StoredHead {
  let max = 0;
  for (const v of head.w) max = Math.max(max, Math.abs(v));
  const scale = max > 0 ? max / 32767 : 1;
  const ints = new Int16Array(head.w.length);
  for (let i = 0; i < head.w.length; i++) ints[i] = Math.round(head.w[i]! / scale);
  const round = (x: number) => Math.round(x * 1e6) / 1e6;
  return {
    dim: head.dim,
    ...(classes ? { classes } : {}),
    bias: [...head.bias].map(round),
    scale,
    weights: Buffer.from(ints.buffer).toString('base64'),
  };
}

/** Where the model goes: the committed folder, or another one to check that the committed weights match the data. */
const OUT = process.env.SELFKIND_MODEL_DIR ?? 'training/model';

function main(): void {
  const started = Date.now();
  const items = [...readItems(), ...codeExamples()];
  const examples = items.map(toExample);
  console.log(
    `training items: ${items.length} (harsh ${items.filter((i) => i.harsh).length}, crisis ${items.filter((i) => i.crisis).length}), features in ${((Date.now() - started) / 1000).toFixed(1)} s`,
  );

  const oof = crossValidate(examples);
  const calibration = calibrate(oof);
  const cv = report(oof, calibration);
  const curve: Record<string, unknown> = {};
  if (!process.argv.includes('--no-curve')) {
    for (const share of [0.25, 0.5]) {
      const subset = examples.filter(
        (e) => (hashFeature(`share:${e.item.id}`) % 1000) / 1000 < share,
      );
      const sub = crossValidate(subset);
      curve[String(share)] = report(sub, calibrate(sub));
    }
    curve['1'] = cv;
  }
  const heads = trainAll(examples);
  const model: StoredModel = {
    format: 1,
    features: FEATURE_VERSION,
    harsh: store(heads.harsh),
    crisis: store(heads.crisis),
    level: store(heads.level),
    category: store(heads.category, CLASSES),
    calibration,
  };
  writeFileSync(join(OUT, 'weights.json'), JSON.stringify(model) + '\n');
  const counts = {
    items: items.length,
    bySource: Object.fromEntries(
      [...new Set(items.map((i) => i.source))].sort().map((s) => {
        const of = items.filter((i) => i.source === s);
        return [
          s,
          {
            items: of.length,
            harsh: of.filter((i) => i.harsh).length,
            crisis: of.filter((i) => i.crisis).length,
          },
        ];
      }),
    ),
  };
  const suggested = { harshRuleFloor: ruleFloor(oof, calibration) };
  // Out-of-fold scores, for choose-thresholds.ts to weigh the dev set's choice against real and written text.
  const cal = (c: { a: number; b: number }) => (z: number | null) =>
    z === null || !Number.isFinite(z) ? -1 : Math.round(sigmoid(c.a * z + c.b) * 1e4) / 1e4;
  const p = cal(calibration.harsh);
  const q = cal(calibration.crisis);
  const rows = (keep: (o: OutOfFold) => boolean) =>
    JSON.stringify(
      oof
        .filter(keep)
        .map((o) => [
          o.e.item.harsh ? 1 : 0,
          p(o.harsh),
          p(o.ruleHarsh),
          o.e.item.crisis ? 1 : 0,
          q(o.crisis),
          q(o.ruleCrisis),
          p(o.weakRuleHarsh),
          p(o.gatedHarsh),
        ]),
    ) + '\n';
  const written = (o: OutOfFold) => o.e.item.source.startsWith('written');
  writeFileSync(
    join(OUT, 'oof-real-text.json'),
    rows((o) => !written(o)),
  );
  // The team's own sentences, out of fold: clean, plain self-talk and its near misses.
  writeFileSync(join(OUT, 'oof-written.json'), rows(written));
  // For reading errors: every text with its out-of-fold scores (not committed).
  const dump = process.env.SELFKIND_OOF_DUMP;
  if (dump)
    writeFileSync(
      dump,
      oof
        .map((o) =>
          JSON.stringify({
            id: o.e.item.id,
            source: o.e.item.source,
            text: o.e.item.text,
            harsh: o.e.item.harsh,
            category: o.e.item.category,
            crisis: o.e.item.crisis,
            score: p(o.harsh),
            ruleScore: p(o.ruleHarsh),
            weakScore: p(o.weakRuleHarsh),
            gatedScore: p(o.gatedHarsh),
            crisisScore: q(o.crisis),
            crisisRuleScore: q(o.ruleCrisis),
          }),
        )
        .join('\n') + '\n',
    );
  writeFileSync(
    join(OUT, 'report.json'),
    JSON.stringify({ counts, suggested, crossValidation: cv, learningCurve: curve }, null, 2) +
      '\n',
  );
  console.log(`suggested harsh rule floor (real-text OOF): ${suggested.harshRuleFloor}`);
  const f = (x: number | null) => (x == null ? 'n/a' : x.toFixed(3));
  for (const [name, part] of Object.entries({ harsh: cv.harsh, crisis: cv.crisis }))
    for (const [k, v] of Object.entries(part))
      console.log(
        `cv ${name} ${k.padEnd(8)} n=${v.n} P ${f(v.precision)} R ${f(v.recall)} F1 ${f(v.f1)}`,
      );
  for (const [name, rows] of Object.entries(cv.sweep))
    console.log(
      `sweep ${name}: ` +
        rows.map((r) => `${r.threshold}:${f(r.precision)}/${f(r.recall)}`).join(' '),
    );
  for (const [share, r] of Object.entries(curve))
    console.log(
      `curve ${share}: harsh F1 ${f((r as typeof cv).harsh.all.f1)}  real-text F1 ${f((r as typeof cv).harsh.realText.f1)}  crisis F1 ${f((r as typeof cv).crisis.all.f1)}`,
    );
  console.log(`done in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}

main();
