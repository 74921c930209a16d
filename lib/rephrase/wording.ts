/**
 * How a category's wordings are written and chosen. A wording names the part of self-compassion it practises and
 * what it needs from the writer's sentence (what happened, what it is about, the thing itself); the builder keeps
 * the ones the sentence can fill, rotates them by variant, and prefers short ones for a chat line.
 */
import type { CompassionPart, Suggestion } from '../engine/types';
import type { RephraseContext } from './context';
import type { Focus } from './focus';
import { capitalise, lowerFirst } from './text';

/** What a wording reads from the focus. Each one is non-null when the wording is used. */
export interface Filled {
  /** What happened, as a sentence without its full stop: "Nobody came to my party". */
  fact: string;
  /** The fact when it is something the writer did ("I sent the email..."), for wordings about a slip. */
  act: string;
  /** The same, starting lower-case, for the middle of a sentence. */
  factLower: string;
  about: string;
  noun: string;
  Noun: string;
  /** "is" or "are" for `noun`; "isn't" or "aren't"; "it" or "them". */
  is: string;
  isnt: string;
  it: string;
  /** A small next step, in the writer's topic when one fits. */
  step: string;
  /** Another person in the sentence, as a subject ("my boss"), or "people". */
  other: string;
  /** The same person as an object ("my boss", "them"). */
  otherObject: string;
  /** "thinks" or "think" for `other`. */
  thinks: string;
  /** Something that went well, which the writer explains away: "I passed the exam". */
  good: string;
  /** What the writer's verdict weighs, never the verdict: "my worth", "how I come across". */
  domain: string;
  /** The same said of other people: "their worth", "how they come across". */
  domainTheirs: string;
  /** The writer's all-or-nothing word, quoted: "always"; `Quantifier` starts a sentence. */
  quantifier: string;
  Quantifier: string;
  /** A person of the writer's the thought is about: "my team". */
  person: string;
}

export type Need = 'fact' | 'act' | 'about' | 'noun' | 'good' | 'domain' | 'quantifier' | 'person';

export interface Wording {
  part: CompassionPart;
  needs: Need;
  /** Short enough for a chat line. */
  chat?: boolean;
  /** Only where the flagged words look ahead ("I'm going to fail"). */
  tense?: 'future' | 'past' | 'present';
  text: (f: Filled) => string;
  /** When set, the wording is used only where this holds of what the sentence gave ("part of me" for a body, not a company). */
  fits?: (f: Filled) => boolean;
}

/**
 * A next step when no step of the writer's topic fits (steps.ts): by what the sentence holds, so "Nobody came to
 * my party" gets reaching out and "I'm hopeless at knitting" gets practice, never the same empty "one small step".
 * Each reads after "I can" and after "is".
 */
function genericStep(ctx: RephraseContext, focus: Focus): string {
  const { topic, variant } = ctx;
  const fact = focus.fact ?? '';
  const options = /^I\b/.test(fact)
    ? ['look at what I can still put right', 'see which part I can still fix']
    : /\b(?:nobody|no one|everyone|anyone|people|friends?)\b/i.test(fact) || focus.person
      ? ['reach out to one person I trust', "tell one person I trust how it's going"]
      : topic.skill || topic.activity
        ? ['practise one small part of it', 'give it one short, easy try']
        : fact
          ? [
              'handle what comes next, one piece at a time',
              'take the next part one piece at a time',
            ]
          : ['choose one small thing to do next', 'pick one thing I can do in the next hour'];
  return options[variant % options.length]!;
}

/** Readings of the sentence that would not read as a thing ("Why do I always screw this up" → "this up"). */
const NOT_A_NOUN = /^(?:this|that|it|these|those)\b/i;
/** A clause with its own subject ("we missed the flight") is no thing to be "about" ("About we missed..."). */
const A_CLAUSE = /^(?:we|I|they|he|she|it|you)\s/i;
/** A lone "-ing" word is half a phrase ("too much for anyone to handle" → "handling"): "about handling" reads wrong. */
const LONE_GERUND = /^[a-z]+ing$/i;

/** Needs that read the shape of the judgement (its verdict's domain, its all-or-nothing word), not its topic. */
const SHAPE_NEEDS: ReadonlySet<Need> = new Set<Need>(['domain', 'quantifier']);

/** "my worth" → "their worth", "whether I belong where I am" → "whether they belong where they are". */
function theirs(phrase: string): string {
  return phrase
    .replace(/\bI am\b/g, 'they are')
    .replace(/\bam\b/g, 'are')
    .replace(/\bmyself\b/g, 'themselves')
    .replace(/\bmy\b/g, 'their')
    .replace(/\bme\b/g, 'them')
    .replace(/\bI\b/g, 'they');
}

function fill(ctx: RephraseContext, read: Focus, step: string | undefined): Partial<Filled> {
  const focus = {
    ...read,
    noun: read.noun && !NOT_A_NOUN.test(read.noun) ? read.noun : null,
    about:
      read.about && !A_CLAUSE.test(read.about) && !LONE_GERUND.test(read.about)
        ? read.about.replace(/\s+down$/i, '') // "let my study group down" → "my study group"
        : null,
  };
  const noun = focus.noun ?? undefined;
  const other = ctx.topic.otherSubject ? lowerFirst(ctx.topic.otherSubject) : 'people';
  const plural =
    /^(?:they|we|people|other people)$/i.test(other) || /[^s]s$/.test(other.split(' ').at(-1)!);
  return {
    fact: focus.fact ?? undefined,
    act: focus.fact && /^I\b/.test(focus.fact) ? focus.fact : undefined,
    factLower: focus.fact ? lowerFirst(focus.fact) : undefined,
    about: focus.about ?? undefined,
    noun,
    Noun: noun ? capitalise(noun) : undefined,
    is: focus.plural ? 'are' : 'is',
    isnt: focus.plural ? "aren't" : "isn't",
    it: focus.plural ? 'them' : 'it',
    step: focus.step ?? step ?? genericStep(ctx, focus),
    other,
    thinks: plural ? 'think' : 'thinks',
    otherObject: ctx.topic.other ? lowerFirst(ctx.topic.other) : 'them',
    good: ctx.topic.good ? capitalise(ctx.topic.good) : undefined,
    domain: focus.domain ?? undefined,
    domainTheirs: focus.domain ? theirs(focus.domain) : undefined,
    quantifier: focus.quantifier ?? undefined,
    Quantifier: focus.quantifier ? capitalise(focus.quantifier) : undefined,
    person: focus.person ?? undefined,
  };
}

/** A fuller form for a long, journal-like sentence: the wording, then its step when it has none. */
function fuller(text: string, wording: Wording, f: Filled): string {
  if (wording.part === 'next_step' || /\bI can\b/.test(text)) return text;
  return `${text} I can ${f.step}.`;
}

/**
 * Up to `max` suggestions from a category's wordings that the sentence can fill, in different parts, rotated by
 * variant so that "Another" walks genuinely different ones.
 */
export function focused(
  ctx: RephraseContext,
  wordings: readonly Wording[],
  options: { step?: string; max?: number } = {},
): Suggestion[] {
  const focus = ctx.focus;
  const f = fill(ctx, focus, options.step);
  const chat = focus.register === 'chat';
  const usable = wordings.filter(
    (w) =>
      f[w.needs] !== undefined &&
      (!w.fits || w.fits(f as Filled)) &&
      (!w.tense || w.tense === focus.tense) &&
      (chat ? w.chat : !w.chat),
  );
  const pool =
    usable.length > 0
      ? usable
      : wordings.filter((w) => f[w.needs] !== undefined && (!w.fits || w.fits(f as Filled)));
  const out: Suggestion[] = [];
  const parts = new Set<CompassionPart>();
  // Leave one out of a small pool, so that each variant shows a different set, not the same set reordered.
  const max = Math.min(options.max ?? 3, Math.max(1, pool.length - 1));
  // The writer's own topic comes first; what the verdict weighs and the all-or-nothing word fill the rest.
  // With no more topic wordings than room, one of them steps aside in turn, so "Another" still shows a new set.
  const rotate = (ws: readonly Wording[]) => ws.map((_, i) => ws[(ctx.variant + i) % ws.length]!);
  const topical = rotate(pool.filter((w) => !SHAPE_NEEDS.has(w.needs)));
  const shape = rotate(pool.filter((w) => SHAPE_NEEDS.has(w.needs)));
  const ordered =
    shape.length > 0 && topical.length > 1 && topical.length <= max
      ? [...topical.slice(0, topical.length - 1), ...shape, topical.at(-1)!]
      : [...topical, ...shape];
  for (const wording of ordered) {
    if (out.length >= max) break;
    if (parts.has(wording.part) && ordered.some((w) => !parts.has(w.part))) continue;
    parts.add(wording.part);
    const filled = f as Filled;
    const text = wording.text(filled);
    out.push({
      text: focus.register === 'journal' ? fuller(text, wording, filled) : text,
      part: wording.part,
      replaces: 'sentence',
    });
  }
  return out;
}
