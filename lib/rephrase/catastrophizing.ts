/** Catastrophizing ("my life will be over"): the likely outcome, and what I can do. */
import { pick, sentence, span, type RephraseBuilder } from './context';
import { thingOr } from './facts';
import { capitalise } from './text';
import { stepFor } from './steps';

export const catastrophizing: RephraseBuilder = (ctx) => {
  const { topic, variant } = ctx;
  const it = thingOr(topic, 'this');
  const step =
    stepFor(topic.thing, topic.event, topic.activity) ??
    pick(['do one small thing that helps', 'write down what I can control'], variant);
  return [
    span(ctx, 'mindfulness', {
      clause: pick(
        ["I'm scared about how this will go", "I'm worried about what comes next"],
        variant,
      ),
      reasonClause: pick(["I'm scared", "I'm really worried"], variant),
      predicate: pick(['scared about how this will go', 'worried about what comes next'], variant),
      reasonPredicate: pick(['scared', 'really worried'], variant),
    }),
    sentence(
      'mindfulness',
      pick(
        [
          `I'm worried about ${it}, and my mind is racing ahead. The most likely outcome is somewhere in the middle.`,
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
        ? `${capitalise(it)} matters to me, so of course I'm anxious. I can be gentle with myself while I wait.`
        : `Lots of people feel dread about things like ${it}, me included, and it usually turns out more manageable than it feels.`,
    ),
  ];
};
