/** Self-blame ("it's all my fault"): my share of it, and the other things that played a part. */
import { focused, type Wording } from './wording';
import { thingOf } from './focus';
import { pick, sentence, span, type RephraseBuilder } from './context';
import { thingOr, whatHappened } from './facts';
import { capitalise } from './text';

/** Self-blame wordings: the writer's share of what happened, neither all of it nor anyone else's fault. */
export const SELF_BLAME_WORDINGS: readonly Wording[] = [
  {
    part: 'mindfulness',
    needs: 'fact',
    text: (f) => `${f.fact}. I can own my part without carrying all of it.`,
  },
  {
    part: 'next_step',
    needs: 'fact',
    text: (f) => `${f.fact}, and I wish it had gone differently. I can ${f.step}.`,
  },
  {
    part: 'common_humanity',
    needs: 'fact',
    text: (f) => `${f.fact}. Anyone can have a day when things go sideways, me included.`,
  },
  {
    part: 'mindfulness',
    needs: 'about',
    text: (f) =>
      `I'm holding myself responsible for ${f.about}. I can look at what was mine and what wasn't.`,
  },
  {
    part: 'self_kindness',
    needs: 'about',
    text: (f) => `I care about ${f.about}, and I can be kind to myself while I make it right.`,
  },
  {
    part: 'next_step',
    needs: 'about',
    text: (f) => `About ${f.about}, what I can do now is ${f.step}.`,
  },
  { part: 'next_step', needs: 'fact', chat: true, text: (f) => `${f.fact}. I can make it right.` },
  {
    part: 'common_humanity',
    needs: 'about',
    chat: true,
    text: (f) => `I care about ${f.about}; slips happen to everyone.`,
  },
  {
    part: 'mindfulness',
    needs: 'quantifier',
    text: (f) =>
      `"${f.Quantifier}" puts all of it on me. I can look at what my share actually was.`,
  },
  {
    part: 'self_kindness',
    needs: 'quantifier',
    text: (f) =>
      `Carrying "${f.quantifier}" is heavy; I can be kind to myself while I sort out my part.`,
  },
  {
    part: 'common_humanity',
    needs: 'about',
    text: (f) =>
      /^how /.test(f.about)
        ? `${capitalise(f.about)} rarely comes down to one person, and that includes me.`
        : `Things with ${f.about} rarely come down to one person, and that includes me.`,
  },
  {
    part: 'next_step',
    needs: 'quantifier',
    chat: true,
    text: (f) => `Not "${f.quantifier}". My part, and I can fix it.`,
  },
  {
    part: 'self_kindness',
    needs: 'person',
    text: (f) => `I care about ${f.person}, and I can be kind to myself while I make it right.`,
  },
  {
    part: 'next_step',
    needs: 'person',
    text: (f) => `I can talk with ${f.person} about my part and what I'd do differently.`,
  },
  {
    part: 'common_humanity',
    needs: 'person',
    chat: true,
    text: (f) => `I care about ${f.person}. Slips happen to everyone.`,
  },
];

export const self_blame: RephraseBuilder = (ctx) => {
  const { topic, variant } = ctx;
  const fact = whatHappened(topic);
  const it = thingOr(topic, thingOf(ctx.focus) ?? 'this');
  const step = pick(['make amends where it fits', 'let the rest of it be shared'], variant);
  return [
    ...focused(ctx, SELF_BLAME_WORDINGS),
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
