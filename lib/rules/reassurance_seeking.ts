import type { RuleFile } from './types';

const BURDEN =
  '(annoying|a burden|too much|needy|clingy|a pain|a bother|a nuisance|dramatic|a mess|whiny|boring|exhausting|a drag|a downer|a lot|difficult|a hassle|irritating|in the way|an inconvenience|a baby|sensitive)';

export const reassurance_seeking: RuleFile = {
  category: 'reassurance_seeking',
  explanation:
    'This apologises for simply being you and casts you as a burden, when needing people and taking up space is part of being human.',
  patterns: [
    {
      id: 'sorry-for-being',
      match: `(sorry|i apologize|i apologise|apologies) (for|about|that) (being|i am|me being|my|always|just)? (so|such|a|an|this|too|always|just|being)? ${BURDEN}`,
      severity: 2,
      selfImplied: true,
    },
    {
      // Apologising for taking up room at all; "sorry for my error" is only polite.
      id: 'sorry-for-taking-up-room',
      match: `(sorry|i apologize|i apologise|apologies) (for|about) (existing|bothering|annoying|dumping|rambling|venting|unloading|taking up)`,
      severity: 2,
      selfImplied: true,
    },
    {
      id: 'sorry-i-am',
      match: `(sorry|i am sorry|i apologize|i apologise) (that)? i am (so|such|this|always|just){0,2} ${BURDEN}`,
      severity: 2,
      selfImplied: true,
    },
    {
      id: 'i-know-i-am-annoying',
      match: `i know (that)? i (am|was|have been|can be) (so|such|just|really|being|too|a bit|kind of)? ${BURDEN}`,
      severity: 2,
    },
    {
      id: 'i-am-a-burden',
      match: `i (am|am|feel like|was|have always been|will always be) (such|so|just|only|always|really|nothing but)? (a burden|too much|a bother|a nuisance|an inconvenience|so needy|so clingy|so annoying|a drag|a downer|too needy|too clingy|too sensitive|too dramatic|too annoying|exhausting|too much work|high maintenance) (to|for|on)? (anyone|everyone|you|them|people|him|her|everybody)?`,
      severity: 2,
    },
    {
      id: 'in-the-way',
      match: `(being|i am|i feel|i was|i am always|i am just) (always|just|constantly)? (in the way|in everyone's way|a third wheel|the annoying one|the problem friend)`,
      severity: 2,
    },
    {
      id: 'am-i-too-much',
      match: `am i (being)? (too|so|such|a|an|just|really)? ${BURDEN}`,
      severity: 2,
      questionIsPart: true,
    },
    {
      id: 'do-you-hate-me',
      match: `(do|does|did) (you|everyone|everybody|they|he|she) (still)? (hate|resent) me`,
      severity: 2,
      questionIsPart: true,
    },
    {
      id: 'are-you-sick-of-me',
      match: `(are|is) (you|everyone|they|he|she) (mad at|angry with|annoyed with|sick of|tired of|fed up with|done with) me`,
      severity: 2,
      questionIsPart: true,
    },
    {
      id: 'sorry-for-existing',
      match: `sorry (for|i am|i am) (existing|alive|even here|even bothering|even asking|taking up your time|wasting your time)`,
      severity: 3,
      selfImplied: true,
    },
    {
      id: 'sure-you-are-not-mad',
      match: `are you sure you are not (mad|angry|upset|annoyed|disappointed|fed up) (at|with|in) me`,
      severity: 2,
      negationIsPart: true,
      questionIsPart: true,
    },
    {
      id: 'do-you-still-love-me',
      match: `(do|does) (you|he|she|they) still (love|like|want|care about|need) me`,
      severity: 1,
      questionIsPart: true,
    },
    {
      id: 'i-am-annoying-sorry',
      match: `i am (so|really|just|such|being|too)? ${BURDEN} (sorry|i am sorry|i am so sorry)`,
      severity: 2,
    },
  ],
  examples: {
    flag: [
      "ugh I'm so annoying, I'm sorry",
      "are you sure you're not mad at me?",
      "Sorry, I know I'm so annoying.",
      "I'm sorry for being such a burden.",
      "I'm too much for anyone to handle.",
      'Am I being too needy?',
      'Do you hate me now?',
      'sorry for existing lol',
      'I feel like a burden to my family.',
      'Are you sick of me yet?',
    ],
    pass: [
      "I'm so tired, sorry for the late reply.",
      "Are you sure you're not tired after the drive?",
      'Sorry I am late, the bus broke down.',
      "I'm sorry for your loss.",
      'Sorry, wrong number!',
      'That ad is so annoying.',
      'Am I too late to sign up?',
      'Do you have the keys?',
      'I know I can ask you for help.',
      'Are you mad at the weather too?',
    ],
  },
};
