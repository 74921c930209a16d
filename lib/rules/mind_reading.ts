import type { RuleFile } from './types';
import {
  CONTEMPT_ADJECTIVES,
  INSULT_ADJECTIVES,
  INSULT_NOUNS,
} from '../language/en/self-talk-words';

const OTHERS =
  '(everyone|everybody|they|people|he|she|nobody|no one|my friends|my family|my boss|my coworkers|my colleagues|my classmates|my teacher|my parents|my partner|the others|the whole class|the whole team|all of them|the team|the class|others|the interviewer|the audience)';
const GUESS =
  '(must|probably|definitely|secretly|all|clearly|obviously|surely|already|totally|certainly|really|now|just|still|so)';
const JUDGED = `(${[...INSULT_ADJECTIVES, ...INSULT_NOUNS, ...CONTEMPT_ADJECTIVES, 'annoying', 'weird', 'burden', 'joke', 'crazy', 'needy', 'clingy', 'boring', 'dramatic', 'mess', 'useless', 'incompetent', 'fake'].join('|')})`;
const SOFT_FILL = '(such|so|a|an|really|totally|completely|just|the|too|pretty|kind|of|super){0,3}';
const DISLIKE =
  '(hate|hates|despise|despises|dislike|dislikes|judge|judges|judging|pity|pities|resent|resents|laugh at|laughs at|laughing at|talk about|talks about|talking about|avoid|avoids|avoiding|regret hiring|regrets hiring|tolerate|tolerates|are sick of|is sick of|are tired of|is tired of|are annoyed with|is annoyed with|are annoyed by|is annoyed by|are disgusted by|is disgusted by|are embarrassed by|is embarrassed by|are ashamed of|is ashamed of|are disappointed in|is disappointed in|put up with|can not stand|could not stand|puts up with)';

export const mind_reading: RuleFile = {
  category: 'mind_reading',
  explanation:
    "This guesses that other people think badly of you, but we can't see inside their heads, and the guess is usually harsher than the truth.",
  patterns: [
    {
      id: 'they-think-i-am',
      match: `${OTHERS} ${GUESS}{0,2} (think|thinks|thought|believe|believes|see me as|sees me as|saw me as|consider me|considers me|view me as|find me|finds me|know|knows|can tell|can see|could tell|noticed|notice|will think) (that)? (i am|i was|i am|how)? ${SOFT_FILL} ${JUDGED}`,
      severity: 2,
      aboutOthersView: true,
    },
    {
      id: 'they-must-hate-me',
      match: `${OTHERS} ${GUESS}{1,2} ${DISLIKE} me`,
      severity: 2,
      aboutOthersView: true,
    },
    {
      id: 'they-must-be-mad',
      match: `${OTHERS} (must|probably|definitely|secretly|clearly|obviously) (be|is|are)? (so|really)? (mad|angry|upset|annoyed|disappointed|disgusted|embarrassed|sick|tired) (at|with|of|by|in) me`,
      severity: 2,
      aboutOthersView: true,
    },
    {
      id: 'everyone-hates-me',
      match: `(everyone|everybody|people|the whole world|the world|all of them|the whole class|all my friends) ${GUESS}? ${DISLIKE} me`,
      severity: 2,
      aboutOthersView: true,
    },
    {
      id: 'everyone-there-hates-me',
      match: `(everyone|everybody|people|nobody|no one) (at|in|from) (work|school|class|home|the office|my class|my school|my job|my family|church|college|uni|this) ${GUESS}? ${DISLIKE} me`,
      severity: 2,
      aboutOthersView: true,
    },
    {
      id: 'nobody-likes-me',
      match: `(nobody|no one|noone) (really|even|actually|ever|truly|here|at school|at work)? (likes|wants|cares about|loves|respects|takes|wanted|liked|cared about|gives a shit about|gives a damn about|would miss|would notice|would care if i) me`,
      severity: 2,
      aboutOthersView: true,
      negationIsPart: true,
    },
    {
      id: 'nobody-cares-what-i',
      match: `(nobody|no one|noone) (really|even|actually|ever)? (cares|care|wants to hear|is interested in|listens to|gives a shit about) (about)? what i (have to say|say|think|do|want|feel)`,
      severity: 2,
      aboutOthersView: true,
      negationIsPart: true,
    },
    {
      id: 'they-will-mock-me',
      match: `${OTHERS} (will|would|are going to|is going to) (only|just|probably|definitely|all)? (make fun of|laugh at|judge|mock|hate|reject|pity|think less of|look down on) me`,
      severity: 2,
      aboutOthersView: true,
    },
    {
      id: 'they-knew-i-would',
      match: `${OTHERS} (knew|know|could tell|can tell|expected|expect) (that)? i (would|will|was going to|am going to) (fail|mess|screw|ruin|make a fool|embarrass|disappoint|let)`,
      severity: 2,
      aboutOthersView: true,
    },
    {
      id: 'they-are-laughing-at-me',
      match: `${OTHERS} (are|were|was|is) ${GUESS}{0,2} (laughing at|talking about|judging|gossiping about|mocking|making fun of|whispering about|rolling their eyes at) me`,
      severity: 2,
      aboutOthersView: true,
    },
    {
      id: 'i-bet-they-think',
      match: `i (bet|am sure|know|just know|can tell|feel like|could tell) (that)? ${OTHERS} ${GUESS}{0,2} (think|thinks|thought|see|sees|hate|hates|judge|judges|are judging|is judging|laugh at|are laughing at|are talking about|regret|regrets|wish|wishes|dislike|dislikes)`,
      severity: 2,
      aboutOthersView: true,
    },
    {
      id: 'they-dont-want-me',
      match: `${OTHERS} ${GUESS}{0,2} (do not|does not|did not|never) (want|like|care about|respect|need) me (around|there|here|anymore)?`,
      severity: 1,
      aboutOthersView: true,
      negationIsPart: true,
    },
    {
      id: 'looking-at-me-like',
      match: `(everyone|everybody|they|people) (was|were|are|is) (staring|looking|laughing) at me (like|as if|because)`,
      severity: 2,
      aboutOthersView: true,
    },
    {
      id: 'made-a-mistake-choosing-me',
      match: `${OTHERS} (made|make|will realize they made|must have made) (a|an|the|such a)? (terrible|huge|big|massive|horrible)? (mistake|error) (by|in|when)? (choosing|hiring|picking|accepting|dating|marrying|admitting|inviting|trusting) me`,
      severity: 2,
      aboutOthersView: true,
    },
    {
      id: 'they-hate-me-i-know',
      match: `${OTHERS} ${GUESS}{0,2} ${DISLIKE} me i (just|already|totally|honestly)? know (it|that)`,
      severity: 2,
    },
  ],
  examples: {
    flag: [
      'she hates me, I just know it',
      'They must be so annoyed with me.',
      "Everyone thinks I'm pathetic.",
      'They must hate me after what I said.',
      'my coworkers probably think im incompetent',
      'Nobody likes me at this school.',
      'I bet they were all laughing at me.',
      'Everyone is sick of me by now.',
      'The interviewer could tell I was a fraud.',
      'She probably thinks I am annoying.',
      'They made a huge mistake hiring me.',
      'People are judging me for how I look.',
    ],
    pass: [
      'She hates mushrooms, I know that.',
      'Everyone thinks the new café is great.',
      'They must be running late.',
      'I think she is a wonderful teacher.',
      'My friends think I should take the job.',
      'People were staring at the fireworks.',
      'Everyone likes pizza.',
      "She said I was annoying, which wasn't fair.",
      "I don't think anyone hates me, they are just busy.",
      'He probably thinks the meeting is at ten.',
      'They hired me last week and I start Monday.',
    ],
  },
};
