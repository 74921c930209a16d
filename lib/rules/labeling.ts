import type { RuleFile } from './types';
import { alt, FILL, SELF_IS, SELF_IS_NOT_FELT } from './lexicon';
import {
  BAD_ADJECTIVES,
  FEELING_STATE_ADJECTIVES,
  INSULT_ADJECTIVES,
  INSULT_NOUNS,
  ROLE_NOUNS,
} from '../language/en/self-talk-words';

const NOUN = alt(INSULT_NOUNS);
const ADJ = alt(INSULT_ADJECTIVES);
const VERDICT_ADJ = alt(INSULT_ADJECTIVES.filter((a) => !FEELING_STATE_ADJECTIVES.includes(a)));

/** "I get" before a noun is receiving or understanding ("I get the joke"), not becoming. */
const SELF_IS_A = SELF_IS.replace('|get|', '|');

/** Bad adjectives that judge without an article; "sorry" and "poor" also name a feeling or a fact. */
const PLAINLY_BAD = BAD_ADJECTIVES.filter((a) => a !== 'sorry' && a !== 'poor');
export const labeling: RuleFile = {
  category: 'labeling',
  explanation:
    'This sounds like calling yourself a name, which sums up a whole person by one moment and makes it harder to see what actually happened.',
  patterns: [
    { id: 'i-am-insult-noun', match: `${SELF_IS_A} ${FILL} ${ADJ}? ${NOUN}`, severity: 2 },
    // "screw up" and "fuck up" as nouns, written as two words.
    {
      id: 'i-am-a-screw-up',
      match: `${SELF_IS} (so|such|a|an|the|one|total|complete|absolute|huge|massive|big|real|fucking|just){1,4} (screw|fuck) up`,
      severity: 2,
    },
    {
      id: 'failing-as-a',
      match: `i (am|was|have been|feel like i am|feel like i am) (failing|a failure|useless|hopeless|terrible|awful|bad|shit|crap) as a (parent|mother|mom|mum|father|dad|friend|partner|wife|husband|person|human|son|daughter|student|teacher|boss|leader|sister|brother|girlfriend|boyfriend|employee|adult)`,
      severity: 2,
    },
    {
      id: 'makes-me-look',
      match: `(this|that|it|which) (makes|made|will make) me (look|seem|sound|feel) (so|such|like|really|kinda|kind|of|a|an|total|complete){0,3} ${ADJ}`,
      severity: 2,
    },
    {
      id: 'made-a-fool',
      match: `i (made|make|making|will make|always make|keep making) (a|such a|a complete|a total|an absolute)? (fool|idiot|ass|clown|joke) (of|out of) myself`,
      severity: 2,
    },
    { id: 'i-am-insult-adjective', match: `${SELF_IS_NOT_FELT} ${FILL} ${ADJ}`, severity: 2 },
    { id: 'i-feel-insult-adjective', match: `i (feel|felt) ${FILL} ${VERDICT_ADJ}`, severity: 2 },
    {
      id: 'i-am-bad-role',
      match: `${SELF_IS_NOT_FELT} ${FILL} ${alt(PLAINLY_BAD)} ${alt(ROLE_NOUNS)}`,
      severity: 2,
    },
    {
      // "sorry" and "poor" judge only after an article: "I'm a sorry excuse for a friend", not "I'm sorry man".
      id: 'i-am-a-sorry-role',
      match: `${SELF_IS_NOT_FELT} (such|just|really)? (a|an) ${FILL} (sorry|poor) ${alt(ROLE_NOUNS)}`,
      severity: 2,
    },
    {
      id: 'i-am-piece-of',
      match: `${SELF_IS} ${FILL} (piece|sack|bag|waste) of (shit|crap|garbage|trash|space|air|oxygen)`,
      severity: 3,
    },
    {
      id: 'i-am-the-worst',
      match: `i am (just|really|honestly|literally|truly|so|simply)? the (worst|absolute worst)`,
      severity: 2,
    },
    {
      id: 'what-a-noun-i-am',
      match: `what (a|an) ${FILL} ${NOUN} i (am|was|have been)`,
      severity: 3,
    },
    {
      id: 'how-adjective-i-am',
      match: `how ${ADJ} (i am|i was|i have been|can i be|could i be)`,
      severity: 2,
    },
    {
      id: 'why-am-i-adjective',
      match: `why (am|was|have|must|do) i (been|being|be)? ${FILL} ${ADJ}`,
      severity: 2,
    },
    {
      id: 'why-am-i-noun',
      match: `why (am|was|have|must|do) i (been|being|be)? ${FILL} ${NOUN}`,
      severity: 2,
    },
    {
      id: 'am-i-noun',
      match: `(am|was) i (just|really|such|so|a|an|the|being|actually|truly){0,3} ${NOUN}`,
      severity: 2,
    },
    {
      id: 'am-i-adjective',
      match: `(am|was) i (just|really|such|so|a|an|the|being|actually|truly){0,3} ${ADJ}`,
      severity: 2,
    },
    {
      id: 'insult-me',
      match: `(stupid|dumb|idiot|useless|pathetic|silly|clueless) me`,
      severity: 1,
    },
    { id: 'me-being-adjective', match: `me being ${FILL} ${ADJ}`, severity: 2 },
    { id: 'stop-being', match: `(stop|quit) being (so|such|a|an|this){0,2} ${ADJ}`, severity: 2 },
    {
      id: 'stop-being-noun',
      match: `(stop|quit) being (so|such|a|an|this|the){0,2} ${NOUN}`,
      severity: 2,
    },
    { id: 'call-myself', match: `(such|what) (a|an) ${NOUN} i am`, severity: 3 },
    {
      id: 'myself-is-noun',
      match: `(i am|i was) ${FILL} ${alt(['stupid', 'dumb', 'useless'])} for`,
      severity: 2,
    },
  ],
  examples: {
    flag: [
      'honestly im such a screw up with money',
      'i need to stop being so lazy',
      "I'm the dumbest person in my class",
      "I'm such an idiot, I left my keys in the car again.",
      'im a complete failure at this job',
      'Honestly i am so stupid 🙃',
      'Ugh I’m a total loser for forgetting her birthday.',
      'What a moron I am.',
      'Why am I so dumb?',
      "I'm a terrible friend.",
      'I feel like such a fraud at work.',
      "I've always been a disappointment.",
      "I'm the worst, I forgot to call back.",
      'I felt so stupid in that meeting.',
    ],
    pass: [
      'I get the joke, it just fell flat for me.',
      "I'm so stupid happy about the news!",
      "I'm the one who had to screw up the shelf again.",
      'Stop being so hard on yourself, she told me.',
      "He's such an idiot.",
      'This movie is stupid.',
      "I'm not a failure, I just had a rough week.",
      'She said I was lazy, but I was sick.',
      "I'm so tired today.",
      'My boss is a complete moron.',
      'I used to think I was stupid, but now I know I learn differently.',
      'I watched a documentary about a famous fraud.',
      "I'm not stupid for asking questions.",
      'Stop calling me an idiot, I said.',
      'I felt awkward at the reunion, which is understandable after ten years.',
      'I feel a bit weak after the flu.',
      "I'm clueless as to why the build broke, any ideas?",
    ],
  },
};
