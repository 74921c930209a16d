/**
 * Everything the scorer weighs for one sentence: the rules' raw matches, the crisis patterns' match, the
 * self-evaluation parse and the hashed features built from all three. A pure function of the sentence's text,
 * so the incremental analyzer can cache it; the trainer calls the same function.
 */
import { detectSentence, type SentenceDetection } from './detect-sentence';
import { vectorOf, type FeatureVector } from './features';
import { parseSelfEvaluation, type SelfEvaluation } from './self-evaluation';
import { mayCarryCrisis } from '../crisis/index';

export interface SentenceEvidence {
  detection: SentenceDetection;
  parse: SelfEvaluation;
  /** Null for a sentence the scorer has nothing to weigh: not about the writer, no rule, no crisis word. */
  features: FeatureVector | null;
}

export function gatherEvidence(sentence: string): SentenceEvidence {
  const detection = detectSentence(sentence);
  const parse = parseSelfEvaluation(sentence);
  const traps = detection.findings
    .filter((f) => f.category !== 'kind')
    .map((f) => ({ category: f.category, severity: f.severity }));
  const worthScoring =
    parse.aboutWriter || traps.length > 0 || detection.crisis !== null || mayCarryCrisis(sentence);
  const features = worthScoring
    ? vectorOf(parse, { traps, crisis: detection.crisis !== null })
    : null;
  return { detection, parse, features };
}
