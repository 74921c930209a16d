/** Overgeneralizing ("I always mess everything up"): this time is not every time. */
import { focused, type Wording } from './wording';
import { thingOf } from './focus';
import { pick, sentence, span, type RephraseBuilder } from './context';
import { thingOr, whatHappened } from './facts';
import { stepFor } from './steps';
import { capitalise } from './text';

/** Overgeneralizing wordings: this time, in the writer's own words, is not every time. */
export const OVERGENERALIZING_WORDINGS: readonly Wording[] = [
  {
    part: 'next_step',
    needs: 'noun',
    text: (f) => `${f.Noun} ${f.is} hard for me, and next time I can ${f.step}.`,
  },
  {
    part: 'mindfulness',
    needs: 'about',
    text: (f) =>
      `I'm noticing an all-or-nothing thought about ${f.about}. Not every time goes the same way.`,
  },
  {
    part: 'self_kindness',
    needs: 'noun',
    text: (f) =>
      `I'm still getting the hang of ${f.noun}, and I can be patient with myself about it.`,
  },
  {
    part: 'common_humanity',
    needs: 'noun',
    text: (f) =>
      `Plenty of people find ${f.noun} hard, me included; it's a skill, and skills grow with practice.`,
  },
  {
    part: 'mindfulness',
    needs: 'fact',
    text: (f) => `${f.fact}. That happened this time, and it doesn't have to mean every time.`,
  },
  {
    part: 'next_step',
    needs: 'fact',
    text: (f) => `${f.fact}. I can look at what was different this time and ${f.step}.`,
  },
  {
    part: 'common_humanity',
    needs: 'noun',
    chat: true,
    text: (f) => `${f.Noun} trip lots of people up, me too. Not every time.`,
  },
  {
    part: 'next_step',
    needs: 'noun',
    chat: true,
    text: (f) => `${f.Noun}: still practising, one go at a time.`,
  },
  {
    part: 'mindfulness',
    needs: 'fact',
    chat: true,
    text: (f) => `${f.fact}. This time, not every time.`,
  },
  {
    part: 'mindfulness',
    needs: 'quantifier',
    text: (f) =>
      `I notice the word "${f.quantifier}" in my head. It's how this feels right now, not a count of every time.`,
  },
  {
    part: 'next_step',
    needs: 'quantifier',
    text: (f) =>
      `Instead of "${f.quantifier}", I can look for one time that went differently, however small.`,
  },
  {
    part: 'self_kindness',
    needs: 'about',
    text: (f) =>
      `I can go easy on myself about ${f.about}; one rough time doesn't set the pattern.`,
  },
  {
    part: 'common_humanity',
    needs: 'about',
    text: (f) =>
      `Plenty of people have ups and downs with ${f.about}, and mine don't all go one way.`,
  },
  {
    part: 'next_step',
    needs: 'about',
    text: (f) => `Next time with ${f.about}, I can try one small change and see how it goes.`,
  },
  {
    part: 'mindfulness',
    needs: 'quantifier',
    chat: true,
    text: (f) => `"${f.Quantifier}" is a big word for a rough patch.`,
  },
  {
    part: 'self_kindness',
    needs: 'about',
    chat: true,
    text: (f) => `Easy on myself about ${f.about}. Not every time.`,
  },
  {
    part: 'mindfulness',
    needs: 'domain',
    text: (f) =>
      `I'm judging ${f.domain} by my hardest moments, and not every time goes the same way.`,
  },
  {
    part: 'self_kindness',
    needs: 'domain',
    text: (f) =>
      `I can go easy on myself about ${f.domain}; one rough stretch doesn't set the pattern.`,
  },
  {
    part: 'common_humanity',
    needs: 'quantifier',
    text: (f) =>
      `On a bad day, most people's minds say "${f.quantifier}"; a bad day isn't a pattern.`,
  },
  {
    part: 'next_step',
    needs: 'domain',
    text: (f) => `When it comes to ${f.domain}, I can name one time this went differently.`,
  },
];

export const overgeneralizing: RephraseBuilder = (ctx) => {
  const { topic, variant } = ctx;
  const fact = topic.habit ? `${capitalise(topic.habit)}.` : whatHappened(topic);
  const it = thingOr(topic, thingOf(ctx.focus) ?? 'it');
  const step =
    stepFor(topic.event, topic.activity, topic.thing, topic.skill) ??
    'try one small change next time';
  return [
    ...focused(ctx, OVERGENERALIZING_WORDINGS),
    span(ctx, 'mindfulness', {
      clause: pick(
        ["this time it didn't go the way I wanted", "this time I didn't get the result I wanted"],
        variant,
      ),
      reasonClause: pick(['this time it was hard for me', 'this time was hard for me'], variant),
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
          'This is a hard stretch, and I can go easy on myself today.',
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
