/** Self-blame ("it's all my fault"): my share of it, and the other things that played a part. */
import { pick, sentence, span, type RephraseBuilder } from './context';
import { thingOr, whatHappened } from './facts';

export const self_blame: RephraseBuilder = (ctx) => {
  const { topic, variant } = ctx;
  const fact = whatHappened(topic);
  const it = thingOr(topic, 'this');
  const step = pick(['make amends where it fits', 'let the rest of it be shared'], variant);
  return [
    span(ctx, 'mindfulness', {
      clause: pick(['I had a part in this', 'I played a part in how it went'], variant),
    }),
    sentence(
      'mindfulness',
      fact
        ? pick(
            [
              `${fact} I had a part in it, and so did other things outside my control.`,
              `${fact} My part in it is real, and it isn't the whole picture.`,
            ],
            variant,
          )
        : pick(
            [
              `I had a part in ${it}, and other things played a part too.`,
              `My share of ${it} is real, and it isn't the whole picture.`,
            ],
            variant,
          ),
    ),
    sentence(
      'next_step',
      pick(
        [`I can own my share, and ${step}.`, `I can look at what was mine to do and ${step}.`],
        variant,
        1,
      ),
    ),
    sentence(
      pick(['common_humanity', 'self_kindness'] as const, variant),
      variant % 2 === 0
        ? "When things go wrong, it's rarely down to one person, and that includes me."
        : 'I can hold myself accountable and still treat myself with kindness.',
    ),
  ];
};
