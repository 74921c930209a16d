/** Mind reading ("they must think I'm weird"): I don't actually know what they think; I could ask. */
import { pick, sentence, span, type RephraseBuilder } from './context';
import { isPlural } from './facts';
import { lowerFirst } from './text';

export const mind_reading: RephraseBuilder = (ctx) => {
  const { topic, variant } = ctx;
  const subject = topic.otherSubject ? lowerFirst(topic.otherSubject) : 'they';
  const object = topic.other ? lowerFirst(topic.other) : 'them';
  const think = isPlural(subject) ? 'think' : 'thinks';
  const see = isPlural(subject) ? 'see' : 'sees';
  return [
    span(ctx, 'mindfulness', {
      clause: pick(
        ["I'm guessing, and I don't actually know", "I'm worried about how I come across"],
        variant,
      ),
    }),
    sentence(
      'mindfulness',
      pick(
        [
          `I don't actually know what ${subject} ${think}; I'm guessing.`,
          `I'm guessing at what ${subject} ${think}, and a guess isn't the same as knowing.`,
        ],
        variant,
      ),
    ),
    sentence(
      'next_step',
      pick(
        [
          `If it matters to me, I could ask ${object} directly instead of guessing.`,
          `I could check in with ${object} instead of filling in the blanks myself.`,
        ],
        variant,
        1,
      ),
    ),
    sentence(
      pick(['self_kindness', 'common_humanity'] as const, variant),
      variant % 2 === 0
        ? `It makes sense that I care how ${subject} ${see} me, and that worry isn't proof of anything.`
        : 'Most people are busy with their own worries and think about me less than I fear.',
    ),
  ];
};
