/** Overgeneralizing ("I always mess everything up"): this time is not every time. */
import { pick, sentence, span, type RephraseBuilder } from './context';
import { thingOr, whatHappened } from './facts';
import { stepFor } from './steps';
import { capitalise } from './text';

export const overgeneralizing: RephraseBuilder = (ctx) => {
  const { topic, variant } = ctx;
  const fact = topic.habit ? `${capitalise(topic.habit)}.` : whatHappened(topic);
  const it = thingOr(topic, 'it');
  const step =
    stepFor(topic.event, topic.activity, topic.thing, topic.skill) ??
    'try one small change next time';
  return [
    span(ctx, 'mindfulness', {
      clause: pick(
        ["this time it didn't go the way I wanted", "this time I didn't get the result I wanted"],
        variant,
      ),
      reasonClause: pick(['this time it was hard for me', "I'm discouraged this time"], variant),
    }),
    sentence(
      'mindfulness',
      fact
        ? pick(
            [
              `${fact} That was this time, and other times have gone differently.`,
              `${fact} It's one moment, not the whole story of me.`,
            ],
            variant,
          )
        : pick(
            [
              `This time ${it} didn't go the way I wanted. That's this one time, and other times have gone differently.`,
              'It feels like a pattern right now, and I can remember times that went differently too.',
            ],
            variant,
          ),
    ),
    sentence(
      'self_kindness',
      pick(
        [
          "It's discouraging when something goes wrong, and I can be kind to myself about it.",
          "I'm feeling discouraged, and that makes sense. I can go easy on myself today.",
        ],
        variant,
        1,
      ),
    ),
    sentence(
      pick(['next_step', 'common_humanity'] as const, variant),
      variant % 2 === 0
        ? `I can look at what was different this time and ${step}.`
        : 'Most people have runs of good and bad days; mine are part of being human.',
    ),
  ];
};
