import type { RuleFile } from './types';

const PEOPLE =
  '(everyone|everybody|them|you|him|her|us|people|my team|my family|my friends|my parents|my kids|my mom|my mum|my dad|my partner|my wife|my husband|my boss|my friend|the team|the whole team)';

export const self_blame: RuleFile = {
  category: 'self_blame',
  explanation:
    'This puts the whole weight of what happened on you, when most things have many causes, and some were never yours to carry.',
  patterns: [
    {
      id: 'my-fault',
      match: `(it|this|that|everything|it all|all this|all of this|all of it|what happened) (is|was|will be|has always been) (all|entirely|completely|totally|just|really)? my (own)? fault`,
      severity: 2,
    },
    { id: 'all-my-fault', match: `(all|entirely|completely|totally) my (own)? fault`, severity: 2 },
    {
      id: 'my-fault-that',
      match: `(it is|it was|its|it is) my fault (that|for|they|she|he|we|everything)`,
      severity: 2,
    },
    {
      id: 'blame-myself',
      match: `i (blame|blamed|keep blaming|can only blame|only blame) myself`,
      severity: 2,
    },
    {
      id: 'i-ruined-it',
      match: `i (ruined|ruin|wrecked|destroyed|spoiled|spoilt|screwed up|messed up|fucked up|sabotaged) (it|everything|things|our|their|the whole|everyone's|it for|his|her|the day|the night|the evening|the trip|the relationship|my relationship|my marriage|my family|my friendship|the party|christmas|the holiday)`,
      severity: 2,
    },
    {
      id: 'i-am-the-problem',
      match: `i (am|was|have always been|have been) (really|just|always|clearly|obviously)? the (problem|cause|issue|one to blame|common denominator|root of)`,
      severity: 2,
    },
    {
      id: 'i-am-the-reason',
      match: `i (am|was|have always been|have been) (really|just|always|clearly|obviously)? the (only)? reason (why|that)? (we|they|he|she|everyone|everybody|everything|things|nobody|people|it|my|our|his|her|their) .{0,2} (lost|failed|broke|fight|fought|left|argue|argued|ended|missed|cry|cried|suffer|suffered|struggle|struggled|split|divorced|hate|hates|hated|fell|went|can|could|never)`,
      severity: 2,
    },
    {
      id: 'i-am-to-blame',
      match: `i (am|was) (the one)? to blame`,
      severity: 2,
    },
    {
      id: 'i-am-responsible',
      match: `i (am|was) (the one)? responsible for (this|it|everything|all|what|how)`,
      severity: 2,
    },
    {
      id: 'because-of-me',
      match: `(all|only|just|it is|it was|this is|this happened|that happened|it happened|everything|it all) (because of|due to) me`,
      severity: 2,
    },
    {
      id: 'upset-because-of-me',
      match: `(he|she|they|everyone|everybody|mom|mum|dad|parents|partner|friend|friends|boss|family|wife|husband|boyfriend|girlfriend|teacher|kids) (is|are|was|were|got) (so|really)? (angry|mad|upset|sad|disappointed|hurt|stressed|annoyed|crying) (because of|due to) me`,
      severity: 2,
    },
    {
      id: 'went-wrong-because-of-me',
      match: `(lost|left|failed|ended|broke|cried|fought|suffered|hurt|died|fell|quit|gave|went|got|is|are|was|were) .{0,5} (because|due|thanks) (of|to) me`,
      severity: 2,
    },
    {
      id: 'let-everyone-down',
      match: `i (let|always let|keep letting|have let|have let) ${PEOPLE} down`,
      severity: 2,
    },
    {
      id: 'let-my-people-down',
      match: `i (let|always let|keep letting|have let) (my|our|the) .{0,2} (team|family|friends|parents|kids|children|partner|wife|husband|mom|mum|dad|class|group|boss|students|patients|friend|colleagues|coworkers|side) down`,
      severity: 2,
    },
    {
      id: 'made-it-worse',
      match: `i (made|make|always make|only made|just made) (it|everything|things|this|that|the situation) (so much|much|even)? worse`,
      severity: 2,
    },
    {
      id: 'drove-away',
      match: `i (drove|drive|pushed|push|chased|scared) (him|her|them|everyone|everybody|people|my friends|my family|my partner) away`,
      severity: 2,
    },
    {
      id: 'caused-all',
      match: `i (caused|cause|started|created) (this|all this|all of this|it all|everything|the whole thing|the problem|the fight|the mess)`,
      severity: 2,
    },
    {
      id: 'i-screwed-up',
      match: `i (screwed|messed|fucked|effed|stuffed|cocked|balled) (it|things|this|everything|that)? up`,
      severity: 2,
    },
    {
      id: 'i-failed-people',
      match: `i (failed|have failed|fail|let down|disappointed) (myself|everyone|everybody|my|our|you|them|him|her|us|the team|the company|the whole)`,
      severity: 2,
    },
    {
      id: 'made-it-awkward',
      match: `i (made|make|always make|just made) (this|it|things|everything|that|the conversation|the situation|the date|the meeting) (so|really|super|totally|completely|even more|more)? (awkward|weird|uncomfortable|a mess|worse|difficult|hard|bad|tense)`,
      severity: 2,
    },
    {
      id: 'letting-down',
      match: `i (was|am|keep|have been|kept) letting (her|him|them|everyone|everybody|you|people|my family|my team|my friends|my parents) down`,
      severity: 2,
    },
    {
      id: 'fine-if-i',
      match: `(he|she|they|everyone|we|it|things|everything) (would|will) (be|have been) (fine|okay|ok|better|happier|alright|better off) if (only)? i`,
      severity: 2,
      aboutOthersView: true,
    },
    {
      id: 'what-did-i-do',
      match: `(what|why) (did|have) i (do|done) to (foul|mess|screw|ruin|deserve|wreck|spoil|break)`,
      severity: 2,
      questionIsPart: true,
    },
    {
      id: 'why-did-i',
      match: `why (did|do|would|am) i (always)? (overreact|overact|act|react|say|do|ruin|mess|screw|freak|snap|panic|lash|behave) (like that|like this|that|this|so|out|up|again)`,
      severity: 2,
      questionIsPart: true,
    },
  ],
  examples: {
    flag: [
      'My mum was upset because of me again.',
      "It's all my fault.",
      'its all my fault they broke up',
      'I blame myself for the argument.',
      'I ruined the whole trip for everyone.',
      "I'm the reason we lost the client.",
      'We lost the match because of me.',
      'I let my whole team down today.',
      'I always make things worse when I try to help.',
      'I pushed everyone away.',
      "I'm the problem in every relationship.",
    ],
    pass: [
      "It's not my fault the train was late.",
      'It was nobody’s fault, really.',
      'She blames herself, and I wish she would not.',
      'The rain ruined our picnic.',
      'I am the reason the cake has sprinkles, you are welcome.',
      'I let the dog out before breakfast.',
      'Because of the storm, I stayed home.',
      "I'm responsible for the weekly newsletter at work.",
      "I don't blame myself for what happened anymore.",
      'My fault-finding boss was at it again.',
    ],
  },
};
