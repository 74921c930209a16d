import type { RuleFile } from './types';

export const kind: RuleFile = {
  category: 'kind',
  explanation: 'This is a kind way of speaking to yourself, the way a good friend would.',
  patterns: [
    {
      id: 'did-my-best',
      match: `i (did|am doing|am doing|tried|try|gave it|will do|always do|do) (my|the) (very)? best`,
      severity: 1,
    },
    {
      id: 'okay-to',
      match: `(it is|it is|its|it was) (okay|ok|alright|fine|normal|human|understandable|natural|allowed) (to|that i|if i) (make|made|feel|felt|not|be|struggle|fail|rest|cry|ask|need|mess|take|slow|have|get|say|change|start|learn|grieve)`,
      severity: 1,
      selfImplied: true,
    },
    {
      id: 'proud-of-myself',
      match: `i (am|am|feel|felt|was) (so|really|actually|quietly|genuinely|kind of|a little)? proud of (myself|me|how i|what i|the way i|my)`,
      severity: 1,
    },
    {
      id: 'everyone-makes-mistakes',
      match: `(everyone|everybody|we all|all of us|people|humans) (makes|make|has|have) (mistakes|bad days|off days|setbacks|them)`,
      severity: 1,
      selfImplied: true,
    },
    {
      id: 'still-learning',
      match: `i (am|am) (still)? (learning|growing|a work in progress|getting there|getting better|improving|new at this|allowed to learn)`,
      severity: 1,
    },
    {
      id: 'forgive-myself',
      match: `i (forgive|can forgive|am forgiving|am learning to forgive|choose to forgive) myself`,
      severity: 1,
    },
    {
      id: 'i-deserve-good',
      match: `i (deserve|deserved|am worthy of|am allowed) (rest|a rest|kindness|a break|love|care|to rest|to be happy|to be loved|compassion|patience|good things|to feel|to take|time|to make mistakes|help|some rest|a day off)`,
      severity: 1,
    },
    {
      id: 'gentle-with-myself',
      match: `(be|being|am being|try to be|trying to be|going to be|will be|will be) (gentle|kind|patient|easy|easier|nice|kinder|softer) (with|to|on) myself`,
      severity: 1,
    },
    {
      id: 'i-am-enough',
      match: `i (am|am) (enough|worthy|good enough|only human|human|doing okay|doing fine|doing alright|doing well)`,
      severity: 1,
    },
    {
      id: 'does-not-define-me',
      match: `(one|this|a|that|my) (bad|single|little|stupid|low|poor)? (mistake|day|setback|grade|failure|result|moment|exam|test|score|mark|review|rejection) (does not|will not|can not) (define|decide|determine) (me|who i am|my worth)`,
      severity: 1,
      negationIsPart: true,
      selfImplied: true,
    },
    {
      id: 'can-try-again',
      match: `i (can|will|will|get to) (try again|learn from this|learn from it|learn from that|do better next time|keep going|start again|try tomorrow)`,
      severity: 1,
    },
  ],
  examples: {
    flag: [
      'I did my best, and that counts.',
      "It's okay to make mistakes.",
      "I'm proud of myself for trying.",
      'Everyone makes mistakes, me included.',
      "I'm still learning how to do this.",
      'I forgive myself for snapping yesterday.',
      'I deserve a rest after this week.',
      "I'm trying to be gentle with myself today.",
      "One bad grade doesn't define me.",
    ],
    pass: [
      'The best pizza in town is two streets away.',
      'It is okay, the food was cold though.',
      "I'm not proud of how I reacted.",
      'He is still learning to drive.',
      'They deserve a rest.',
      "I'm not enough for this job.",
      'Be gentle with the glasses when you wash them.',
      'She made mistakes in the report.',
    ],
  },
};
