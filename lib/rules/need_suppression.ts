import type { RuleFile } from './types';

export const need_suppression: RuleFile = {
  category: 'need_suppression',
  explanation:
    'This pushes your own needs and feelings aside as if they did not count, but they are real signals and they matter as much as anyone else’s.',
  patterns: [
    {
      id: 'my-feelings-dont-matter',
      match: `my (own)? (feelings|needs|opinions|opinion|problems|thoughts|emotions|wants|voice|pain|happiness|wellbeing|health|wishes) (do not|do not|does not|does not|never|will never|should not|should not|really do not) (really)? (matter|count|come first|mean anything|deserve)`,
      severity: 2,
      negationIsPart: true,
    },
    {
      id: 'needing-is-weak',
      match: `(needing|asking for|accepting|wanting|getting) (help|people|anyone|others|support|therapy|comfort|a hug) (is|makes me|means i am|means i am|would make me) (so|just|a)? (weak|pathetic|a weakness|a failure|needy|selfish|a burden|a sign of weakness)`,
      severity: 2,
      selfImplied: true,
    },
    {
      id: 'crying-is-weak',
      match: `(crying|showing emotion|showing my feelings|having feelings|feeling sad|being sad|being upset) (is|makes me|means i am|means i am) (so|just|a)? (weak|pathetic|a weakness|for the weak|a sign of weakness|childish|selfish)`,
      severity: 2,
      selfImplied: true,
    },
    {
      id: 'dont-need-anyone',
      match: `i (do not|do not|should not|should not|can not|cannot|can not|must not) (need|rely on|depend on|lean on|count on|ask for) (anyone|anybody|people|help|others|support|nobody|a shoulder)`,
      severity: 2,
      negationIsPart: true,
    },
    {
      id: 'shouldnt-complain',
      match: `i (should not|should not|have no right to|have no reason to|can not|cannot|can not|am not allowed to|must not|do not get to|do not get to) (complain|cry|be upset|be sad|feel sad|feel this|ask for help|ask for anything|need anything|need help|bother anyone|bother people|bother them|bother you|burden anyone|burden people|burden them|burden you|be tired|take a break|rest)`,
      severity: 2,
      negationIsPart: true,
    },
    {
      id: 'deal-with-it-alone',
      match: `i (have to|need to|should|must|will just|will just|just have to|just need to) (deal with|handle|fix|carry|hide|bottle up|keep|suck up|swallow|push down) (it|this|everything|my feelings|my problems|my emotions|it all|my pain) (alone|by myself|on my own|to myself|inside|quietly)`,
      severity: 2,
    },
    {
      id: 'others-first-always',
      match: `(everyone|everybody|other people|their needs|others) (else)? (always)? (comes|come|has to come|have to come|must come) (first|before me|before mine)`,
      severity: 2,
      selfImplied: true,
    },
    {
      id: 'must-be-strong',
      match: `i (have to|must|need to|always have to|always need to|should always) (be strong|keep it together|hold it together|not cry|never cry|never show|hide how i feel|hide my feelings|pretend i am fine|act fine|stay strong)`,
      severity: 2,
      negationIsPart: true,
    },
  ],
  examples: {
    flag: [
      "My feelings don't matter.",
      'Needing people is weak.',
      "i dont need anyone's help, asking for help is pathetic",
      "I shouldn't complain, other people have it worse.",
      'I have to deal with this alone.',
      'Everyone else comes first, always.',
      'I have to be strong and never cry in front of them.',
      'Crying makes me weak.',
      'I have no right to be upset about this.',
    ],
    pass: [
      'My feelings matter, and I said so.',
      'I need help moving the sofa on Saturday.',
      'Asking for help is a strength.',
      'I cried at the end of the film.',
      "I don't need anything from the shop, thanks.",
      'My opinion on the paint colour changed.',
      'I dealt with the landlord myself and it went fine.',
      'Safety comes first on the building site.',
      "It's okay to complain when something is unfair.",
    ],
  },
};
