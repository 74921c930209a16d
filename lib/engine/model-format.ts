/**
 * The shape of the learned scorer's weights file (training/model/weights.json), shared by the trainer that writes
 * it and the engine that reads it. Weights are stored dense per head, quantised to 16-bit integers and base64'd,
 * so the file is plain data: no code, nothing fetched.
 */
export interface StoredHead {
  /** Number of hash buckets, a power of two. */
  dim: number;
  /** Class names for a multi-class head; absent for a binary head. */
  classes?: string[];
  bias: number[];
  /** weight = int16 value × scale; classes × dim values, class-major. */
  scale: number;
  weights: string;
}

export interface StoredModel {
  format: 1;
  /** Bumped when the feature extractor changes in a way that old weights would misread. */
  features: number;
  harsh: StoredHead;
  crisis: StoredHead;
  /** Crisis level: probability of 'possible' (a joking or exasperated death wish) against 'clear'. */
  level: StoredHead;
  category: StoredHead;
  /** Platt scaling fitted on out-of-fold scores: p = sigmoid(a·z + b). */
  calibration: { harsh: { a: number; b: number }; crisis: { a: number; b: number } };
}

/** Sensitivity thresholds on the calibrated scores, chosen on the dev set (training/scripts/choose-thresholds.ts). */
export interface Thresholds {
  harsh: { gentle: number; standard: number; thorough: number };
  crisis: { clear: number; possible: number };
  /** A crisis pattern's match is kept unless the model's crisis score is below this. */
  crisisRuleFloor: number;
  /** A trap rule's match is kept unless the model's harsh score is below this (the model's veto). */
  harshRuleFloor: number;
  /** A weak rule's match (see RulePattern.weak) is kept only when the model's harsh score reaches this. */
  weakRuleFloor: number;
}

export const FEATURE_VERSION = 2;
