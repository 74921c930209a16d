/** Catastrophizing ("my life will be over"): the likely outcome, and what I can do. */
import { focused, type Wording } from './wording';
import { thingOf } from './focus';
import { pick, sentence, span, type RephraseBuilder } from './context';
import { thingOr } from './facts';
import { capitalise } from './text';
import { stepFor } from './steps';

/** Catastrophizing wordings: what is actually ahead, in the writer's words, and one step toward it. */
export const CATASTROPHIZING_WORDINGS: readonly Wording[] = [
  {
    part: 'mindfulness',
    needs: 'about',
    text: (f) => `My mind is racing ahead about ${f.about}. I don't know yet how it will go.`,
  },
  {
    part: 'next_step',
    needs: 'about',
    text: (f) => `One thing I can do today toward ${f.about} is ${f.step}.`,
  },
  {
    part: 'common_humanity',
    needs: 'about',
    text: (f) =>
      `Like lots of people, I expect the worst about ${f.about}; the outcome isn't written yet.`,
  },
  {
    part: 'self_kindness',
    needs: 'noun',
    text: (f) => `${f.Noun} ${f.is} a real challenge, and I can take ${f.it} one step at a time.`,
  },
  {
    part: 'mindfulness',
    needs: 'fact',
    text: (f) => `${f.fact}. That part is real; the rest is a guess about the future.`,
  },
  {
    part: 'next_step',
    needs: 'about',
    chat: true,
    text: (f) => `Not sure yet how ${f.about} will go. One step at a time.`,
  },
  {
    part: 'mindfulness',
    needs: 'about',
    chat: true,
    text: (f) => `My worst case about ${f.about} is a guess, not a fact.`,
  },
  {
    part: 'mindfulness',
    needs: 'quantifier',
    text: (f) => `"${f.Quantifier}" is a big word for a future I can't see yet.`,
  },
  {
    part: 'self_kindness',
    needs: 'quantifier',
    text: (f) =>
      `"${f.Quantifier}" is how it feels today, and I can be gentle with myself while it feels this way.`,
  },
  {
    part: 'next_step',
    needs: 'quantifier',
    text: (f) =>
      `"${f.Quantifier}" is a big claim about the future. Today I can take one small step and see what changes.`,
  },
  {
    part: 'common_humanity',
    needs: 'domain',
    text: (f) =>
      `Lots of people fear the worst about ${f.domain} on a hard day; fears like this aren't forecasts.`,
  },
  {
    part: 'mindfulness',
    needs: 'quantifier',
    chat: true,
    text: (f) => `"${f.Quantifier}" is a guess, not a fact.`,
  },
  {
    part: 'mindfulness',
    needs: 'domain',
    text: (f) => `I'm predicting the worst about ${f.domain}, and I don't know yet how it will go.`,
  },
  {
    part: 'next_step',
    needs: 'domain',
    text: (f) =>
      `For ${f.domain}, I can look at what I can do this week rather than the worst case.`,
  },
];

export const catastrophizing: RephraseBuilder = (ctx) => {
  const { topic, variant } = ctx;
  const it = thingOr(topic, ctx.focus.doing ?? thingOf(ctx.focus) ?? 'this');
  const step =
    stepFor(topic.thing, topic.event, topic.activity) ??
    pick(['do one small thing that helps', 'write down what I can control'], variant);
  return [
    ...focused(ctx, CATASTROPHIZING_WORDINGS),
    span(ctx, 'mindfulness', {
      clause: pick(
        ["I don't know yet how this will go", "I can't know yet what comes next"],
        variant,
      ),
    }),
    sentence(
      'mindfulness',
      pick(
        [
          `My mind is racing ahead about ${it}. The most likely outcome is somewhere in the middle.`,
          `${capitalise(it)} feels huge right now. What's most likely is less extreme than what I fear.`,
        ],
        variant,
      ),
    ),
    sentence(
      'next_step',
      pick(
        [
          `Whatever happens with ${it}, I can handle the next step, and today I can ${step}.`,
          `I can focus on what I can control: today I can ${step}.`,
        ],
        variant,
        1,
      ),
    ),
    sentence(
      pick(['self_kindness', 'common_humanity'] as const, variant),
      variant % 2 === 0
        ? `${capitalise(it)} matters to me, so of course it's on my mind. I can be gentle with myself while I wait.`
        : `Lots of people feel dread about things like ${it}, me included, and it usually turns out more manageable than it feels.`,
    ),
  ];
};
