import type { RuleFile } from './types';

const SUCCESS =
  '(passed|pass|got|get|won|win|did well|did good|succeeded|made it|got in|got the job|got the part|got promoted|finished|managed|was chosen|got picked|got an|got a|scored|survived|worked|was hired|got hired|was accepted|got accepted|nailed it)';

export const discounting_positive: RuleFile = {
  category: 'discounting_positive',
  explanation:
    'This brushes aside something good you did as luck or nothing, so your real effort never gets to count.',
  patterns: [
    {
      id: 'only-because-lucky',
      match: `i (only|just|probably|must have)? ${SUCCESS} .{0,5} (because|cause|cos|coz|since|by|thanks|due|out) .{0,3} (lucky|luck|fluke|chance|accident|pity|easy|desperate|nice|mistake)`,
      severity: 2,
    },
    {
      id: 'only-because-others',
      match: `i (only|just) ${SUCCESS} .{0,3} (because|since|cause|as) (the|they|everyone|nobody|no|others|he|she|there|it)`,
      severity: 2,
    },
    {
      id: 'but-it-was-luck',
      match: `i ${SUCCESS} .{0,6} (but|and) (it|that) (was|is) (just|only|pure|probably|mostly|all)? (luck|fluke|chance)`,
      severity: 2,
    },
    {
      id: 'got-lucky',
      match: `i (just|only|probably|must have|simply) (got|was|have been|had) (lucky|a fluke|dumb luck|beginner's luck|a lucky break)`,
      severity: 2,
    },
    {
      id: 'it-was-just-luck',
      match: `(it|that|this) (was|is) (just|only|pure|dumb|sheer|plain) (luck|chance|a fluke|beginner's luck)`,
      severity: 2,
    },
    {
      id: 'does-not-count',
      match: `(it|that|this|mine) (does not|did not|will not) (really)? count`,
      severity: 2,
      negationIsPart: true,
    },
    {
      // "It doesn't matter" alone is about anything; a success or praise that doesn't matter is discounted.
      id: 'success-does-not-matter',
      match: `(it|that|this|my|the)? (compliment|praise|grade|win|award|promotion|achievement|success|score|result|mark|prize|feedback|one) (does not|did not|will not) (really)? (count|matter)`,
      severity: 2,
      negationIsPart: true,
    },
    {
      id: 'does-not-mean-i-am',
      match: `(it|that|this) (does not|did not|will not) (mean|prove|make) (that)? i am (smart|good|talented|capable|clever|good enough|worthy|special|successful|intelligent|competent|any good|a good)`,
      severity: 2,
      negationIsPart: true,
    },
    {
      id: 'success-was-fluke',
      match: `(getting|passing|winning|my) .{0,4} (was|were|is) (just|only|pure|a|probably|all)? (fluke|luck|lucky|accident|mistake)`,
      severity: 2,
      selfImplied: true,
    },
    {
      id: 'anyone-could',
      match: `(anyone|anybody|any idiot|a child|a monkey|a kid|literally anyone) (could|can|would|could have|can do|could do|would have) (have)? (done|do|pass|passed|manage|managed|get|gotten|made|make) (it|that|this|the same)?`,
      severity: 2,
    },
    {
      id: 'just-saying-that',
      match: `(they|he|she|people|you|everyone|everybody|friends|mom|mum|dad|parents|teacher|boss|family) (are|is|was|were)? (only|just) (saying that|say that|said that|feeling sorry for me|pitying me|humoring me|humouring me|saying it|said it)`,
      severity: 2,
    },
    {
      id: 'just-being-nice',
      match: `(they|he|she|people|you|everyone|everybody|friends|mom|mum|dad|parents|teacher|boss|family) (are|is|was|were)? (only|just) (being nice|being polite|being kind|trying to be nice) (to me|when|because|about|since|so)`,
      severity: 2,
    },
    {
      id: 'do-not-deserve-credit',
      match: `i (do not|do not|did not|did not) (really)? (deserve|earn|earned) (the|this|that|my|any|their|his|her)? (praise|credit|promotion|award|compliment|compliments|prize|success|raise|grade|job|recognition|thanks|place)`,
      severity: 2,
      negationIsPart: true,
    },
    {
      id: 'did-not-earn-it',
      match: `i (do not|did not|never) (really|actually|truly)? (earn|earned|work for|worked for) (it|this|that|any of it|my place|my spot|the grade|the job|the promotion)`,
      severity: 2,
      negationIsPart: true,
    },
    {
      id: 'not-a-big-deal',
      match: `(it|that|this) (is|was|is) (not|no|nothing) (a)? (big deal|special|an achievement|impressive|hard|that hard|that impressive|really anything)`,
      severity: 1,
      negationIsPart: true,
    },
    {
      id: 'it-was-easy',
      match: `i (only|just)? ${SUCCESS} (because|since|cause) (it|the test|the exam|the course|the job|they|that) (was|were|is) (easy|so easy|too easy|an easy)`,
      severity: 2,
    },
  ],
  examples: {
    flag: [
      'I got an award but it was just luck.',
      'I only passed because I got lucky.',
      'I got the job but it was just luck.',
      "That compliment doesn't count, she's my mum.",
      'Anyone could have done what I did.',
      "They're just being nice when they say my drawing is good.",
      "I don't deserve the promotion, honestly.",
      'I only won because the others were tired.',
      'I just passed since the test was easy.',
    ],
    pass: [
      'The weather held, which was just luck for the picnic.',
      'I got lucky with the weather on my trip.',
      'It was pure luck that we found a parking spot.',
      "That goal doesn't count, I saw the offside flag.",
      'Anyone can join the book club.',
      'They are just being nice neighbours, bringing soup.',
      'I passed my driving test today!',
      'She only won because she trained for years.',
      "I worked hard for this, and I'm glad it paid off.",
    ],
  },
};
