import type { RuleFile } from './types';

const OTHERS =
  '(everyone else|everybody else|everyone|everybody|all my friends|my friends|other people|others|people my age|my sister|my brother|my siblings|my classmates|my coworkers|my colleagues|my peers|they|he|she|all of them|the others|other girls|other guys|other kids|other students|other mothers|other moms|other parents|normal people)';
const BETTER =
  '(better|smarter|prettier|more successful|more talented|more attractive|more capable|more confident|more interesting|funnier|cooler|happier|thinner|richer|further along|further ahead|ahead|more normal|more likable|more likeable|more fun|stronger|braver|nicer|hotter|more put together|more mature|more productive)';

export const comparison: RuleFile = {
  category: 'comparison',
  explanation:
    "This measures you against other people's highlight reel, which hides their struggles and leaves out everything that is yours.",
  patterns: [
    {
      id: 'others-better-than-me',
      match: `${OTHERS} (is|are|seems|seem|was|were|will always be|always is|always are|will be)? (so|way|all|just|always|clearly|obviously|much|far)? (so|much|far)? ${BETTER} than (me|i|myself)`,
      severity: 2,
    },
    {
      id: 'others-do-better',
      match: `${OTHERS} .{0,5} (better|more|further|faster|smarter) than (me|i|myself)`,
      severity: 2,
    },
    {
      id: 'i-am-inferior',
      match: `i (am|feel|felt|will always be|have always been) (so|just|completely|totally|always)? (inferior|less than|second best|second rate|second-rate|the least)`,
      severity: 2,
    },
    {
      id: 'why-cant-i-be-like',
      match: `why (can not|cannot|can not|could not|could not|am not|can i not|can not i|do not|do not) i (just)? (be|be more|act|look|live|have|do|think|feel) (like|as|normal|more like)`,
      severity: 2,
      negationIsPart: true,
      questionIsPart: true,
    },
    {
      id: 'only-one-who-cant',
      match: `i (am|am|feel like|seem to be) (the only one|the only person|the only one here|the only one of my friends|the only person in the room) (who|that) (can not|cannot|can not|does not|does not|is not|is not|has not|has not|never|still|did not|did not|is still|struggles|fails|failed)`,
      severity: 2,
      negationIsPart: true,
    },
    {
      id: 'everyone-else-has',
      match: `(everyone|everybody|all my friends|my friends|people my age|everyone i know) (else)? (has|have|seem to have|seems to have|is|are|can|gets|got|managed|manages|figured|knows|know) (it|their life|their lives|life|everything|things|someone|a partner|partners|a boyfriend|a girlfriend|friends|a job|jobs|a career|kids|married|together|figured|sorted|happy|moving|out|their shit) .{0,4} (except|but) (me|myself)`,
      severity: 2,
    },
    {
      id: 'never-be-as-good-as',
      match: `i (will never be|am not|am never|could never be|can never be|was never) (as|half as|nearly as) (good|smart|pretty|successful|talented|clever|attractive|funny|kind|strong|fast|confident|happy|good-looking|put together|accomplished) as`,
      severity: 2,
      negationIsPart: true,
    },
    {
      id: 'compared-to-them',
      match: `(compared to|next to|beside|unlike) ${OTHERS} i (am|am|look|feel|seem) (like)? (a|an|so|such|just|nothing|worthless|a failure|pathetic|stupid|useless|behind|a loser|ugly)`,
      severity: 2,
    },
    {
      id: 'behind-everyone',
      match: `i (am|am|feel|feel so|am so) (way|so far|years|so)? (behind|worse|less successful|less capable) (in life|at life|in everything)? (than|compared to)? ${OTHERS}`,
      severity: 2,
    },
    {
      id: 'worse-than-everyone',
      match: `i (am|am|feel) (so much|way|just|even)? (worse|dumber|uglier|less talented|less smart|less attractive|less capable|slower|weaker) than (everyone|everybody|all|the others|other people|my)`,
      severity: 2,
    },
  ],
  examples: {
    flag: [
      'Everyone else is so much better than me.',
      'why cant I be normal like them',
      "I'm the only one who can't keep up in class.",
      'All my friends have partners except me.',
      "I'll never be as smart as my sister.",
      'Compared to my classmates, I am a total failure.',
      "I'm so far behind everyone my age.",
      "I'm worse than everyone at this game.",
    ],
    pass: [
      'Everyone is better than me at karaoke, and that is okay.',
      'She is taller than me.',
      'We are better than we were last year.',
      'Why can’t I find my charger?',
      'Everyone else has left the party except me and Sam.',
      'I am the only one who knows the wifi password.',
      'Compared to last year, I feel calmer.',
      "I'm behind on laundry this week.",
      'He is better than his brother at tennis.',
    ],
  },
};
