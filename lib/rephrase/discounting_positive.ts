/** Discounting the positive ("I only passed because it was easy"): let the good count. */
import { focused, type Wording } from './wording';
import { pick, sentence, span, type RephraseBuilder } from './context';
import { capitalise } from './text';

/** Discounting-the-positive wordings: the good thing the writer did, let in. */
export const DISCOUNTING_POSITIVE_WORDINGS: readonly Wording[] = [
  {
    part: 'self_kindness',
    needs: 'good',
    text: (f) => `${f.good}, and I can let myself take that in.`,
  },
  {
    part: 'mindfulness',
    needs: 'good',
    text: (f) => `${f.good}. Luck may have played a part, and so did my own effort.`,
  },
  {
    part: 'common_humanity',
    needs: 'good',
    text: (f) => `${f.good}. Most people would count that, and I can too.`,
  },
  {
    part: 'next_step',
    needs: 'good',
    text: (f) => `${f.good}. I can write down one thing I did that helped.`,
  },
  {
    part: 'mindfulness',
    needs: 'about',
    text: (f) => `I'm explaining away ${f.about}. I can let it count.`,
  },
  { part: 'self_kindness', needs: 'good', chat: true, text: (f) => `${f.good}. Taking that one.` },
];

export const discounting_positive: RephraseBuilder = (ctx) => {
  const { topic, variant } = ctx;
  const good = topic.good;
  return [
    ...focused(ctx, DISCOUNTING_POSITIVE_WORDINGS),
    span(ctx, 'self_kindness', {
      clause: good
        ? `${good}, and that counts`
        : pick(['I did something that went well', 'something went well for me'], variant),
    }),
    sentence(
      'self_kindness',
      good
        ? pick(
            [
              `${capitalise(good)}, and I can let that count.`,
              `${capitalise(good)}. My effort was part of that, and I can let it count.`,
            ],
            variant,
          )
        : pick(
            [
              'Something went well, and I can let it count.',
              'I did something that went well, and I can let that count.',
            ],
            variant,
          ),
    ),
    sentence(
      'mindfulness',
      pick(
        [
          "I notice I'm brushing off something good. I can let it land for a moment.",
          "I'm noticing an urge to explain away what went well. I can pause and let it count.",
        ],
        variant,
        1,
      ),
    ),
    sentence(
      pick(['next_step', 'common_humanity'] as const, variant),
      variant % 2 === 0
        ? pick(
            [
              'I can write down one thing I did that helped it go well.',
              'Next time I get a compliment, I can say thanks and let it land.',
            ],
            variant >> 1,
          )
        : 'Luck and help are part of most people’s wins, and my effort was part of mine.'.replace(
            '’',
            "'",
          ),
    ),
  ];
};
