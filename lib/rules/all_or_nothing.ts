import type { RuleFile } from './types';
import { INSULT_NOUNS } from '../language/en/self-talk-words';

const VERDICT = `(${[...INSULT_NOUNS, 'worthless', 'useless', 'pointless', 'nothing', 'no good', 'a failure', 'wasted', 'ruined', 'over', 'stupid', 'hopeless'].join('|')})`;

export const all_or_nothing: RuleFile = {
  category: 'all_or_nothing',
  explanation:
    'This sees things as all or nothing, perfect or a failure, when real life and real effort almost always land somewhere in between.',
  patterns: [
    {
      id: 'not-perfect-then',
      match: `(if|unless|when) .{0,4} (not|never) (perfect|perfectly|flawless|flawlessly|the best)`,
      severity: 2,
      negationIsPart: true,
    },
    {
      id: 'unless-perfect',
      match: `unless .{0,4} (perfect|perfectly|flawless|flawlessly)`,
      severity: 2,
    },
    {
      id: 'if-fail-then-failure',
      match: `if i .{1,6} (then|,)? i am (a|an|just|the)? (complete|total|utter|absolute)? ${VERDICT}`,
      severity: 3,
      negationIsPart: true,
    },
    {
      id: 'if-fail-it-means',
      match: `if i .{1,6} (it|that|this) (means|makes|proves|shows) (i am|me) (a|an|just|the)? (complete|total|utter|absolute)? ${VERDICT}`,
      severity: 3,
      negationIsPart: true,
    },
    {
      id: 'anything-less-than-perfect',
      match: `(anything|nothing) (less|short) (than|of) (perfect|perfection|the best|an a|first place)`,
      severity: 2,
    },
    {
      id: 'has-to-be-perfect',
      match: `(it|this|everything|work|i|something) .{0,4} (has|have|had|needs|need|must|should) to? (be|look|go) (perfect|flawless|perfectly)`,
      severity: 2,
    },
    {
      id: 'one-mistake',
      match: `(one|a single|one little|one tiny) (mistake|slip|error|bad grade|bad day|failure) (and|means|ruins|proves|makes) (i am|i am|it is|it is|everything|the whole|me|my)`,
      severity: 2,
    },
    {
      id: 'whole-thing-ruined',
      match: `(my|the) (whole|entire) (day|week|year|life|project|evening|night|weekend|diet|plan|streak|semester|career) (is|was|has been) (ruined|wasted|pointless|a waste|a failure|a disaster|over|destroyed|for nothing)`,
      severity: 2,
    },
    {
      id: 'no-point-trying',
      match: `(there is|there is|there was|what is|what is) (no|the) point (in|of)? (even)? (trying|bothering|doing|going)`,
      severity: 1,
      negationIsPart: true,
    },
    {
      id: 'either-or',
      match: `(either)? i (am|am|will be|get) (the best|perfect|first|top) or i (am|am|will be) (nothing|a failure|worthless|a loser|no one|nobody)`,
      severity: 3,
    },
    {
      id: 'completely-failed',
      match: `i (have|have)? (completely|totally|utterly|entirely) (failed|ruined|wasted|blown|messed up|screwed up|fucked up) (it|everything|my|the whole)`,
      severity: 2,
    },
    {
      id: 'blown-my-diet',
      match: `i (have)? (completely|totally|just|already)? (blown|blew|ruined|wrecked|broken|broke|failed|messed up|screwed up) my (diet|streak|progress|plan|chance|chances|sobriety|routine|goals|resolution|whole week|whole day) (completely|totally|entirely|again|already)?`,
      severity: 2,
    },
    {
      id: 'either-perfect-or-failure',
      match: `i am either (perfect|the best|amazing|brilliant|first|top|great) or (a|an|the)? (complete|total|utter|absolute)? (failure|loser|nothing|worthless|useless|disaster|mess|fraud|nobody)`,
      severity: 3,
    },
  ],
  examples: {
    flag: [
      "with exams I'm either perfect or a complete failure",
      "If it isn't perfect, I'm a complete failure.",
      'If I make one mistake then I am a total idiot.',
      'Anything less than perfect is unacceptable to me.',
      'My whole day is ruined because I overslept.',
      'Everything I hand in has to be perfect.',
      "Either I'm the best or I'm nothing.",
      "One mistake and I'm finished, that's how it feels.",
      'I completely ruined everything at the recital.',
    ],
    pass: [
      "I'm either at the gym or at work most days.",
      'The weather was perfect for a picnic.',
      'If it rains, I will bring an umbrella.',
      'My whole day was lovely, thanks.',
      'I made one mistake on the form and fixed it.',
      "It doesn't have to be perfect to be useful.",
      'Either way, I am happy with the result.',
      'The whole film was a waste of time.',
      'I did the best I could with the time I had.',
    ],
  },
};
