/** Labeling ("I'm such an idiot"): separate what I did from who I am. */
import { focused, type Wording } from './wording';
import {
  pick,
  sentence,
  span,
  spanAbout,
  type RephraseBuilder,
  type RephraseContext,
} from './context';
import type { Suggestion } from '../engine/types';
import { aboutPhrase, isAct, isPlural, whatHappened } from './facts';
import { lowerFirst, normalize } from './text';
import { stepFor } from './steps';

/** "My roommate probably thinks I'm a slob": the label is a guess about someone else's view. */
function labelFromOthers(ctx: RephraseContext): Suggestion | null {
  const { topic, input } = ctx;
  if (!topic.otherSubject) return null;
  const before = normalize(input.sentence.slice(0, input.spanStart));
  if (!/\b(?:think|thinks|thought|sees|see|knows|know|says|said)\s*(?:that\s*)?$/i.test(before))
    return null;
  const subject = lowerFirst(topic.otherSubject);
  const think = isPlural(subject) ? 'think' : 'thinks';
  return sentence(
    'mindfulness',
    `I don't actually know what ${subject} ${think}, and a harsh label isn't a fact about me.`,
  );
}

/** Labeling wordings in the writer's own words: what happened, kept apart from who they are. */
export const LABELING_WORDINGS: readonly Wording[] = [
  {
    part: 'self_kindness',
    needs: 'act',
    text: (f) => `${f.act}. That was one moment, and it doesn't sum me up.`,
  },
  {
    part: 'common_humanity',
    needs: 'act',
    text: (f) => `${f.act}. Slips like that happen to everyone now and then, me included.`,
  },
  { part: 'next_step', needs: 'fact', text: (f) => `${f.fact}. I can ${f.step}.` },
  {
    part: 'mindfulness',
    needs: 'fact',
    text: (f) =>
      `${f.fact}, and I'm being hard on myself about it. A label is a thought, not a fact.`,
  },
  {
    part: 'mindfulness',
    needs: 'about',
    text: (f) =>
      `I'm being hard on myself about ${f.about}. A harsh label is a thought, not a fact.`,
  },
  {
    part: 'self_kindness',
    needs: 'noun',
    text: (f) => `${f.Noun} ${f.isnt} where I want ${f.it} yet, and I'm still learning.`,
  },
  {
    part: 'common_humanity',
    needs: 'noun',
    text: (f) =>
      `Plenty of people stumble with ${f.noun}; it's part of learning, not a verdict on me.`,
  },
  {
    part: 'next_step',
    needs: 'noun',
    text: (f) => `${f.Noun} ${f.is} hard for me right now, and I can ${f.step}.`,
  },
  {
    part: 'common_humanity',
    needs: 'act',
    chat: true,
    text: (f) => `${f.act}. Happens to everyone, me included.`,
  },
  {
    part: 'next_step',
    needs: 'act',
    chat: true,
    text: (f) => `${f.act}. I can fix it, one step at a time.`,
  },
  {
    part: 'self_kindness',
    needs: 'fact',
    chat: true,
    text: (f) => `${f.fact}. That's hard, and it doesn't make me any less.`,
  },
  {
    part: 'self_kindness',
    needs: 'fact',
    text: (f) => `${f.fact}. That was hard, and it says nothing final about who I am.`,
  },
  {
    part: 'self_kindness',
    needs: 'about',
    chat: true,
    text: (f) => `Going easy on myself about ${f.about}.`,
  },
  {
    part: 'mindfulness',
    needs: 'about',
    chat: true,
    text: (f) => `I'm being hard on myself about ${f.about}.`,
  },
  {
    part: 'mindfulness',
    needs: 'domain',
    text: (f) => `I'm being harsh with myself about ${f.domain}. A label is a thought, not a fact.`,
  },
  {
    part: 'common_humanity',
    needs: 'domain',
    text: (f) => `Plenty of people question ${f.domainTheirs} on a hard day; I'm not the only one.`,
  },
  {
    part: 'self_kindness',
    needs: 'domain',
    text: (f) =>
      `I'd go easy on a friend who felt this way, and I can go easy on myself about ${f.domain}.`,
  },
  {
    part: 'mindfulness',
    needs: 'domain',
    chat: true,
    text: (f) => `Harsh thoughts about ${f.domain} today. Thoughts, not facts.`,
  },
  {
    part: 'next_step',
    needs: 'domain',
    text: (f) =>
      `When it comes to ${f.domain}, I can look at one real example instead of the harsh word.`,
  },
  {
    part: 'self_kindness',
    needs: 'quantifier',
    text: (f) =>
      `"${f.Quantifier}" is a heavy word to carry. I can set it down and look at today on its own.`,
  },
];

export const labeling: RephraseBuilder = (ctx) => {
  const { topic, variant } = ctx;
  const fact = whatHappened(topic);
  const about = aboutPhrase(topic);
  const step =
    stepFor(topic.event, topic.activity, topic.thing, topic.skill) ??
    (fact && !isAct(topic)
      ? pick(['practise one small part of it', 'pick one small piece to practise'], variant)
      : pick(['take one small step to make it right', 'pick one small thing to do next'], variant));
  const named = spanAbout(ctx);
  return [
    ...focused(ctx, LABELING_WORDINGS),
    span(ctx, 'mindfulness', {
      clause: pick(
        named
          ? [
              `I'm being really hard on myself about ${named}`,
              `I'm being tough on myself about ${named}`,
            ]
          : [
              "I'm being really hard on myself",
              "I'm calling myself names right now",
              "I'm being tough on myself right now",
            ],
        variant,
      ),
      reasonClause: pick(
        ["I'm being hard on myself", "I'm giving myself a hard time", "I'm kicking myself"],
        variant,
      ),
      predicate: pick(
        named
          ? [`being really hard on myself about ${named}`, `being tough on myself about ${named}`]
          : [
              'being really hard on myself',
              'being tough on myself right now',
              'having a hard moment',
            ],
        variant,
      ),
      reasonPredicate: pick(
        ['being hard on myself', 'giving myself a hard time', 'kicking myself'],
        variant,
      ),
    }),
    fact
      ? sentence(
          'next_step',
          pick(
            [`${fact} That happened, and I can ${step}.`, `${fact} It stings, and I can ${step}.`],
            variant,
          ),
        )
      : sentence(
          'next_step',
          ctx.focus.about
            ? pick(
                [
                  `I'm being hard on myself about ${ctx.focus.about}, and I can ${step}.`,
                  `When it comes to ${ctx.focus.about}, I can ${step}.`,
                ],
                variant,
              )
            : pick(
                [
                  `I'm being hard on myself right now, and I can ${step}.`,
                  `This is a hard moment, and I can ${step}.`,
                ],
                variant,
              ),
        ),
    sentence(
      'self_kindness',
      fact && !isAct(topic)
        ? pick(
            [
              `${fact} It's something I'm still learning, not who I am.`,
              `${fact} I can be patient with myself while I learn.`,
            ],
            variant,
            1,
          )
        : fact
          ? pick(
              [
                `${fact} That's something I did, not who I am.`,
                `${fact} It was one thing I did, and it doesn't sum me up.`,
                `${fact} I can be patient with myself while I sort it out.`,
              ],
              variant,
              1,
            )
          : ctx.focus.about
            ? pick(
                [
                  `I'm still learning when it comes to ${ctx.focus.about}, and that isn't all of who I am.`,
                  `I can be patient with myself about ${ctx.focus.about} while I learn.`,
                ],
                variant,
                1,
              )
            : pick(
                [
                  'What happened was something I did, not who I am.',
                  "I'm more than one moment, and I can be patient with myself while I learn.",
                  "I can talk to myself the way I'd talk to a friend who had a rough moment.",
                ],
                variant,
                1,
              ),
    ),
    labelFromOthers(ctx) ??
      sentence(
        pick(['mindfulness', 'common_humanity'] as const, variant),
        variant % 2 === 0
          ? about
            ? `I'm noticing a harsh label in my head about ${about}. It's a thought, not a fact.`
            : "I'm noticing a harsh label in my head. It's a thought, not a fact."
          : 'Plenty of people have moments like this one; it makes me human, like them.',
      ),
  ];
};
