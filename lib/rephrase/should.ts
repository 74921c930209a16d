/** Should statements ("I should have known"): a preference or intention instead of a demand. */
import { focused, type Wording } from './wording';
import {
  pick,
  sentence,
  span,
  topicSource,
  type RephraseBuilder,
  type RephraseContext,
} from './context';
import type { Suggestion } from '../engine/types';
import { hasHarshWord } from './harsh-words';
import { dropFillers, firstClause, normalize, tidyCasual, wordCount } from './text';

interface Demand {
  negative: boolean;
  /** "should have called": the wish is about the past. */
  perfect: boolean;
  /** A rule about what to feel ("I shouldn't feel this way", "I should be over it"). */
  feeling: boolean;
  /** The verb phrase after the modal: "call her back", "known better". */
  verbPhrase: string;
}

const MODAL =
  /\b(?:should|shoulda|ought to|must|have to|has to|need to|needs to|supposed to|got to|gotta)\b( not|n't)?( have| of|'ve| a)?\s+(.+)$/i;

const PUNITIVE =
  /\b(?:ashamed|embarrassed|guilty|punished|sorry|disgusted|blamed|suffer|suffering)\b/i;

const FEELING_DEMAND =
  /^(?:feel|be (?:over|upset|sad|anxious|angry|happy|hurt|stressed|scared|fine|okay)|cry|care|get over|stop (?:feeling|crying|caring|worrying))\b/i;

/** The demand in the sentence, when its verb phrase can be quoted back cleanly. */
export function findDemand(text: string): Demand | null {
  const normal = normalize(text)
    .replace(/\bshouldn't\b/gi, 'should not')
    .replace(/\bshouldve\b/gi, "should've");
  const match = MODAL.exec(normal);
  if (!match) return null;
  const phrase = tidyCasual(dropFillers(firstClause(match[3]!)))
    .replace(/[\s'"-]+$/, '')
    .replace(/\s+(?:by now|already|at my age|yet)$/i, '');
  if (phrase === '' || wordCount(phrase) > 8) return null;
  if (hasHarshWord(phrase, ['better', 'enough', 'more', 'just'])) return null;
  // "I should be ashamed" is a demand to suffer: never turn it into a wish.
  if (PUNITIVE.test(phrase)) return null;
  const perfect = Boolean(match[2]) && match[2]!.trim() !== '';
  const first = phrase.split(' ')[0]!.toLowerCase();
  // Non-perfect demands need a base verb first ("call", "be"), never "-ing"/"-ed" or a pronoun.
  if (!perfect && (/(?:ing|ed)$/.test(first) || /^(?:I|me|my|it|this|that|a|the)$/i.test(first)))
    return null;
  if (perfect && (/ing$/.test(first) || /^(?:I|me|my|it|this|that|a|the|to|be)$/i.test(first)))
    return null;
  const feeling = !perfect && FEELING_DEMAND.test(phrase);
  return { negative: Boolean(match[1]), perfect, feeling, verbPhrase: phrase };
}

/** "should" alone after "I " as a span: "I [should] call her" → "I [would like to] call her". */
/** Kinder forms of the modal itself: "should have" → "wish I had". */
const MODAL_FORMS: Readonly<Record<string, string>> = {
  should: 'would like to',
  must: 'would like to',
  'have to': 'would like to',
  'need to': 'would like to',
  'ought to': 'would like to',
  'should have': 'wish I had',
  "should've": 'wish I had',
  shouldve: 'wish I had',
  'should not': 'would rather not',
  "shouldn't": 'would rather not',
  'should not have': "wish I hadn't",
  "shouldn't have": "wish I hadn't",
};

const MODAL_IN_SPAN =
  /^(?:(I|i)\s+)?(should not have|shouldn't have|should have|should've|shouldve|should not|shouldn't|should|must|have to|need to|ought to)\b(.*)$/;

/**
 * The modal swapped in place, keeping the rest of the flagged words:
 * "I [should] call her" → "I [would like to] call her"; "[I should have called]" → "[I wish I had called]".
 */
function modalSpan(ctx: RephraseContext): Suggestion | null {
  const { sentence: text, spanStart, spanEnd } = ctx.input;
  const span = text.slice(spanStart, spanEnd).replace(/[\u2018\u2019]/g, "'");
  const match = MODAL_IN_SPAN.exec(span);
  if (!match || /\w/.test(text.charAt(spanEnd)) || /\w/.test(text.charAt(spanStart - 1)))
    return null;
  const [, subject, modal = '', rest = ''] = match;
  const replacement = MODAL_FORMS[modal.toLowerCase()];
  if (!replacement) return null;
  const subjectOk = subject
    ? /(?:^|[,;:.!?]\s*|\s)$/.test(text.slice(0, spanStart))
    : /\bI\s+$/i.test(text.slice(0, spanStart));
  // The verb has to follow, inside the span or right after it.
  const verbFollows =
    rest.trim() !== '' ? /^\s+[a-z]/i.test(rest) : /^\s+[a-z]/i.test(text.slice(spanEnd));
  if (!subjectOk || !verbFollows) return null;
  const following = firstClause(`${rest} ${text.slice(spanEnd)}`);
  if (PUNITIVE.test(following) || hasHarshWord(following, ['better', 'more', 'enough']))
    return null;
  const lead = subject ? `${subject} ` : '';
  return { text: `${lead}${replacement}${rest}`, part: 'self_kindness', replaces: 'span' };
}

/** Should wordings in the writer's topic: a wish or intention instead of a rule. */
export const SHOULD_WORDINGS: readonly Wording[] = [
  {
    part: 'self_kindness',
    needs: 'noun',
    text: (f) =>
      `${f.Noun} ${f.isnt} where I want ${f.it} yet, and I can work on ${f.it} one piece at a time.`,
  },
  {
    part: 'mindfulness',
    needs: 'about',
    text: (f) =>
      `I'm putting a lot of pressure on myself about ${f.about}. I can turn the rule into a wish.`,
  },
  {
    part: 'common_humanity',
    needs: 'about',
    tense: 'past',
    text: (f) => `Most people see ${f.about} more clearly in hindsight.`,
  },
  {
    // Hindsight only fits what is over: "Most people see my team more clearly in hindsight" says nothing.
    part: 'common_humanity',
    needs: 'about',
    tense: 'present',
    text: (f) => `Lots of people put this kind of pressure on themselves about ${f.about}.`,
  },
  {
    part: 'next_step',
    needs: 'about',
    text: (f) => `With ${f.about}, I can start from where I am today.`,
  },
  {
    part: 'mindfulness',
    needs: 'about',
    chat: true,
    text: (f) => `Less "should", more "I'd like to" about ${f.about}.`,
  },
];

export const should: RephraseBuilder = (ctx) => {
  const { variant } = ctx;
  const demand = findDemand(topicSource(ctx));
  if (!demand) {
    return [
      ...focused(ctx, SHOULD_WORDINGS),
      modalSpan(ctx),
      sentence(
        'mindfulness',
        pick(
          [
            "I'm noticing a lot of pressure on myself. What would I actually like here?",
            "I notice I'm holding myself to a rule. I can turn it into a wish instead.",
          ],
          variant,
        ),
      ),
      sentence(
        'self_kindness',
        pick(
          [
            "I'd like things to go differently, and I can be patient with myself while I work on it.",
            "I'm doing what I can, and I'm allowed to learn as I go.",
          ],
          variant,
          1,
        ),
      ),
      sentence(
        'next_step',
        pick(
          [
            'I can choose one thing I actually want to work on and start small.',
            'I can pick one small step that matters to me today.',
          ],
          variant,
        ),
      ),
    ];
  }
  const { verbPhrase: vp } = demand;
  if (demand.feeling) {
    // The rule about a feeling, said as a wish in the writer's own words: "I'd like to be over this, and that can take its own time".
    const wish = demand.negative
      ? `I'd rather not ${vp}, and my feelings still make sense`
      : `I'd like to ${vp}, and that can take its own time`;
    return [
      modalSpan(ctx) ?? span(ctx, 'self_kindness', { clause: wish }),
      sentence(
        'self_kindness',
        pick(
          [
            "I feel how I feel right now, and that's allowed.",
            'My feelings make sense, even if I wish they would ease.',
          ],
          variant,
        ),
      ),
      sentence(
        'mindfulness',
        pick(
          [
            "I notice I'm telling myself how to feel. I can let this feeling be here for now.",
            "I'm noticing a rule about my feelings. I can let them take the time they take.",
          ],
          variant,
          1,
        ),
      ),
      sentence('common_humanity', 'Feelings like this take their own time, for me and for anyone.'),
    ];
  }
  if (demand.perfect) {
    const wish = demand.negative ? `I wish I hadn't ${vp}` : `I wish I had ${vp}`;
    return [
      modalSpan(ctx) ?? span(ctx, 'self_kindness', { clause: wish }),
      sentence(
        'self_kindness',
        pick(
          [
            `${wish}, and I know more now than I did then.`,
            `${wish}. I did what I could with what I knew at the time.`,
          ],
          variant,
        ),
      ),
      sentence(
        'next_step',
        pick(
          [
            `${wish}. Next time I can use what I learned here.`,
            `${wish}, and I can take what I learned into next time.`,
          ],
          variant,
          1,
        ),
      ),
      sentence(
        'common_humanity',
        pick(
          [
            `${wish}. Most people see things more clearly in hindsight.`,
            `${wish}. Hindsight makes things look clearer for all of us.`,
          ],
          variant,
        ),
      ),
    ];
  }
  const intention = demand.negative ? `I'd rather not ${vp}` : `I'd like to ${vp}`;
  return [
    modalSpan(ctx) ?? span(ctx, 'self_kindness', { clause: intention }),
    sentence(
      'self_kindness',
      pick(
        [
          `${intention}, and I can be patient with myself while I get there.`,
          `${intention}. It's a wish, and I'm allowed to get there at my own pace.`,
        ],
        variant,
      ),
    ),
    sentence(
      'next_step',
      pick(
        [
          `${intention}. I can take one small step toward it today.`,
          `${intention}, so I can pick one small step toward it this week.`,
        ],
        variant,
        1,
      ),
    ),
    sentence(
      pick(['mindfulness', 'common_humanity'] as const, variant),
      variant % 2 === 0
        ? `I notice I'm putting pressure on myself. ${intention}, and that's a wish, not a rule.`
        : `${intention}, and plenty of people find that hard too.`,
    ),
  ];
};
