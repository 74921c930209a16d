/**
 * Kinder, realistic rephrasings for a finding: 2–4 suggestions that keep the user's topic, each
 * tagged with the part of self-compassion it practises. One builder per category lives in
 * `lib/rephrase/<category>.ts`; this file picks the builder, then cleans and cases the result.
 */
import { CATEGORY_IDS, type CategoryId, type Suggestion } from '../engine/types';
import { all_or_nothing } from './all_or_nothing';
import { catastrophizing } from './catastrophizing';
import { comparison } from './comparison';
import {
  MAX_TOPIC_SENTENCE,
  type RephraseBuilder,
  type RephraseContext,
  type RephraseInput,
} from './context';
import { discounting_positive } from './discounting_positive';
import { findEmptyPraise } from './empty-praise';
import { labeling } from './labeling';
import { mind_reading } from './mind_reading';
import { need_suppression } from './need_suppression';
import { overgeneralizing } from './overgeneralizing';
import { reassurance_seeking } from './reassurance_seeking';
import { self_blame } from './self_blame';
import { self_contempt } from './self_contempt';
import { should } from './should';
import { classifySlot, type SpanSlot } from './slot';
import { capitalise, lowerFirst, normalize } from './text';
import { judges, readFocus } from './focus';
import { hasHarshWord } from './harsh-words';
import { fitAnywhere, FITTED } from './span-fit';
import { THOUGHT_CATEGORIES, widenedSpan, withParticle } from './widen';
import { extractTopic, type Topic } from './topic';

export type { RephraseBuilder, RephraseContext, RephraseInput } from './context';
export { findEmptyPraise } from './empty-praise';

const BUILDERS = {
  labeling,
  overgeneralizing,
  should,
  self_blame,
  catastrophizing,
  mind_reading,
  all_or_nothing,
  discounting_positive,
  self_contempt,
  comparison,
  reassurance_seeking,
  need_suppression,
} satisfies Record<CategoryId, RephraseBuilder>;

/** One builder per category of the engine's own list. */
export const REPHRASE_BUILDERS: Readonly<Record<CategoryId, RephraseBuilder>> = Object.fromEntries(
  CATEGORY_IDS.map((id) => [id, BUILDERS[id]]),
) as Record<CategoryId, RephraseBuilder>;

const MIN_SUGGESTIONS = 2;
/** Variants repeat after this many, so "Another" comes back round to the first set. */
const VARIANT_CYCLE = 12;
const MAX_SUGGESTIONS = 4;

const NO_TOPIC: Topic = {
  event: null,
  activity: null,
  thing: null,
  skill: null,
  situation: null,
  habit: null,
  future: false,
  good: null,
  other: null,
  otherSubject: null,
};

/** Keeps the sentence's own surrounding whitespace so neighbouring sentences stay apart. */
function fitSentence(original: string, text: string, prefix: string): string {
  const lead = /^\s*/.exec(original)![0];
  const trail = original.trim() === '' ? '' : /\s*$/.exec(original)![0];
  const own = normalize(text).toLowerCase();
  // The writer's words before the harsh clause stay, unless the suggestion already restates some of them.
  const restated = normalize(prefix)
    .toLowerCase()
    .replace(/[\s,;:—–-]*\b(?:and|but|so|then)$/, '')
    .split(/[,;:—–]|\s(?:and|but|so|then)\s/)
    .map((clause) => clause.trim())
    .some((clause) => clause.split(' ').length >= 3 && own.includes(clause));
  const keep = prefix !== '' && !restated;
  const body = keep ? `${prefix.trim()} ${lowerFirst(text.trim())}` : text.trim();
  return `${lead}${capitalise(body)}${trail}`;
}

/** "I don't need anyone's help": a need pushed away, itself a trap. */
const DENIED_NEED = /\b(?:don'?t|do not|never|can'?t)\s+(?:need|deserve|ask|want)\b/i;

const LEAD_IN = /(?:\s+(?:honestly|ugh|really|just|now|lol|tbh|seriously|well|like|so))*\s*$/i;

/**
 * The words before the clause that holds the flagged words ("We spent the weekend at the lake, and"), when they
 * say something of their own; empty when the harsh clause opens the sentence or only a filler comes before it.
 */
function keptPrefix(sentence: string, spanStart: number): string {
  if (!(spanStart > 0 && spanStart <= sentence.length)) return '';
  const before = sentence.slice(0, spanStart).replace(LEAD_IN, '');
  const boundary = /(?:[,;:—–]|\s(?:and|but|so|then))$/i.exec(before);
  if (!boundary) return '';
  const prefix = before.trimStart();
  const words = normalize(prefix)
    .toLowerCase()
    .split(/[^a-z']+/)
    .filter(
      (w) =>
        w.length >= 3 &&
        !/^(?:ugh|lol|omg|and|but|then|honestly|well|okay|yeah|seriously)$/.test(w),
    );
  // A prefix that is itself harsh ("I'm going to fail this exam and") is not kept: the suggestion replaces it too.
  if (hasHarshWord(prefix) || judges(prefix) || DENIED_NEED.test(normalize(prefix))) return '';
  return words.length >= 2 && prefix.length <= 240 ? prefix : '';
}

/** Matches the writer's casing: capital at sentence start, lowercase mid-sentence for lowercase writers. */
function fitSpan(slot: SpanSlot, originalSpan: string, proposed: string): string {
  if (slot.kind === 'none') return proposed;
  // Flagged words that end in punctuation ("I'm such an idiot,") hand it on to the replacement.
  const punctuation = /[.,;:!?…]+\s*$/.exec(originalSpan)?.[0] ?? '';
  const text = /[.,;:!?…]$/.test(proposed) ? proposed : `${proposed}${slot.carry}${punctuation}`;
  if (slot.atStart) return capitalise(text);
  if (slot.lowercase && /^i(?:\b|m\b)/.test(originalSpan) && /^I\b/.test(text))
    return `i${text.slice(1)}`;
  return lowerFirst(text);
}

function isWellFormed(text: string): boolean {
  return (
    text.trim() !== '' && !/\b(?:undefined|null|NaN)\b|\s{2,}|\.\.(?!\.)|\bI I\b/.test(text.trim())
  );
}

function clean(ctx: RephraseContext, proposed: Array<Suggestion | null>): Suggestion[] {
  const { sentence: original, spanStart, spanEnd } = ctx.input;
  const seen = new Set<string>();
  const out: Suggestion[] = [];
  const prefix = keptPrefix(original, spanStart);
  for (const suggestion of proposed) {
    if (!suggestion) continue;
    const text =
      suggestion.replaces === 'sentence'
        ? fitSentence(original, suggestion.text, prefix)
        : FITTED.has(suggestion)
          ? suggestion.text
          : fitSpan(ctx.slot, original.slice(spanStart, spanEnd), suggestion.text);
    if (!isWellFormed(text) || findEmptyPraise(text) !== null || seen.has(text)) continue;
    seen.add(text);
    out.push({
      text,
      part: suggestion.part,
      replaces: suggestion.replaces,
      ...(suggestion.range && { range: suggestion.range }),
    });
  }
  return out;
}

/** Drops topic pieces that repeat the flagged words themselves ("I let my team down" stays out). */
function withoutFlaggedWords(topic: Topic, flagged: string): Topic {
  const core = normalize(flagged)
    .toLowerCase()
    .replace(/^(?:i|i'm|im|i am|i've|my)\s+/, '')
    .replace(/[.,;:!?…]+$/, '');
  if (core.split(' ').length < 2) return topic;
  const keep = (piece: string | null): string | null =>
    piece && normalize(piece).toLowerCase().includes(core) ? null : piece;
  return {
    ...topic,
    event: keep(topic.event),
    activity: keep(topic.activity),
    thing: keep(topic.thing),
    skill: keep(topic.skill),
    situation: keep(topic.situation),
    good: keep(topic.good),
    habit: keep(topic.habit),
  };
}

/** The span suggestion leads, so the writer's own sentence can stay as it is around it. */
function spanFirst(proposed: Array<Suggestion | null>): Array<Suggestion | null> {
  const spans = proposed.filter((s) => s?.replaces === 'span');
  return [...spans, ...proposed.filter((s) => s?.replaces !== 'span')];
}

/** One span suggestion is enough; the rest of the room goes to different wordings of the whole thought. */
function keepOneSpan(suggestions: Suggestion[]): Suggestion[] {
  const first = suggestions.findIndex((s) => s.replaces === 'span');
  return suggestions.filter((s, i) => s.replaces !== 'span' || i === first);
}

/**
 * Each part of self-compassion gets its turn early: after the first suggestion, the next is the first one whose
 * part is not shown yet, so a card or popup that shows only the first two still shows two different parts.
 */
function partsEarly(suggestions: Suggestion[]): Suggestion[] {
  const rest = [...suggestions];
  const out: Suggestion[] = [];
  while (rest.length) {
    const seen = new Set(out.map((s) => s.part));
    const next = rest.findIndex((s) => !seen.has(s.part));
    out.push(...rest.splice(next < 0 ? 0 : next, 1));
  }
  return out;
}

function normalizeVariant(variant: number): number {
  return Number.isFinite(variant) ? Math.abs(Math.trunc(variant)) : 0;
}

/**
 * A stable offset from the flagged words themselves, so that different thoughts start from different wordings of
 * the same kind (the same words always get the same suggestions; "Another" still walks through all of them).
 */
function seedOf(text: string): number {
  let hash = 0;
  for (const char of normalize(text).toLowerCase()) hash = (hash * 31 + char.charCodeAt(0)) >>> 0;
  return hash % 12;
}

/** 2–4 realistic, kind suggestions that keep the user's topic. Deterministic for the same input. */
export function buildSuggestions(flagged: RephraseInput): Suggestion[] {
  const builder = REPHRASE_BUILDERS[flagged.category];
  if (!builder) return [];
  const spanEnd = withParticle(flagged.sentence, flagged.spanStart, flagged.spanEnd);
  const input = { ...flagged, spanEnd };
  const variant =
    (normalizeVariant(input.variant) % VARIANT_CYCLE) +
    seedOf(input.sentence.slice(input.spanStart, input.spanEnd));
  const long = input.sentence.length > MAX_TOPIC_SENTENCE;
  const topic = long
    ? NO_TOPIC
    : withoutFlaggedWords(
        extractTopic(input.sentence),
        input.sentence.slice(input.spanStart, input.spanEnd),
      );
  const ctx: RephraseContext = {
    input,
    topic,
    slot: classifySlot(input.sentence, input.spanStart, input.spanEnd),
    focus: readFocus(long ? '' : input.sentence, input.spanStart, input.spanEnd, topic),
    variant,
  };
  if (long) ctx.focus = { ...ctx.focus, register: 'journal' };
  let suggestions = clean(ctx, spanFirst(builder(ctx)));
  if (suggestions.length < MIN_SUGGESTIONS) {
    // The topic made some wordings unusable: top up with the category's generic wording.
    const generic: RephraseContext = {
      ...ctx,
      topic: NO_TOPIC,
      focus: { ...ctx.focus, about: null, noun: null, fact: null },
    };
    suggestions = clean(ctx, [...suggestions, ...builder(generic)]);
  }
  if (!suggestions.some((s) => s.replaces === 'span')) {
    const fallback = spanOfClause(ctx);
    if (fallback) suggestions = [...clean(ctx, [fallback]), ...suggestions];
  }
  if (spanEnd !== flagged.spanEnd) {
    // Worded for the flagged words with their particle: that is the range they replace.
    const range = { start: input.spanStart, end: spanEnd };
    suggestions = suggestions.map((s) => (s.replaces === 'span' && !s.range ? { ...s, range } : s));
  }
  return partsEarly(keepOneSpan(suggestions).slice(0, MAX_SUGGESTIONS));
}

/**
 * A span suggestion when the category's own wordings gave none: the flagged words named where they are, else the
 * clause around them (widen.ts), so every finding can be answered without touching the writer's other words.
 */
function spanOfClause(ctx: RephraseContext): Suggestion | null {
  const { category, sentence, spanStart, spanEnd } = ctx.input;
  const thought = THOUGHT_CATEGORIES.has(category);
  return (
    fitAnywhere(
      sentence,
      spanStart,
      spanEnd,
      ctx.focus,
      'mindfulness',
      undefined,
      ctx.variant,
      thought,
    ) ??
    widenedSpan(
      category,
      sentence,
      { start: spanStart, end: spanEnd },
      ctx.focus,
      'mindfulness',
      ctx.variant,
    )
  );
}
