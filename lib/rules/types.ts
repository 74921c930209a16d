import type { CategoryId, Severity } from '../engine/types';

/** One way of saying a thinking trap, written in compromise's match syntax over the normalised sentence. */
export interface RulePattern {
  /** Stable within its file; the finding's rule id is `<category>/<id>`. */
  id: string;
  match: string;
  /** Severity before context (intensifiers raise it, questions lower it). */
  severity: Severity;
  /** The pattern itself needs a negation ("I can't do anything right"), so a negation inside the match does not cancel it. */
  negationIsPart?: boolean;
  /** The pattern is itself about what others think or say of the writer ("everyone thinks I'm..."), so reported-speech cues do not cancel it. */
  aboutOthersView?: boolean;
  /** The words are about the writer by their very form ("needing people is weak"), so no "I/me/my" is required. */
  selfImplied?: boolean;
  /** The match must open its clause ("what is wrong with me", not "confused about what is wrong with me"). */
  clauseInitial?: boolean;
  /** The pattern is a question by nature ("am I too much?"), so a question mark does not lower its severity. */
  questionIsPart?: boolean;
  /**
   * The form is as often a correction, a plan or a plain fact as a judgement ("I should have said army", "I'll get
   * fired if I leave early"): its match stands only when the learned scorer agrees.
   */
  weak?: boolean;
  /**
   * An apology before it or a hedge in its clause ("Sorry, I should have said the second link", "I probably should
   * have checked") makes the match a correction or a mild regret, not a demand on oneself: it does not stand.
   */
  yieldsToHedge?: boolean;
}

/** Everything the engine knows about one category: its wording, its patterns and its own examples. */
export interface RuleFile {
  category: CategoryId | 'kind';
  /** One sentence that names the trap kindly and plainly. */
  explanation: string;
  patterns: readonly RulePattern[];
  /** Sentences that must be flagged as this category, and near-misses that must not be flagged at all. */
  examples: { flag: string[]; pass: string[] };
}
