/** Need suppression ("I don't need anyone", "my feelings don't matter"): my needs are valid; name one. */
import { pick, sentence, span, topicSource, type RephraseBuilder } from './context';
import { normalise } from './text';

/** The need the writer waves away ("I don't need anyone's help" → "some help"), or a gentle default. */
function namedNeed(sentenceText: string): string {
  const match =
    /\b(?:don't|do not|dont|never) need (?:anyone's |anybody's |any |your |their )?([a-z]+)/i.exec(
      normalise(sentenceText),
    );
  const word = match?.[1]?.toLowerCase();
  if (
    word &&
    [
      'help',
      'support',
      'advice',
      'comfort',
      'company',
      'attention',
      'reassurance',
      'rest',
      'sleep',
      'time',
      'space',
      'break',
    ].includes(word)
  ) {
    return word === 'time' || word === 'space' || word === 'rest' || word === 'sleep'
      ? `some ${word}`
      : word === 'break'
        ? 'a break'
        : `some ${word}`;
  }
  return 'a bit of support';
}

export const need_suppression: RephraseBuilder = (ctx) => {
  const { variant } = ctx;
  const need = namedNeed(topicSource(ctx));
  return [
    span(ctx, 'self_kindness', {
      clause: pick([`I could use ${need}`, `I'd like ${need}`], variant),
    }),
    sentence(
      'next_step',
      pick(
        [
          `One thing I need right now is ${need}, and I can ask for it.`,
          `I could use ${need}. I can name that to someone I trust.`,
        ],
        variant,
      ),
    ),
    sentence(
      'self_kindness',
      pick(
        [
          "My needs and feelings are valid too, even when I'm used to handling things alone.",
          'What I feel counts, and I am allowed to take it seriously.',
        ],
        variant,
        1,
      ),
    ),
    sentence(
      pick(['mindfulness', 'common_humanity'] as const, variant),
      variant % 2 === 0
        ? "I'm noticing I want to push this feeling away. I can let myself feel it for a moment."
        : 'Needing people is part of being human, and that includes me.',
    ),
  ];
};
