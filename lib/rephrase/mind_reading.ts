/** Mind reading ("they must think I'm weird"): I don't actually know what they think; I could ask. */
import { focused, type Wording } from './wording';
import { pick, sentence, span, type RephraseBuilder } from './context';
import { isPlural } from './facts';
import { lowerFirst } from './text';

/** Mind-reading wordings: what the writer knows, and what is a guess about someone else's mind. */
export const MIND_READING_WORDINGS: readonly Wording[] = [
  {
    part: 'mindfulness',
    needs: 'about',
    text: (f) =>
      `I'm guessing what ${f.other} ${f.thinks} about ${f.about}. I don't actually know.`,
  },
  {
    part: 'next_step',
    needs: 'about',
    text: (f) => `If ${f.about} is on my mind, I could ask ${f.otherObject} how it came across.`,
  },
  {
    part: 'common_humanity',
    needs: 'about',
    text: (f) =>
      `Most people are busy with their own worries; ${f.about} may matter far more to me than to ${f.otherObject}.`,
  },
  {
    part: 'mindfulness',
    needs: 'fact',
    text: (f) => `${f.fact}. What ${f.other} ${f.thinks} of it is a guess for now.`,
  },
  {
    part: 'mindfulness',
    needs: 'about',
    chat: true,
    text: (f) => `I'm just guessing what ${f.other} ${f.thinks} about ${f.about}.`,
  },
  {
    part: 'mindfulness',
    needs: 'domain',
    text: (f) =>
      `I'm guessing what ${f.other} ${f.thinks} of ${f.domain}, and I don't actually know.`,
  },
  {
    part: 'common_humanity',
    needs: 'quantifier',
    text: (f) =>
      `"${f.Quantifier}" is a lot of minds to read at once; I only know what people have actually said.`,
  },
  {
    part: 'next_step',
    needs: 'domain',
    text: (f) => `If ${f.domain} is on my mind, I could ask ${f.otherObject} instead of guessing.`,
  },
  {
    part: 'mindfulness',
    needs: 'domain',
    chat: true,
    text: (f) => `Just guessing what ${f.other} ${f.thinks} of ${f.domain}.`,
  },
  {
    part: 'self_kindness',
    needs: 'domain',
    text: (f) =>
      `It makes sense that I care about ${f.domain}, and a guess about ${f.otherObject} isn't proof.`,
  },
];

export const mind_reading: RephraseBuilder = (ctx) => {
  const { topic, variant } = ctx;
  const subject = topic.otherSubject ? lowerFirst(topic.otherSubject) : 'they';
  const object = topic.other ? lowerFirst(topic.other) : 'them';
  const think = isPlural(subject) ? 'think' : 'thinks';
  const see = isPlural(subject) ? 'see' : 'sees';
  return [
    ...focused(ctx, MIND_READING_WORDINGS),
    span(ctx, 'mindfulness', {
      clause: pick(
        ["I'm guessing, and I don't actually know", "I'm guessing how I come across"],
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
