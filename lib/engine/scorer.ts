/**
 * The learned scorer: logistic-regression heads over the hashed features of features.ts, with weights trained by
 * `npm run train` (training/) and committed as data. Heads decode on first use, so importing the engine costs
 * nothing until a sentence needs a score. A score is a sum of a few dozen weights: microseconds.
 */
import stored from '../../training/model/weights.json';
import thresholdsFile from '../../training/model/thresholds.json';
import type { StoredHead, StoredModel, Thresholds } from './model-format';
import { FEATURE_VERSION } from './model-format';
import { linearMargin, type FeatureVector } from './features';

interface Head {
  dim: number;
  mask: number;
  classes: number;
  bias: Float32Array;
  /** The stored 16-bit weights as they are: a margin is summed in these units and scaled once. */
  weights: Int16Array;
  scale: number;
}

const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const SEXTET = new Uint8Array(128);
for (let i = 0; i < BASE64.length; i++) SEXTET[BASE64.charCodeAt(i)] = i;

/** Base64 to bytes in one pass (atob and a per-character callback cost ~40× more on 800 KB). */
function base64Bytes(text: string): Uint8Array {
  let end = text.length;
  while (end > 0 && text.charCodeAt(end - 1) === 61) end--; // '='
  const out = new Uint8Array(Math.floor((end * 3) / 4));
  let o = 0;
  let i = 0;
  for (; i + 4 <= end; i += 4) {
    const n =
      (SEXTET[text.charCodeAt(i)]! << 18) |
      (SEXTET[text.charCodeAt(i + 1)]! << 12) |
      (SEXTET[text.charCodeAt(i + 2)]! << 6) |
      SEXTET[text.charCodeAt(i + 3)]!;
    out[o++] = n >> 16;
    out[o++] = (n >> 8) & 255;
    out[o++] = n & 255;
  }
  const rest = end - i;
  if (rest >= 2) {
    const n =
      (SEXTET[text.charCodeAt(i)]! << 18) |
      (SEXTET[text.charCodeAt(i + 1)]! << 12) |
      (rest === 3 ? SEXTET[text.charCodeAt(i + 2)]! << 6 : 0);
    out[o++] = n >> 16;
    if (rest === 3) out[o++] = (n >> 8) & 255;
  }
  return out;
}

function decode(head: StoredHead): Head {
  const bytes = base64Bytes(head.weights);
  return {
    dim: head.dim,
    mask: head.dim - 1,
    classes: head.classes?.length ?? 1,
    bias: Float32Array.from(head.bias),
    weights: new Int16Array(bytes.buffer, bytes.byteOffset, bytes.byteLength >> 1),
    scale: head.scale,
  };
}

const model = stored as unknown as StoredModel;
export const THRESHOLDS = thresholdsFile as Thresholds;
export const CATEGORY_CLASSES: readonly string[] = model.category.classes ?? [];

let heads: { harsh: Head; crisis: Head; level: Head; category: Head } | null = null;
function loaded() {
  if (!heads) {
    if (model.features !== FEATURE_VERSION)
      throw new Error(
        `weights were trained for features v${model.features}, engine has v${FEATURE_VERSION}`,
      );
    heads = {
      harsh: decode(model.harsh),
      crisis: decode(model.crisis),
      level: decode(model.level),
      category: decode(model.category),
    };
  }
  return heads;
}

/** Loads the weights now (the bench measures this; the engine otherwise loads them on first use). */
export function loadScorer(): void {
  loaded();
}

const sigmoid = (z: number): number => 1 / (1 + Math.exp(-z));

const margin = (head: Head, v: FeatureVector, cls = 0): number =>
  head.bias[cls]! + head.scale * linearMargin(head.weights, cls * head.dim, head.mask, 0, v);

/** Calibrated probability that the sentence is harsh self-talk. */
export function harshScore(v: FeatureVector): number {
  const { a, b } = model.calibration.harsh;
  return sigmoid(a * margin(loaded().harsh, v) + b);
}

/** Calibrated probability that the text (a sentence, or two neighbours' features together) is crisis language. */
export function crisisScore(v: FeatureVector): number {
  const { a, b } = model.calibration.crisis;
  return sigmoid(a * margin(loaded().crisis, v) + b);
}

/** Probability that crisis language is a joking or exasperated death wish ('possible') rather than 'clear'. */
export function possibleCrisisScore(v: FeatureVector): number {
  return sigmoid(margin(loaded().level, v));
}

/** The most likely thinking trap for a harsh sentence no rule named. */
export function likeliestCategory(v: FeatureVector): string {
  const head = loaded().category;
  let best = 0;
  let bestZ = -Infinity;
  for (let c = 0; c < head.classes; c++) {
    const z = margin(head, v, c);
    if (z > bestZ) {
      bestZ = z;
      best = c;
    }
  }
  return CATEGORY_CLASSES[best]!;
}
