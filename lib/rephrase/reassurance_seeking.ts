/**
 * Reassurance seeking ("sorry, I know I'm annoying"): soothe myself first, needing reassurance is
 * human, and ask plainly without casting myself as a burden.
 */
import { pick, sentence, span, type RephraseBuilder } from './context';
import { lowerFirst } from './text';

const MESSAGE_NOUN =
  /\b(?:message|messages|rant|text|texts|email|emails|vent|essay|post|questions?|wall of text|novel|ramble)\b/i;

export const reassurance_seeking: RephraseBuilder = (ctx) => {
  const { topic, variant } = ctx;
  const thanks =
    topic.thing && MESSAGE_NOUN.test(topic.thing)
      ? `Thanks for reading ${lowerFirst(topic.thing).replace(/^(?:the|this|that|all the|all this|all that)\b/i, 'my')}.`
      : pick(['Thanks for your patience with me.', 'Thank you for making time for me.'], variant);
  return [
    span(ctx, 'next_step', {
      clause: pick(['I appreciate your patience', "I'd love to hear what you think"], variant),
    }),
    sentence(
      'next_step',
      pick(
        [
          `${thanks} I'd love to hear from you when you have a moment.`,
          `${thanks} Could you let me know where things stand when you can?`,
        ],
        variant,
      ),
    ),
    sentence(
      'self_kindness',
      pick(
        [
          "I'm feeling unsure right now, and I can offer myself some reassurance first.",
          "I notice I'm anxious about how I'm coming across. I can steady myself before I ask.",
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
