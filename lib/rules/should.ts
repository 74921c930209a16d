import type { RuleFile } from './types';

const PARTICIPLES =
  '(known|seen|realized|realised|noticed|tried|done|been|listened|stopped|thought|prepared|studied|worked|checked|asked|said|left|called|caught|acted|spoken|gone|taken|fought|planned|paid|figured|understood|saved|protected|helped|handled|started|quit|trusted|waited)';

export const should: RuleFile = {
  category: 'should',
  explanation:
    'This holds you to a "should" or "must" that no one could always meet, so it turns a wish into a judgement of yourself.',
  patterns: [
    {
      id: 'should-have-known-better',
      match: `i (should|ought to) have ${PARTICIPLES} (better|sooner|earlier|more|harder|it coming|by now|before|instead)`,
      severity: 3,
    },
    {
      id: 'should-have-known',
      match: `i (should|ought to) have (known|seen it coming|realized|realised|noticed|tried harder|done better|done more|been better|been stronger|been smarter|been there|stopped it|stopped them|prevented)`,
      severity: 2,
    },
    {
      id: 'should-not-feel',
      match: `i (should not|should not|must not|should never) (feel|be feeling|be so|be this|be upset|be sad|be anxious|be struggling|be crying|cry|need|be bothered|let it get|still be|struggle|be like this)`,
      severity: 2,
      negationIsPart: true,
    },
    {
      id: 'should-be-better',
      match: `i (should|must|ought to|have to|need to|am supposed to|was supposed to) (be|have been) (able to|better|stronger|smarter|thinner|fitter|further|over it|over this|past this|more|perfect|married|doing better|happier|grateful|tougher|braver|normal|successful) (at|than|by now|already|than this|to)?`,
      severity: 2,
    },
    {
      id: 'should-by-now',
      match: `i (should|ought to|was supposed to) (have|be) .{0,4} by now`,
      severity: 2,
    },
    {
      id: 'must-never',
      match: `i (must|should|have to|can not|cannot|am not allowed to) (never|not ever|not) (make|mess|fail|show|let|get|be seen|slip|make a single)`,
      severity: 2,
      negationIsPart: true,
    },
    {
      id: 'must-always',
      match: `i (must|should|have to|need to) always (be|get|do|know|look|have|stay|keep)`,
      severity: 2,
    },
    {
      id: 'should-be-ashamed',
      match: `i should be (so)? (ashamed|embarrassed|disgusted) (of|with)? (myself)?`,
      severity: 3,
    },
    {
      id: 'what-kind-of-person',
      match: `what (kind|sort) of (person|mother|father|parent|friend|adult|grown|man|woman) (does|would|can not|cannot|does not|forgets|lets)`,
      severity: 2,
      negationIsPart: true,
    },
    {
      id: 'no-excuse',
      match: `(there is|there is|i have|i had) no excuse for (me|my|how i|what i|this)`,
      severity: 2,
      negationIsPart: true,
    },
    {
      id: 'should-have-generic',
      match: `i (should|ought to) have (never|not)? (#PastTense && !been)`,
      severity: 2,
      weak: true,
      yieldsToHedge: true,
      negationIsPart: true,
    },
    {
      // "I should have been there", "...more careful"; not the passive "I should have been told", where someone
      // else failed the writer.
      id: 'should-have-been',
      match: `i (should|ought to) have (never|not)? been !#PastTense`,
      severity: 2,
      weak: true,
      yieldsToHedge: true,
      negationIsPart: true,
    },
    {
      id: 'if-only-i',
      match: `if only i (had|did|could have|would have|were|was|knew|listened|tried|stayed|left|said)`,
      severity: 2,
      negationIsPart: true,
    },
    {
      id: 'should-not-have',
      match: `i (should|ought) (not|never) have (#PastTense|#Participle)`,
      severity: 2,
      negationIsPart: true,
    },
    {
      id: 'must-make',
      match: `i (must|have to|need to|have got to|gotta) (make|be|get|do|look|impress|prove|win|succeed|perform|please|keep everyone|show) (a|an|the|everyone|them|myself|perfect|good|great|better|it|everything)? (good|great|perfect|impression|happy|right|strong|better|best)`,
      severity: 2,
    },
    {
      id: 'should-punish-myself',
      match: `i should (isolate|punish|hurt|hide|stay away|just disappear|disappear|leave everyone|be alone|not exist|suffer|not be here)`,
      severity: 2,
    },
  ],
  examples: {
    flag: [
      'If only I had listened to the warning.',
      'I should have known better.',
      'i shouldve seen it coming 🙄',
      "I shouldn't feel this way about something so small.",
      'I should be over this by now.',
      'I must never make mistakes in front of my team.',
      'I should be able to handle this on my own.',
      'I should be ashamed of myself.',
      'I have to always be the strongest one in the room.',
      'I should have tried harder for that interview.',
      'I really should be further along at my age.',
      'I should have been there for her when it mattered.',
    ],
    pass: [
      'I should buy milk on the way home.',
      'You should have seen the sunset last night.',
      'He should have known better than to drive in the snow.',
      'We should be there by six.',
      "I shouldn't have to pay for a broken charger, the shop agreed.",
      'The package should have arrived by now.',
      'I must remember to water the plants.',
      'I need to be at the station at nine.',
      'It is okay that I did not know that yet.',
      'Maybe I should try the blue one.',
      'I should have been told about the schedule change.',
      'Sorry, I should have mentioned the date in my first message.',
      'I probably should have checked the link before posting it.',
    ],
  },
};
