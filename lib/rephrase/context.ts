/** What every category builder works with, and small helpers to write its wordings. */
import type { CategoryId, CompassionPart, Suggestion } from '../engine/types';
import type { Focus } from './focus';
import type { SpanSlot } from './slot';
import { fitAnywhere } from './span-fit';
import type { Topic } from './topic';

/** What a rephrase builder gets to work with: the sentence and where the harsh words are in it. */
export interface RephraseInput {
  category: CategoryId;
  /** The whole sentence that holds the finding. */
  sentence: string;
  /** Offsets of the flagged words inside `sentence`. */
  spanStart: number;
  spanEnd: number;
  /** Which set of wordings to use; the same variant always gives the same suggestions. */
  variant: number;
}

export interface RephraseContext {
  input: RephraseInput;
  topic: Topic;
  slot: SpanSlot;
  /** The writer's own topic, facts, time and register around the flagged words (focus.ts). */
  focus: Focus;
  /** A non-negative integer; builders pick wordings with `pick`. */
  variant: number;
}

/** Wordings for the flagged words alone, by the slot they would sit in. */
export interface SpanForms {
  /** A whole clause, complete on its own: "I'm being really hard on myself". */
  clause?: string;
  /** A clause that takes the sentence's own reason after it: "I'm frustrated with myself" (+ " for forgetting..."). */
  reasonClause?: string;
  /** After "I'm", complete on its own: "having a hard day". */
  predicate?: string;
  /** After "I'm", followed by the sentence's reason: "frustrated with myself". */
  reasonPredicate?: string;
}

/** The sentence to read the topic from, or '' when it is too long to be one thought worth quoting. */
export function topicSource(ctx: RephraseContext): string {
  return ctx.input.sentence.length > MAX_TOPIC_SENTENCE ? '' : ctx.input.sentence;
}

export const MAX_TOPIC_SENTENCE = 1000;

/** A builder proposes suggestions; buildSuggestions cleans, dedupes, cases and trims them to 2–4. */
export type RephraseBuilder = (ctx: RephraseContext) => Array<Suggestion | null>;

/** The variant's choice among `options`; `salt` lets one builder rotate several lists independently. */
export function pick<T>(options: readonly T[], variant: number, salt = 0): T {
  if (options.length === 0) throw new Error('pick: no options');
  return options[(variant + salt) % options.length]!;
}

export function sentence(part: CompassionPart, text: string): Suggestion {
  return { text, part, replaces: 'sentence' };
}

/**
 * What the flagged words themselves speak of, to name in a span wording: the writer's topic when the flagged
 * words hold it ("I'm a terrible friend" → "being a friend"), else what the verdict weighs ("my worth").
 */
export function spanAbout(ctx: RephraseContext): string | null {
  const { about, domain, judgement } = ctx.focus;
  // Only a role ("being a friend") or the judged thing of the writer's ("my essays"): other words the flagged
  // span holds may be the verdict's own ("a lost cause").
  const named =
    about &&
    (/^being an? /.test(about) ||
      (judgement?.target === 'own' && judgement.owned && about.includes(judgement.owned)));
  return named ? about : domain;
}

/** A span suggestion when the slot has a fitting form, else null. */
export function span(
  ctx: RephraseContext,
  part: CompassionPart,
  forms: SpanForms,
): Suggestion | null {
  const { slot } = ctx;
  const anywhere = () =>
    fitAnywhere(
      ctx.input.sentence,
      ctx.input.spanStart,
      ctx.input.spanEnd,
      ctx.focus,
      part,
      forms.clause,
      ctx.variant,
    );
  if (slot.kind === 'none') return anywhere();
  let text: string | undefined;
  if (slot.kind === 'clause')
    text =
      slot.tail === 'end' ? forms.clause : slot.tail === 'reason' ? forms.reasonClause : undefined;
  else
    text =
      slot.tail === 'end'
        ? forms.predicate
        : slot.tail === 'reason'
          ? forms.reasonPredicate
          : undefined;
  return text ? { text, part, replaces: 'span' } : anywhere();
}
