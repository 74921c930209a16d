import type { RuleFile } from './types';

/**
 * Bad futures of the writer's own making. "lose it" is losing one's temper, not a loss ("I'm gonna lose it if the
 * printer jams again"); "let" is a failure only when someone is let down, and "end up" only where it ends badly
 * ("let the kids finish", "I'll end up staying home" are plans). Those two have patterns of their own, because a
 * group of alternatives cannot hold a gap or a nested group.
 */
const BAD_FUTURE =
  '(fail|lose it all|lose !it|bomb|blow it|mess|screw|ruin|get fired|be fired|get dumped|be alone|die alone|never|embarrass|humiliate|look stupid|look like an idiot|make a fool|disappoint|lose everything|lose my job|be homeless|be rejected|get rejected|flunk|crash)';
const BAD_END =
  '(alone|broke|homeless|single|unemployed|jobless|fired|dumped|failing|a failure|with nothing|with no|on the street|dead|dying|hurting|ruining|losing|killing|hating|disappointing)';
const SURELY =
  '(definitely|probably|just|totally|so|surely|obviously|certainly|inevitably|likely)?';
const GOING_TO = `i am ${SURELY} (going to|gonna|bound to|about to|sure to|destined to)`;
const WILL = `i (will|might|may|would) ${SURELY}`;

export const catastrophizing: RuleFile = {
  category: 'catastrophizing',
  explanation:
    'This jumps to the worst possible outcome as if it were certain, when the future is still open and usually kinder than the fear.',
  patterns: [
    {
      id: 'going-to-fail',
      match: `${GOING_TO} ${BAD_FUTURE}`,
      severity: 2,
      weak: true,
    },
    {
      id: 'going-to-let-down',
      match: `${GOING_TO} let .{1,3} down`,
      severity: 2,
    },
    {
      id: 'going-to-end-up',
      match: `${GOING_TO} end up ${BAD_END}`,
      severity: 2,
      weak: true,
      // "end up with no money": the negation is part of the bad end.
      negationIsPart: true,
    },
    {
      id: 'will-end-up',
      match: `${WILL} end up ${BAD_END}`,
      severity: 2,
      weak: true,
      // "end up with no money": the negation is part of the bad end.
      negationIsPart: true,
    },
    {
      id: 'will-fail',
      weak: true,
      match: `${WILL} (fail|lose everything|die alone|be alone forever|get fired|be fired|never recover|ruin everything|be a failure|mess it up|screw it up|blow it|bomb|flunk|lose my job|be rejected|get rejected|embarrass myself|humiliate myself|make a fool of myself|look stupid|disappoint|let everyone down|never be|be homeless|be broke|run out)`,
      severity: 2,
    },
    {
      id: 'they-will-leave-me',
      match: `(he|she|they|my partner|my boyfriend|my girlfriend|my husband|my wife|my friends|my boss|everyone|people|my family|my parents) (will|might|is|are) (probably|definitely|surely|eventually|just|soon)? (going to|gonna)? (leave|dump|fire|abandon|reject|replace|hate|forget|stop loving|get tired of|get sick of|kick|give up on) me`,
      severity: 2,
      aboutOthersView: true,
    },
    {
      id: 'never-invite-me',
      match: `(he|she|they|people|nobody|no one) (will|is going to|are going to|would) (never|not ever) (invite|call|talk to|speak to|forgive|trust|hire|date|want) me`,
      severity: 2,
      aboutOthersView: true,
      negationIsPart: true,
    },
    {
      id: 'people-will-never',
      match: `(people|everyone|everybody|they|nobody|no one) will (never|always) (see|perceive|view|think of|treat|accept|take) me`,
      severity: 2,
      aboutOthersView: true,
      negationIsPart: true,
    },
    {
      id: 'will-never',
      match: `i (will|might|may|am) (probably|just|likely)? (never|not ever|never going to) (be|find|have|amount|make it|succeed|recover|achieve|get better|change|fit|pass|graduate|get hired|get a job|get married|get anywhere|get it right|become|escape|live|finish|learn)`,
      severity: 2,
      negationIsPart: true,
    },
    {
      id: 'nobody-will-ever',
      match: `(nobody|no one|noone|no man|no woman|no girl|no guy|no company|no school|no employer) (will|would|is going to|is gonna|could) (ever)? (love|want|hire|like|date|marry|accept|choose|pick|care about|be with|stay with) me`,
      severity: 2,
      negationIsPart: true,
    },
    {
      id: 'nobody-will-want-to',
      match: `(nobody|no one|noone) (will|would|is going to|could) (ever)? (want|wants|bother|choose|agree) to (date|be with|marry|hire|hang out with|be friends with|love|stay with|talk to|spend time with) me`,
      severity: 2,
      negationIsPart: true,
    },
    {
      id: 'my-life-is-over',
      match: `my (life|future|career|chances|reputation|whole life) (is|are|will be|has been) (so|totally|completely|basically|officially)? (over|ruined|doomed|destroyed|finished|a disaster|hopeless|gone|falling apart)`,
      severity: 2,
    },
    {
      id: 'ruined-my-life',
      match: `i (have|have)? (ruined|destroyed|wrecked|thrown away|blown) my (life|future|career|chances|only chance|whole life|reputation)`,
      severity: 2,
    },
    {
      id: 'i-am-doomed',
      match: `i (am|was) (so|completely|totally|absolutely|just)? (doomed|screwed|done for|finished|fucked|toast)`,
      severity: 2,
    },
    {
      id: 'everyone-will-see',
      match: `(everyone|everybody|they|people|he|she|someone) (will|is going to|are going to|is gonna|are gonna) (see|find out|realize|realise|know|notice|figure out) (that)? (i am|i was|what a|how|i am a|i have been)`,
      severity: 2,
    },
    {
      id: 'alone-forever',
      match: `i (will|am going to|am gonna|will always) (be|stay|end up|die) (alone|single|lonely|unemployed|broke) (forever|for the rest of my life|my whole life|all my life)?`,
      severity: 2,
    },
    {
      id: 'what-if-fail',
      match: `what if i (fail|mess|screw|blow|ruin|lose|get fired|never)`,
      severity: 1,
      questionIsPart: true,
      negationIsPart: true,
    },
    {
      id: 'know-going-to',
      match: `i (just)? know (that)? i am (going to|gonna) ${BAD_FUTURE}`,
      severity: 3,
    },
    {
      id: 'never-going-to-be-enough',
      match: `i am (never|not ever) going to (be|get|find|have|make|amount|succeed|pass)`,
      severity: 2,
      negationIsPart: true,
    },
  ],
  examples: {
    flag: [
      "I'm going to fail this exam and everyone will know I'm a fraud.",
      "i'll never find someone who loves me",
      'Nobody will ever hire me after this.',
      'My career is over because of one bad presentation.',
      "I've ruined my life.",
      "I'm gonna end up alone forever.",
      "I just know I'm going to bomb the interview.",
      "I'm doomed, there's no way I pass.",
      "I'm never going to be good at anything.",
      "Everyone will see that I'm a fake.",
      "I'm going to let the whole team down again.",
      "I'll end up failing everyone who counts on me.",
    ],
    pass: [
      "I'm going to the shops later.",
      "I'll never forget that trip to Lisbon.",
      'The economy is doomed, according to my uncle.',
      "He's going to fail if he keeps skipping class.",
      "I'm worried about my future.",
      "I'm not going to give up.",
      "I'll find a new job eventually.",
      'The film is over in ten minutes.',
      'I will never stop loving this band.',
      'My phone is finished, the screen cracked.',
    ],
  },
};
