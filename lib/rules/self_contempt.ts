import type { RuleFile } from './types';
import { alt, FILL } from './lexicon';
import { CONTEMPT_ADJECTIVES } from '../language/en/self-talk-words';

const CONTEMPT = alt(
  CONTEMPT_ADJECTIVES.filter((w) => !['horrible', 'awful', 'terrible', 'toxic'].includes(w)),
);
const GOOD_THINGS =
  '(love|happiness|to be happy|to be loved|to live|to be alive|to be here|to exist|good things|anything|anything good|nice things|kindness|friends|a friend|help|forgiveness|better|you|him|her|them|a family|a partner|a second chance|respect|care|to be cared|success|joy|people|rest|a good life|a life|this job|my family|my friends|my kids|my partner)';

export const self_contempt: RuleFile = {
  category: 'self_contempt',
  explanation:
    'This speaks about yourself with contempt, a harshness you would never aim at someone you care about, and you deserve that same care.',
  patterns: [
    {
      id: 'hate-myself',
      match: `i (fucking|really|truly|honestly|just|so|absolutely|literally|seriously)? (hate|hated|despise|despised|loathe|loathed|detest|can not stand|cannot stand|am disgusted by|am disgusted with|am sick of|am so sick of|am ashamed of|am so ashamed of|feel ashamed of|am embarrassed of) (myself|me|who i am|who i have become|what i have become|being me|everything about me|my own guts)`,
      severity: 3,
      negationIsPart: true,
    },
    {
      // Not "my life": hating one's life is about circumstances ("I hate my life this week, three deadlines").
      id: 'hate-my-self',
      match: `i (fucking|really|truly|honestly|just|so)? (hate|despise|loathe|detest|can not stand|cannot stand) (my|the way i) (body|face|self|personality|voice|brain|mind|existence|guts|look|looks|reflection)`,
      severity: 2,
      negationIsPart: true,
    },
    {
      id: 'hate-how-i',
      match: `i (really|fucking|just|so)? (hate|despise|loathe|can not stand) (how|the way) i (look|am|act|sound|talk|behave|think|feel|come across)`,
      severity: 2,
      negationIsPart: true,
    },
    {
      id: 'i-am-worthless',
      match: `${'i (am|was|feel|felt|have always been|will always be|feel so|am just)'} ${FILL} ${CONTEMPT}`,
      severity: 2,
    },
    {
      id: 'i-am-waste',
      match: `i (am|was|feel like) ${FILL} waste of (space|air|oxygen|life|skin|time)`,
      severity: 3,
    },
    {
      id: 'i-am-piece-of',
      match: `i (am|was|feel like) ${FILL} piece of (shit|crap|garbage|trash)`,
      severity: 3,
    },
    {
      id: 'i-am-nothing',
      match: `i (am|was|feel like) (just|literally|honestly|truly|really)? (nothing|nobody|garbage|trash) (but|to|at)`,
      severity: 2,
    },
    {
      id: 'do-not-deserve',
      match: `i (do not|do not|never|will never|did not|did not|do not even|do not even|really do not) (deserve|deserved) ${GOOD_THINGS}`,
      severity: 2,
      negationIsPart: true,
    },
    {
      id: 'deserve-to-suffer',
      match: `i (deserve|deserved|deserve to|really deserve) (to die|to suffer|to be alone|to be hated|to be hurt|to rot|to be punished|to feel this way|to be miserable|to be unhappy|this pain|all of this|everything bad|nothing|to be left)`,
      severity: 3,
    },
    {
      id: 'not-worth-it',
      match: `i (am not|do not feel|do not feel|never feel|feel) (like)? (i am)? (not)? (worth) (it|anything|loving|much|the trouble|saving|the effort|your time|their time|shit)`,
      severity: 2,
      negationIsPart: true,
    },
    {
      id: 'cant-look-at-myself',
      match: `i (can not|cannot|could not) (even|stand to|bear to)? look at (myself|my reflection|my face|my body)`,
      severity: 2,
      negationIsPart: true,
    },
    {
      id: 'people-like-me',
      match: `(people|someone|somebody|a person|anyone|losers|freaks) like me (are not|were not|do not|should not|never|can not|will never|deserve|just|ruin|are) (meant|belong|deserve|get|exist|be|make|fit|nothing|better|worth|loved)`,
      severity: 2,
      negationIsPart: true,
    },
    {
      id: 'beat-myself-up',
      match: `i (beat|beating|keep beating|always beat|constantly beat|hate|blame|punish|punishing) myself (up)? (about|over|for|every|constantly|all the time)`,
      severity: 2,
    },
    {
      id: 'nothing-can-fix-me',
      match: `(nothing|no one|nobody) (can|could|will ever) (fix|help|save|love) me`,
      severity: 2,
      negationIsPart: true,
    },
    {
      id: 'not-good-enough',
      match: `i (am|was|feel|felt) (just|simply|still)? (not|never) (good|smart|pretty|strong|thin|talented|worthy|lovable|interesting|clever|attractive|capable) enough`,
      severity: 2,
      negationIsPart: true,
    },
    {
      id: 'never-good-enough',
      match: `i (will never be|have never been|never was|will never feel|am never) (good|smart|pretty|strong|thin|talented|worthy|lovable|interesting|clever|attractive|capable) enough`,
      severity: 2,
      negationIsPart: true,
    },
    {
      id: 'what-is-wrong-with-me',
      match: `what (is|the hell is|the fuck is|is even) wrong with me`,
      severity: 2,
      questionIsPart: true,
      clauseInitial: true,
    },
    {
      id: 'something-wrong-with-me',
      match: `(there is|there is|there must be) (something|seriously something|clearly something) (wrong|broken) with me`,
      severity: 2,
    },
    {
      id: 'unlovable',
      match: `(nobody|no one|noone) (could|can|would|will) (ever)? (love|want) (me|someone like me|a person like me)`,
      severity: 2,
      negationIsPart: true,
    },
    {
      id: 'i-disgust-myself',
      match: `i (disgust|repulse|sicken|embarrass) (myself|me)`,
      severity: 3,
    },
    { id: 'shame-on-me', match: `(shame on me|i am a disgrace)`, severity: 2 },
    {
      id: 'why-am-i-like-this',
      match: `why (am|am) i (like this|like that|this way|so broken|so messed up|so fucked up|such a mess)`,
      severity: 2,
      questionIsPart: true,
      clauseInitial: true,
    },
  ],
  examples: {
    flag: [
      'honestly why am i like this',
      'I hate the way I look in photos.',
      'I hate myself.',
      "I'm worthless.",
      'i dont deserve love',
      "I'm so disgusting, I can't even look in the mirror.",
      'What is wrong with me?',
      "I'm not good enough for her.",
      "I'm a waste of space.",
      'I disgust myself sometimes.',
      'Nobody could ever love someone like me.',
      'I can’t stand myself anymore.',
    ],
    pass: [
      'Why is my cat like this?',
      'I hate mushrooms.',
      'He is worthless at cards, we always beat him.',
      "I don't hate myself, I'm just tired.",
      'I deserve a holiday after this month.',
      "That soup was disgusting, I'm never ordering it again.",
      'Is something wrong with the printer?',
      'I was good enough to make the team this year.',
      'I hate when the bus is late.',
      "I don't deserve this treatment from my landlord.",
      "Nothing's wrong with me, the doctor said.",
      'Ugh, I hate my life this week, three deadlines and a cold.',
    ],
  },
};
