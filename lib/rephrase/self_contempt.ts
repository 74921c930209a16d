/** Self-contempt ("I hate myself"): the feeling is real and heavy; treat myself as I would a friend. */
import { focused, type Wording } from './wording';
import { pick, sentence, span, spanAbout, type RephraseBuilder } from './context';
import { whatHappened } from './facts';

/** Self-contempt wordings: a hard moment about something specific, met with care instead of scorn. */
/** What is part of the writer (a body, a voice, a mind), not a thing they have ("this company is part of me"). */
const PART_OF_ME =
  /^my (?:body|face|voice|laugh|smile|skin|hair|weight|shape|nose|teeth|eyes|legs|arms|thighs|stomach|belly|brain|mind|head|heart|feelings|emotions|anxiety|moods?|temper|past|personality|shyness|sensitivity|accent|handwriting|scars?|height)$/i;

export const SELF_CONTEMPT_WORDINGS: readonly Wording[] = [
  {
    part: 'self_kindness',
    needs: 'fact',
    text: (f) => `${f.fact}. I can treat myself the way I'd treat a friend who did the same.`,
  },
  {
    part: 'mindfulness',
    needs: 'about',
    text: (f) =>
      `I'm being very hard on myself about ${f.about}. I can take a breath before I judge.`,
  },
  {
    part: 'common_humanity',
    needs: 'about',
    text: (f) => `Lots of people struggle with ${f.about}; I'm not alone in it.`,
  },
  {
    part: 'next_step',
    needs: 'about',
    text: (f) =>
      `I'd like to feel better about ${f.about}, and I can start with one kind thing today.`,
  },
  {
    part: 'self_kindness',
    needs: 'noun',
    text: (f) => `${f.Noun} ${f.is} part of me, and I can meet ${f.it} with a little more care.`,
    fits: (f) => PART_OF_ME.test(f.noun),
  },
  {
    part: 'self_kindness',
    needs: 'about',
    chat: true,
    text: (f) => `I'm being rough on myself about ${f.about}. Gentler.`,
  },
  {
    part: 'common_humanity',
    needs: 'fact',
    chat: true,
    text: (f) => `${f.fact}. I'm human, it happens.`,
  },
  {
    part: 'mindfulness',
    needs: 'domain',
    text: (f) =>
      `I'm being very hard on myself about ${f.domain}. That's a harsh thought, not a fact about me.`,
  },
  {
    part: 'self_kindness',
    needs: 'domain',
    text: (f) =>
      `If a friend doubted ${f.domainTheirs} like this, I'd be gentle with them, and I can be gentle with me.`,
  },
  {
    part: 'common_humanity',
    needs: 'domain',
    text: (f) => `Lots of people doubt ${f.domainTheirs} on hard days; I'm not alone in it.`,
  },
  {
    part: 'mindfulness',
    needs: 'domain',
    chat: true,
    text: (f) => `Rough on myself about ${f.domain} today. Gentler.`,
  },
  {
    part: 'next_step',
    needs: 'domain',
    text: (f) =>
      `When ${f.domain} weighs on me like this, I can do one small, kind thing for myself.`,
  },
  {
    part: 'mindfulness',
    needs: 'quantifier',
    text: (f) =>
      `"${f.Quantifier}" is a sweeping word for a heavy moment. I can notice it without believing it.`,
  },
];

export const self_contempt: RephraseBuilder = (ctx) => {
  const { topic, variant } = ctx;
  const about = spanAbout(ctx);
  const fact = whatHappened(topic);
  return [
    ...focused(ctx, SELF_CONTEMPT_WORDINGS),
    span(ctx, 'mindfulness', {
      clause: about
        ? pick(
            [
              `I'm being very hard on myself about ${about}`,
              `I'm judging myself harshly about ${about}`,
            ],
            variant,
          )
        : pick(["I'm being very hard on myself", "I'm judging myself harshly"], variant),
      reasonClause: pick(["I'm being very hard on myself", "I'm judging myself harshly"], variant),
      predicate: about
        ? `being very hard on myself about ${about}`
        : pick(['feeling really low about myself', 'hurting right now'], variant),
      reasonPredicate: pick(['being very hard on myself', 'judging myself harshly'], variant),
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
              "I'm being very hard on myself right now, and I can speak to myself the way I'd speak to a friend.",
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
