/** Need suppression ("I don't need anyone", "my feelings don't matter"): my needs are valid; name one. */
import { focused, type Wording } from './wording';
import { pick, sentence, span, topicSource, type RephraseBuilder } from './context';
import { normalize } from './text';
import { isPerson } from './focus';

/** The need the writer waves away ("I don't need anyone's help" → "some help"), or a gentle default. */
function namedNeed(sentenceText: string): string {
  const match =
    /\b(?:don't|do not|dont|never) need (?:anyone's |anybody's |any |your |their )?([a-z]+)/i.exec(
      normalize(sentenceText),
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

const NOT_A_LOAD =
  /\b(?:any|every|some|no)on|^my (?:needs|feelings|back|body|head|health|neck|knees?|feet)$/i;

/** Need-suppression wordings: the writer's need, named plainly and allowed. */
export const NEED_SUPPRESSION_WORDINGS: readonly Wording[] = [
  {
    part: 'self_kindness',
    needs: 'noun',
    text: (f) =>
      `${f.Noun} ${f.is} a lot for me to carry, and it's okay to want help with ${f.it}.`,
    // People, the writer's body and their own needs are not a load to carry ("My kids are a lot for me to carry").
    fits: (f) => !isPerson(f.noun) && !NOT_A_LOAD.test(f.noun),
  },
  {
    part: 'mindfulness',
    needs: 'about',
    text: (f) => `My feelings about ${f.about} make sense, even if others have it harder.`,
  },
  {
    part: 'next_step',
    needs: 'about',
    text: (f) => `I can tell one person how ${f.about} is going for me.`,
  },
  {
    part: 'common_humanity',
    needs: 'about',
    text: (f) => `Everyone needs support sometimes, me included, and that goes for ${f.about} too.`,
  },
  {
    part: 'self_kindness',
    needs: 'about',
    chat: true,
    text: (f) => `I'm allowed to need help with ${f.about}.`,
  },
];

export const need_suppression: RephraseBuilder = (ctx) => {
  const { variant } = ctx;
  const need = namedNeed(topicSource(ctx));
  return [
    ...focused(ctx, NEED_SUPPRESSION_WORDINGS),
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
