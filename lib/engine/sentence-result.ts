/**
 * Turns one sentence's evidence into what the user sees under the chosen options (offsets still relative).
 * The learned scorer decides whether the sentence is harsh self-talk and how sure it is (the severity, so that
 * sensitivity is a threshold on the score); the rules give the exact spans, categories and explanations where they
 * match, and the self-evaluation parse gives them where no rule does.
 */
import { buildSuggestions } from '../rephrase/index';
import { compassionPartsIn } from '../exercises/compassion-parts';
import { RULE_FILES } from '../rules/index';
import type {
  AnalyzeOptions,
  CategoryId,
  CompassionPart,
  CrisisLevel,
  Finding,
  KindFinding,
  Severity,
} from './types';
import { CATEGORY_IDS } from './types';
import { gatherEvidence } from './evidence';
import { levelOfCrisisRule } from '../crisis/index';
import { EXASPERATION, LAUGH } from '../language/en/lexicon';
import type { Token } from './tokens';
import { findingAt } from './lazy-suggestions';
import {
  clauseBefore,
  quotedFromSomeoneElse,
  rejected,
  statedStake,
  reportedSpeech,
  thoughtNamedFrom,
} from './context';
import type { FeatureVector } from './features';
import type { RawFinding } from './detect-sentence';
import type { SelfEvaluation, SelfJudgement } from './self-evaluation';
import {
  crisisScore,
  harshScore,
  likeliestCategory,
  possibleCrisisScore,
  THRESHOLDS,
} from './scorer';

export interface SentenceCrisis {
  start: number;
  end: number;
  rule: string;
  level: CrisisLevel;
}

export interface SentenceResult {
  findings: Finding[];
  kind: KindFinding[];
  crisis: SentenceCrisis | null;
  /** Calibrated crisis score of the sentence alone. */
  crisisScore: number;
  /** The sentence's features, kept when it may be half of a crisis said over two sentences. */
  crisisFeatures: FeatureVector | null;
  /** Laughter, an exasperated interjection or a hashtag: only then can a crisis be the 'possible' kind. */
  lightTone: boolean;
  /** The parts of self-compassion the sentence shows (kept here so a keystroke rescans one sentence only). */
  parts: readonly CompassionPart[];
}

export interface ResolvedOptions {
  minSeverity: Severity;
  disabled: ReadonlySet<CategoryId>;
  variant: number;
}

const MIN_SEVERITY = { gentle: 3, standard: 2, thorough: 1 } as const;

export function resolveOptions(options: AnalyzeOptions = {}): ResolvedOptions {
  return {
    minSeverity: MIN_SEVERITY[options.sensitivity ?? 'thorough'] ?? 1,
    disabled: new Set(options.disabledCategories ?? []),
    variant: Number.isFinite(options.variant) ? Math.trunc(options.variant!) : 0,
  };
}

/**
 * A crisis is 'possible' (joking or exasperated) only when the words say so: laughter, an exasperated
 * interjection, a hashtag. Without such a sign the answer is the full one, whatever the level head says.
 */
function hasLightTone(tokens: readonly Token[], sentence: string): boolean {
  return sentence.includes('#') || tokens.some((t) => t.w === LAUGH || EXASPERATION.has(t.w));
}

/** Below this crisis score a sentence cannot be half of a two-sentence crisis, so its features are not kept. */
export const PAIR_FLOOR = 0.15;

const EXPLANATION = new Map(RULE_FILES.map((f) => [f.category, f.explanation]));
const isCategory = (c: string): c is CategoryId => (CATEGORY_IDS as readonly string[]).includes(c);

/** Severity from the harsh score: the sensitivity thresholds, chosen on the dev set. */
export function severityOf(score: number): Severity | 0 {
  const t = THRESHOLDS.harsh;
  if (score >= t.gentle) return 3;
  if (score >= t.standard) return 2;
  if (score >= t.thorough) return 1;
  return 0;
}

const HARSH_CLASSES = new Set(['verdict', 'fail', 'hate', 'negative']);

/** A judgement with a harsh shape: a verdict, a failure, self-hate, negated praise, others' view, fault, comparison. */
const harshShape = (j: SelfJudgement): boolean => {
  const harshPredicate =
    (HARSH_CLASSES.has(j.predicateClass) && !j.negated) ||
    (j.predicateClass === 'praise' && j.negated);
  return (
    harshPredicate ||
    j.otherMinds ||
    j.fault ||
    j.modality === 'should_have' ||
    (j.comparison && j.predicateClass !== 'other')
  );
};

/** The words a finding no rule matched should underline: the parse's harshest judgement, or the sentence. */
function judgementSpan(parse: SelfEvaluation, sentence: string): { start: number; end: number } {
  const j = parse.judgements.find(harshShape) ?? parse.judgements[0];
  if (j && j.end > j.start) return { start: j.start, end: j.end };
  const lead = sentence.length - sentence.trimStart().length;
  const trimmed = sentence.trimEnd().replace(/[.!?…]+$/, '');
  return { start: lead, end: Math.max(lead, trimmed.length) };
}

/**
 * Where the scorer alone may flag a sentence no rule matched: the span of a self-judgement with a harsh shape in the
 * parse, unless its context cancels it as it would a rule's match (rejected, defused, someone else's words, a
 * stake the writer names: "...or I'll fail").
 * Null when there is nothing the scorer could underline. The trainer's out-of-fold figures use the same gate.
 */
export function scorerMaySpeak(
  sentence: string,
  parse: SelfEvaluation,
): { start: number; end: number } | null {
  if (!parse.judgements.some(harshShape)) return null;
  const { start, end } = judgementSpan(parse, sentence);
  if (end <= start) return null;
  const lower = sentence.toLowerCase();
  // The judged "I" nearest the predicate: "I'm having the thought that [I ruined it]".
  const lastI = [...lower.slice(start, end).matchAll(/\bi\b/g)].at(-1)?.index;
  const judged = lastI === undefined ? start : start + lastI;
  const before = clauseBefore(lower, judged);
  if (
    rejected(before, lower.slice(end)) ||
    statedStake(before) ||
    judged >= thoughtNamedFrom(lower) ||
    reportedSpeech(before) ||
    quotedFromSomeoneElse(lower, start)
  )
    return null;
  return { start, end };
}

/**
 * The harsh findings of a sentence. Where a rule matched, its spans and categories stand unless the scorer vetoes
 * them (score under the rule floor), with the rule's severity; a weak rule's match needs the scorer's agreement.
 * Where no rule's match stands, the scorer alone decides, its score gives the severity, and the parse the span.
 */
function harshFindings(
  sentence: string,
  traps: readonly RawFinding[],
  parse: SelfEvaluation,
  features: FeatureVector,
  score: number,
): RawFinding[] {
  const fromScore = severityOf(score);
  if (traps.length > 0) {
    if (score < THRESHOLDS.harshRuleFloor) return [];
    // Severity is the language's (the rule's, raised by intensifiers, lowered by questions); the score says how
    // sure the model is, which is not how harsh the words are.
    const kept = score < THRESHOLDS.weakRuleFloor ? traps.filter((f) => !f.weak) : [...traps];
    if (kept.length > 0) return kept;
  }
  if (fromScore === 0) return [];
  const span = scorerMaySpeak(sentence, parse);
  if (!span) return [];
  const severity = fromScore;
  const category = likeliestCategory(features);
  if (!isCategory(category)) return [];
  const { start, end } = span;
  return [
    {
      category,
      start,
      end,
      severity,
      rule: `${category}/learned`,
      explanation: EXPLANATION.get(category) ?? '',
    },
  ];
}

export function analyzeSentence(sentence: string, options: ResolvedOptions): SentenceResult {
  const { detection, parse, features } = gatherEvidence(sentence);
  const traps = detection.findings.filter((f) => f.category !== 'kind');
  const kind: KindFinding[] = detection.findings
    .filter((f) => f.category === 'kind')
    .map((f) => ({ category: 'kind', start: f.start, end: f.end, rule: f.rule }));

  const cScore = features ? crisisScore(features) : 0;
  const lightTone = hasLightTone(parse.tokens, sentence);
  const matched = detection.crisis;
  let crisis: SentenceCrisis | null = null;
  if ((matched && cScore >= THRESHOLDS.crisisRuleFloor) || cScore >= THRESHOLDS.crisis.clear) {
    const level =
      (matched && levelOfCrisisRule(matched.rule)) ??
      (lightTone && features && possibleCrisisScore(features) >= 0.5 ? 'possible' : 'clear');
    crisis = matched
      ? { ...matched, level }
      : { ...judgementSpan(parse, sentence), rule: 'crisis/learned', level };
  }

  const findings: Finding[] = [];
  const aboutWriter = parse.aboutWriter || traps.length > 0;
  if (aboutWriter && features) {
    for (const f of harshFindings(sentence, traps, parse, features, harshScore(features))) {
      if (
        f.category === 'kind' ||
        f.severity < options.minSeverity ||
        options.disabled.has(f.category)
      )
        continue;
      const category = f.category;
      findings.push(
        findingAt({ ...f, category }, 0, 0, sentence.length, () =>
          crisis
            ? []
            : buildSuggestions({
                category,
                sentence,
                spanStart: f.start,
                spanEnd: f.end,
                variant: options.variant,
              }),
        ),
      );
    }
  }
  return {
    findings,
    kind,
    crisis,
    crisisScore: cScore,
    crisisFeatures: features && cScore >= PAIR_FLOOR ? features : null,
    lightTone,
    parts: compassionPartsIn(sentence),
  };
}
