/** Comparison ("she's so much better than me"): their path and mine. */
import { focused, type Wording } from './wording';
import { pick, sentence, span, type RephraseBuilder } from './context';
import { isPlural, possessive, theirFor } from './facts';
import { capitalise, lowerFirst } from './text';

/** Comparison wordings: the writer's own path, without ranking themselves against others. */
export const COMPARISON_WORDINGS: readonly Wording[] = [
  {
    part: 'mindfulness',
    needs: 'about',
    text: (f) => `I'm comparing myself with others about ${f.about}. We're on different paths.`,
  },
  {
    part: 'self_kindness',
    needs: 'noun',
    text: (f) => `With ${f.noun}, I can grow at my own pace.`,
  },
  {
    part: 'common_humanity',
    needs: 'about',
    text: (f) =>
      `Everyone is ahead in some things and behind in others, me included, and that goes for ${f.about} too.`,
  },
  {
    part: 'next_step',
    needs: 'about',
    text: (f) =>
      `I can look at where I was with ${f.about} a year ago and notice how far I've come.`,
  },
  {
    part: 'mindfulness',
    needs: 'about',
    chat: true,
    text: (f) => `Comparing again about ${f.about}. Different paths.`,
  },
  {
    part: 'common_humanity',
    needs: 'person',
    text: (f) =>
      `I only see part of the story for ${f.person}; everyone's path has parts I don't see.`,
  },
];

export const comparison: RephraseBuilder = (ctx) => {
  const { topic, variant } = ctx;
  const subject = topic.otherSubject ? lowerFirst(topic.otherSubject) : 'other people';
  const object = topic.other ? lowerFirst(topic.other) : 'other people';
  const be = isPlural(subject) ? 'are' : 'is';
  const their = theirFor(subject);
  return [
    ...focused(ctx, COMPARISON_WORDINGS),
    span(ctx, 'mindfulness', {
      clause: pick(
        ["I'm comparing myself right now", "I'm measuring myself against someone else"],
        variant,
      ),
    }),
    sentence(
      'mindfulness',
      pick(
        [
          `${capitalise(subject)} ${be} on ${their} own path, and I'm on mine.`,
          `I'm comparing my insides to ${possessive(object)} outsides, and I only see part of ${their} story.`,
        ],
        variant,
      ),
    ),
    sentence(
      'self_kindness',
      pick(
        [
          `I can be glad for ${object} and still value where I am.`,
          `I can admire ${object} and still be kind about my own pace.`,
        ],
        variant,
        1,
      ),
    ),
    sentence(
      pick(['next_step', 'common_humanity'] as const, variant),
      variant % 2 === 0
        ? 'I can look at how far I have come since last year and choose my own next step.'
        : 'Most people compare themselves sometimes; it is a very human habit, and I can notice it in me.',
    ),
  ];
};
