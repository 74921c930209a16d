/**
 * Logistic-regression heads trained by multiple-instance learning: a text's label applies to the text, and the
 * engine scores sentences, so a harsh text teaches through its highest-scoring sentence and a text that is not
 * harsh teaches that none of its sentences is. Adagrad, L2 on touched weights, a seeded shuffle: deterministic.
 */
import { mulberry32 } from '../../lib/random/mulberry32';
import type { Example } from './data';
import { linearMargin, ngramScale, type FeatureVector } from '../../lib/engine/features';

export interface Settings {
  epochs: number;
  rate: number;
  l2: number;
  seed: number;
  /**
   * How much more a real text's label pulls than a written one's. Written examples are nearly half the data; at an
   * equal pull they drew the binary heads toward written forms, and real-text F1 fell as they grew (learning curve).
   */
  realTextWeight: number;
}

export const DEFAULTS: Settings = {
  epochs: 8,
  rate: 0.15,
  l2: 2e-5,
  seed: 20261204,
  realTextWeight: 2,
};

export class Head {
  readonly mask: number;
  readonly w: Float64Array;
  private readonly g2: Float64Array;
  readonly bias: Float64Array;
  private readonly gb2: Float64Array;

  constructor(
    readonly dim: number,
    readonly classes = 1,
  ) {
    this.mask = dim - 1;
    this.w = new Float64Array(dim * classes);
    this.g2 = new Float64Array(dim * classes).fill(1e-8);
    this.bias = new Float64Array(classes);
    this.gb2 = new Float64Array(classes).fill(1e-8);
  }

  margin(v: FeatureVector, cls = 0): number {
    return linearMargin(this.w, cls * this.dim, this.mask, this.bias[cls]!, v);
  }

  step(v: FeatureVector, grad: number, s: Settings, cls = 0): void {
    this.update(v.shape, grad, s, cls);
    this.update(v.ngrams, grad * ngramScale(v), s, cls);
    this.gb2[cls]! += grad * grad;
    this.bias[cls]! -= (s.rate * grad) / Math.sqrt(this.gb2[cls]!);
  }

  private update(h: Uint32Array, grad: number, s: Settings, cls: number): void {
    const off = cls * this.dim;
    for (let i = 0; i < h.length; i++) {
      const k = off + (h[i]! & this.mask);
      const g = grad + s.l2 * this.w[k]!;
      this.g2[k]! += g * g;
      this.w[k]! -= (s.rate * g) / Math.sqrt(this.g2[k]!);
    }
  }
}

export const sigmoid = (z: number): number => 1 / (1 + Math.exp(-z));

function shuffled<T>(xs: readonly T[], random: () => number): T[] {
  const out = [...xs];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

/** The harsh head's instances for a text: the sentences that pass the engine's first cut. */
export const harshInstances = (e: Example): FeatureVector[] =>
  e.item.crisisOnly ? [] : e.sentences.filter((s) => s.aboutWriter).map((s) => s.features);

function argmax(head: Head, xs: readonly FeatureVector[]): FeatureVector | null {
  let best: FeatureVector | null = null;
  let bestZ = -Infinity;
  for (const x of xs) {
    const z = head.margin(x);
    if (z > bestZ) {
      bestZ = z;
      best = x;
    }
  }
  return best;
}

/** Trains a binary head over instance bags; `label(e)` is the text's label, `bag(e)` its instances. */
export function trainBinary(
  examples: readonly Example[],
  dim: number,
  label: (e: Example) => boolean,
  bag: (e: Example) => FeatureVector[],
  s: Settings = DEFAULTS,
): Head {
  const head = new Head(dim);
  const usable = examples.filter((e) => bag(e).length > 0);
  const positives = usable.filter(label).length;
  const negInstances = usable.filter((e) => !label(e)).reduce((n, e) => n + bag(e).length, 0);
  // Balance the two sides' total pull, softened: written examples already lift the share of positives.
  const posWeight = Math.sqrt(negInstances / Math.max(1, positives));
  const random = mulberry32(s.seed);
  for (let epoch = 0; epoch < s.epochs; epoch++) {
    for (const e of shuffled(usable, random)) {
      const xs = bag(e);
      const weight = e.item.source.startsWith('written') ? 1 : s.realTextWeight;
      if (label(e)) {
        const x = argmax(head, xs)!;
        head.step(x, (sigmoid(head.margin(x)) - 1) * posWeight * weight, s);
      } else {
        for (const x of xs) head.step(x, sigmoid(head.margin(x)) * weight, s);
      }
    }
  }
  return head;
}

/** Trains a multi-class head (softmax) on one instance per example: `pick(e)` chooses it, `label(e)` names the class. */
export function trainMulti(
  examples: readonly Example[],
  dim: number,
  classes: readonly string[],
  pick: (e: Example) => FeatureVector | null,
  label: (e: Example) => string | null,
  s: Settings = DEFAULTS,
): Head {
  const head = new Head(dim, classes.length);
  const data = examples
    .map((e) => ({ x: pick(e), y: classes.indexOf(label(e) ?? '') }))
    .filter((d): d is { x: FeatureVector; y: number } => d.x !== null && d.y >= 0);
  const random = mulberry32(s.seed + 1);
  for (let epoch = 0; epoch < s.epochs; epoch++) {
    for (const d of shuffled(data, random)) {
      const z = classes.map((_, c) => head.margin(d.x, c));
      const max = Math.max(...z);
      const exp = z.map((v) => Math.exp(v - max));
      const sum = exp.reduce((a, b) => a + b, 0);
      for (let c = 0; c < classes.length; c++)
        head.step(d.x, exp[c]! / sum - (c === d.y ? 1 : 0), s, c);
    }
  }
  return head;
}

export { argmax };

/** Platt scaling: fits p = sigmoid(a·z + b) to (margin, label) pairs by gradient descent on log-loss. */
export function platt(pairs: readonly { z: number; y: boolean }[]): { a: number; b: number } {
  let a = 1;
  let b = 0;
  for (let it = 0; it < 2000; it++) {
    let ga = 0;
    let gb = 0;
    for (const { z, y } of pairs) {
      const d = sigmoid(a * z + b) - (y ? 1 : 0);
      ga += d * z;
      gb += d;
    }
    a -= (0.5 * ga) / pairs.length;
    b -= (0.5 * gb) / pairs.length;
  }
  return { a, b };
}
