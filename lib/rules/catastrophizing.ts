import type { RuleFile } from './types';

const BAD_FUTURE =
  '(fail|lose|bomb|blow it|mess|screw|ruin|get fired|be fired|get dumped|be alone|die alone|end up|never|embarrass|humiliate|look stupid|look like an idiot|make a fool|let|disappoint|break down|lose everything|lose my job|be homeless|be rejected|get rejected|flunk|crash)';

export const catastrophizing: RuleFile = {
  category: 'catastrophizing',
  explanation:
    'This jumps to the worst possible outcome as if it were certain, when the future is still open and usually kinder than the fear.',
  patterns: [
    {
      id: 'going-to-fail',
      match: `i am (definitely|probably|just|totally|so|surely|obviously|certainly)? (going to|gonna|bound to|about to|sure to|destined to) ${BAD_FUTURE}`,
      severity: 2,
      weak: true,
    },
    {
      id: 'will-fail',
      weak: true,
      match: `i (will|might|may|would) (definitely|probably|just|surely|obviously|certainly|inevitably|totally|likely)? (fail|lose everything|end up|die alone|be alone forever|get fired|be fired|never recover|ruin everything|be a failure|mess it up|screw it up|blow it|bomb|flunk|lose my job|be rejected|get rejected|embarrass myself|humiliate myself|make a fool of myself|look stupid|disappoint|let everyone down|never be|be homeless|be broke|run out)`,
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
