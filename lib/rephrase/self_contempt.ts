/** Self-contempt ("I hate myself"): the feeling is real and heavy; treat myself as I would a friend. */
import { pick, sentence, span, type RephraseBuilder } from './context';
import { whatHappened } from './facts';

export const self_contempt: RephraseBuilder = (ctx) => {
  const { topic, variant } = ctx;
  const fact = whatHappened(topic);
  return [
    span(ctx, 'mindfulness', {
      clause: pick(
        ["I'm feeling a lot of anger at myself", "I'm feeling really low about myself"],
        variant,
      ),
      reasonClause: pick(
        ["I'm really upset with myself", "I'm feeling a lot of anger at myself"],
        variant,
      ),
      predicate: pick(['feeling really low about myself', 'hurting right now'], variant),
      reasonPredicate: pick(['really upset with myself', 'hurting'], variant),
    }),
    sentence(
      'self_kindness',
      fact
        ? pick(
            [
              `${fact} I'm hurting about it, and I can speak to myself the way I'd speak to a friend.`,
              `${fact} If a friend were in my place, I'd be gentle with them, and I can be gentle with me.`,
            ],
            variant,
          )
        : pick(
            [
              "I'm feeling a lot of anger at myself right now, and I can speak to myself the way I'd speak to a friend.",
              "This is a heavy moment. If a friend felt this way, I'd be gentle with them, and I can be gentle with me.",
            ],
            variant,
          ),
    ),
    sentence(
      'mindfulness',
      pick(
        [
          'This feeling is real and heavy for me right now. It is a feeling, and feelings this strong do ease with time.',
          "I'm noticing how heavy this feels. I can breathe and let it be here without believing every word of it.",
        ],
        variant,
        1,
      ),
    ),
    sentence(
      pick(['common_humanity', 'next_step'] as const, variant),
      variant % 2 === 0
        ? "Lots of people feel this way about themselves in hard moments; I'm not alone in it."
        : 'I can do one kind thing for myself right now, like a glass of water, a short walk, or texting someone I trust.',
    ),
  ];
};
