/** The engine's public contract (see ../shared/docs/DESIGN.md). Other parts and the evaluation rely on these names. */

export const CATEGORY_IDS = [
  'labeling',
  'overgeneralizing',
  'should',
  'self_blame',
  'catastrophizing',
  'mind_reading',
  'all_or_nothing',
  'discounting_positive',
  'self_contempt',
  'comparison',
  'reassurance_seeking',
  'need_suppression',
] as const;

/** A thinking trap the engine can flag. */
export type CategoryId = (typeof CATEGORY_IDS)[number];

/** Self-compassionate talk is reported separately from the traps. */
export type KindCategory = 'kind';

export type Severity = 1 | 2 | 3;

/** The part of self-compassion a suggestion practises (BACKGROUND.md). */
export type CompassionPart = 'self_kindness' | 'common_humanity' | 'mindfulness' | 'next_step';

export const COMPASSION_PARTS: readonly CompassionPart[] = [
  'self_kindness',
  'common_humanity',
  'mindfulness',
  'next_step',
];

/**
 * A kinder way to say the flagged words.
 * `replaces: 'span'` means `text` replaces exactly `text.slice(finding.start, finding.end)`, or `range` when given;
 * `replaces: 'sentence'` means it replaces the whole sentence `text.slice(finding.sentenceStart, finding.sentenceEnd)`.
 */
export interface Suggestion {
  text: string;
  part: CompassionPart;
  replaces: 'span' | 'sentence';
  /**
   * Span suggestions only: the words it replaces when they are not exactly the flagged words, as UTF-16 offsets
   * into the finding's sentence (0 is `finding.sentenceStart`; `end` exclusive). It is the clause the flagged
   * words sit in, a little wider or narrower ("I always mess| up presentations" → "I always mess up",
   * "My boss thinks |I'm lazy|" → "My boss thinks I'm lazy"). Absent: the flagged words themselves.
   */
  range?: SentenceRange;
}

/** Offsets into one sentence: 0 is the sentence's first character; `end` exclusive. */
export interface SentenceRange {
  start: number;
  end: number;
}

export interface Finding {
  category: CategoryId;
  /** UTF-16 offset into exactly the analysed string; `text.slice(start, end)` is the flagged words. */
  start: number;
  /** Exclusive. */
  end: number;
  /** Bounds of the sentence that holds the finding, for sentence-wide suggestions. */
  sentenceStart: number;
  sentenceEnd: number;
  severity: Severity;
  /** Stable rule id, `<category>/<pattern-id>`. */
  rule: string;
  /** One sentence that names the thinking trap kindly and plainly. */
  explanation: string;
  /** 2–4 suggestions, worked out when first read; empty when the text is in crisis. */
  suggestions: Suggestion[];
}

/** A span of self-compassionate talk. Same offsets contract as `Finding`, no suggestions. */
export interface KindFinding {
  category: KindCategory;
  start: number;
  end: number;
  rule: string;
}

/**
 * How crisis language reads. 'clear': a wish to die, thoughts or plans of suicide, self-harm, goodbye acts,
 * "better off without me". 'possible': a joking or exasperated death wish about oneself ("kill me now, this exam").
 * Both are crisis: neither ever gets a rephrase.
 */
export type CrisisLevel = 'clear' | 'possible';

export interface CrisisSpan {
  start: number;
  end: number;
  rule: string;
  level: CrisisLevel;
}

export interface Analysis {
  findings: Finding[];
  kind: KindFinding[];
  /** True when any sentence suggests a wish to die, suicidal thoughts, or self-harm. */
  crisis: boolean;
  /** 'clear' when any crisis span is clear, else 'possible'; absent when there is no crisis language. */
  crisisLevel?: CrisisLevel;
  /** Where the crisis language is. A text in crisis gets resources: none of its findings carry suggestions. */
  crisisSpans: CrisisSpan[];
  /** The self-compassion parts found in the whole text, in COMPASSION_PARTS order (lib/exercises/compassion-parts.ts). */
  parts?: CompassionPart[];
}

export type Sensitivity = 'gentle' | 'standard' | 'thorough';

export interface AnalyzeOptions {
  /** Which findings are reported. gentle: severity 3 only; standard: 2+; thorough: all. Default 'thorough' for the CLI/eval. */
  sensitivity?: Sensitivity;
  /** Categories switched off by the user. */
  disabledCategories?: readonly CategoryId[];
  /** Ask for a different set of suggestion wordings; the same variant always gives the same result. */
  variant?: number;
}

export interface Analyzer {
  /** Re-analyses only the sentences that changed since the previous call; offsets are into `text`. */
  update(text: string): Analysis;
}
