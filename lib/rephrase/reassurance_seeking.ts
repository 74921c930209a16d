/**
 * Reassurance seeking ("sorry, I know I'm annoying"): soothe myself first, needing reassurance is
 * human, and ask plainly without casting myself as a burden.
 */
import { focused, type Wording } from './wording';
import type { Suggestion } from '../engine/types';
import { pick, sentence, span, type RephraseBuilder, type RephraseContext } from './context';
import { FITTED } from './span-fit';
import { capitalise, lowerFirst, normalize } from './text';

const MESSAGE_NOUN =
  /\b(?:message|messages|rant|text|texts|email|emails|vent|essay|post|questions?|wall of text|novel|ramble)\b/i;

/** Reassurance-seeking wordings: asking plainly for what the writer needs, about the thing at hand. */
export const REASSURANCE_SEEKING_WORDINGS: readonly Wording[] = [
  {
    part: 'next_step',
    needs: 'about',
    text: (f) => `I'd like to check in about ${f.about}, and it's okay to ask plainly.`,
  },
  {
    part: 'self_kindness',
    needs: 'about',
    text: (f) => `Thanks for bearing with me about ${f.about}.`,
  },
  {
    part: 'mindfulness',
    needs: 'about',
    text: (f) => `I'm unsure where I stand about ${f.about}. I can ask instead of guessing.`,
  },
  {
    part: 'common_humanity',
    needs: 'about',
    text: (f) => `Asking for help with ${f.about} is something everyone does, me included.`,
  },
  {
    part: 'self_kindness',
    needs: 'about',
    chat: true,
    text: (f) => `Thanks for the patience with ${f.about}!`,
  },
  {
    part: 'mindfulness',
    needs: 'domain',
    text: (f) => `I'm unsure about ${f.domain} right now, and I can notice that before I ask.`,
  },
  {
    part: 'self_kindness',
    needs: 'domain',
    text: (f) => `Wondering about ${f.domain} is human, and I can be kind to myself about it.`,
  },
  {
    part: 'next_step',
    needs: 'person',
    text: (f) => `I can tell ${f.person} plainly what I need, without apologising for it.`,
  },
  {
    part: 'common_humanity',
    needs: 'person',
    text: (f) => `Leaning on ${f.person} sometimes is part of being close, for anyone.`,
  },
];

/**
 * A question asked for reassurance, asked plainly in its place: "Do you hate me| now?" → "Are we okay| now?",
 * "Am I being too needy| about the weekend plans?" → "Is it okay that I'm asking| about the weekend plans?".
 */
function plainQuestion(ctx: RephraseContext): Suggestion | null {
  const flagged = ctx.input.sentence.slice(ctx.input.spanStart, ctx.input.spanEnd);
  const words = normalize(flagged).toLowerCase();
  const text =
    /^(?:do you hate me|are you (?:sick|tired) of me|are you (?:sure you're not |still )?(?:mad|angry|annoyed|upset) (?:at|with) me)$/.test(
      words,
    )
      ? 'are we okay'
      : /^am i (?:being )?too (?:needy|much|clingy|annoying)$/.test(words)
        ? "is it okay that I'm asking"
        : null;
  if (!text) return null;
  const suggestion: Suggestion = {
    text: /^[A-Z]/.test(flagged) ? capitalise(text) : text,
    part: 'next_step',
    replaces: 'span',
  };
  FITTED.add(suggestion);
  return suggestion;
}

export const reassurance_seeking: RephraseBuilder = (ctx) => {
  const { topic, variant } = ctx;
  const thanks =
    topic.thing && MESSAGE_NOUN.test(topic.thing)
      ? `Thanks for reading ${lowerFirst(topic.thing).replace(/^(?:the|this|that|all the|all this|all that)\b/i, 'my')}.`
      : pick(['Thanks for the patience with me.', 'Thanks for making time for me.'], variant);
  // Speak to the reader only when the writer already does.
  const addressed = /\b(?:you|your|u|ur)\b/i.test(ctx.input.sentence);
  return [
    ...focused(ctx, REASSURANCE_SEEKING_WORDINGS),
    plainQuestion(ctx) ??
      span(ctx, 'next_step', {
        clause: addressed
          ? pick(['I appreciate your patience', "I'd love to hear what you think"], variant)
          : pick(['I appreciate the patience', "I'd like to check how things stand"], variant),
      }),
    sentence(
      'next_step',
      pick(
        [
          addressed
            ? `${thanks} I'd love to hear from you when you have a moment.`
            : `${thanks} I'd love to hear back when there's a moment.`,
          addressed
            ? `${thanks} Could you let me know where things stand when you can?`
            : `${thanks} I'd like to know where things stand, whenever there's time.`,
        ],
        variant,
      ),
    ),
    sentence(
      'self_kindness',
      pick(
        [
          "I'm feeling unsure right now, and I can offer myself some reassurance first.",
          "I notice I'm guessing how I'm coming across. I can steady myself before I ask.",
        ],
        variant,
        1,
      ),
    ),
    sentence(
      'common_humanity',
      pick(
        [
          'Wanting reassurance is a human need, and it makes sense that I feel it.',
          'Lots of people want to know they are welcome; I can ask plainly for what I need.',
        ],
        variant,
      ),
    ),
  ];
};
