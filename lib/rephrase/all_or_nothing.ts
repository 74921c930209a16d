/** All-or-nothing ("if it's not perfect it's worthless"): partial progress counts. */
import { focused, type Wording } from './wording';
import { thingOf } from './focus';
import { pick, sentence, span, type RephraseBuilder } from './context';
import { thingOr } from './facts';
import { capitalise } from './text';

/** All-or-nothing wordings: one part went wrong, the rest still counts. */
export const ALL_OR_NOTHING_WORDINGS: readonly Wording[] = [
  {
    part: 'mindfulness',
    needs: 'fact',
    text: (f) => `${f.fact}. That's one part of it, not the whole thing.`,
  },
  {
    part: 'self_kindness',
    needs: 'noun',
    text: (f) => `${f.Noun} can be less than perfect and still be worth my effort.`,
  },
  {
    part: 'next_step',
    needs: 'about',
    text: (f) => `With ${f.about}, I can pick up from here instead of starting over.`,
  },
  {
    part: 'common_humanity',
    needs: 'about',
    text: (f) =>
      `Like nearly everyone, I have parts of ${f.about} go sideways; the rest still counts.`,
  },
  {
    part: 'next_step',
    needs: 'fact',
    text: (f) => `${f.fact}, and I can carry on with the rest of it.`,
  },
  {
    part: 'mindfulness',
    needs: 'about',
    chat: true,
    text: (f) => `One wobble for me with ${f.about}, not the whole thing.`,
  },
  {
    part: 'mindfulness',
    needs: 'quantifier',
    text: (f) =>
      `I notice "${f.quantifier}" in my thinking; most things land somewhere in between.`,
  },
  {
    part: 'self_kindness',
    needs: 'domain',
    text: (f) => `I'm judging ${f.domain} as all or nothing, and I can allow something in between.`,
  },
  {
    part: 'next_step',
    needs: 'quantifier',
    text: (f) => `Instead of "${f.quantifier}", I can count the part that did get done.`,
  },
];

export const all_or_nothing: RephraseBuilder = (ctx) => {
  const { topic, variant } = ctx;
  const it = thingOr(topic, thingOf(ctx.focus) ?? 'this');
  return [
    ...focused(ctx, ALL_OR_NOTHING_WORDINGS),
    span(ctx, 'mindfulness', {
      clause: pick(
        [
          "I'm seeing this in black and white",
          'some of it worked and some of it didn’t'.replace('’', "'"),
        ],
        variant,
      ),
    }),
    sentence(
      'self_kindness',
      topic.event
        ? `${capitalise(topic.event)}. That's one part of the picture, and the rest can still count.`
        : pick(
            [
              `If I get part of ${it} done, that's still progress, and it counts.`,
              `${capitalise(it)} can come together in pieces, and each piece I finish counts.`,
            ],
            variant,
          ),
    ),
    sentence(
      'mindfulness',
      pick(
        [
          "I'm noticing I'm seeing this in black and white. There's a lot of ground in between.",
          'I notice a pass-or-nothing rule in my head; real progress usually comes in pieces.',
        ],
        variant,
        1,
      ),
    ),
    sentence(
      pick(['next_step', 'common_humanity'] as const, variant),
      variant % 2 === 0
        ? `I can do the next small piece of ${it} and count it when it's done.`
        : 'Most progress comes in pieces, for other people and for me too.',
    ),
  ];
};
