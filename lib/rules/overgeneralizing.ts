import type { RuleFile } from './types';
import { alt } from './lexicon';
import { MESS_UP_VERB_FORMS } from '../language/en/self-talk-words';

const FAIL = alt(MESS_UP_VERB_FORMS);
const ALWAYS =
  '(always|constantly|continually|forever|keep|kept|only ever|just keep|literally always|still)';
const ALL =
  '(everything|everyone|everybody|every thing|it all|all of it|every single thing|every relationship|every chance|every opportunity|every time)';

export const overgeneralizing: RuleFile = {
  category: 'overgeneralizing',
  explanation:
    'This turns one hard moment into "always" or "never", which makes a single slip feel like the whole story of you.',
  patterns: [
    { id: 'always-fail', match: `i ${ALWAYS} ${FAIL}`, severity: 2 },
    {
      id: 'am-always-failing',
      match: `i am (always|constantly|forever|just always|still) ${FAIL}`,
      severity: 2,
    },
    {
      id: 'fail-everything',
      match: `i (just|always|constantly|literally|only|still)? ${FAIL} ${ALL}`,
      severity: 2,
    },
    {
      id: 'fail-everything-up',
      match: `i (always|just)? (mess|messes|messed|screw|screwed|fuck|fucked) ${ALL} up`,
      severity: 2,
    },
    {
      id: 'never-do-anything-right',
      match: `i (never|can not|cannot|could not|do not|did not|have never) (ever)? (do|did|done|get|got|say|said|make|made) (anything|a thing|one thing|something|things|it) (right|correctly|properly|well)`,
      severity: 2,
      negationIsPart: true,
    },
    {
      id: 'cant-do-anything',
      match: `i (can not|cannot|never) (ever)? (do|manage|handle|finish|get|commit to|stick to|stick with|follow through on|keep up with|focus on|hold down) (anything|a single thing|one thing|anything at all)`,
      severity: 2,
      negationIsPart: true,
    },
    {
      id: 'never-get-it-right',
      match: `i (never|can never|will never) (learn|get it right|succeed|get anything right|do it right|follow through|finish anything)`,
      severity: 2,
      negationIsPart: true,
    },
    {
      id: 'everything-i-do',
      match: `(everything|anything|whatever) i (do|touch|try|say|make|attempt) (is|turns|goes|ends|falls|fails|becomes|comes|gets|always|just){1,2} (out|up|to)? (wrong|bad|badly|shit|crap|apart|a disaster|a mess|worse|pointless|useless|failure|a failure)`,
      severity: 2,
    },
    {
      id: 'nothing-i-do',
      match: `nothing i (do|try|say|make) (is|will|ever|be){0,3} (right|good|enough|works|work|matters|helps|goes|turns)`,
      severity: 2,
      negationIsPart: true,
    },
    {
      id: 'bad-at-everything',
      match: `i (am|am) (so|just)? (bad|terrible|awful|useless|hopeless|crap|shit|rubbish) at (everything|anything|life|all of it|every single thing)`,
      severity: 2,
    },
    {
      id: 'not-good-at-anything',
      match: `i am (just|really|simply|honestly)? (not|never) (good|great|talented|smart) at (anything|everything|life|a single thing)`,
      severity: 2,
      negationIsPart: true,
    },
    {
      id: 'suck-at-everything',
      match: `i (suck|fail) at (everything|anything|life|all of it|every single thing)`,
      severity: 2,
    },
    {
      id: 'why-do-i-always',
      match: `why (do|does|did|can) i (always|never|keep|constantly) ${FAIL}`,
      severity: 2,
      negationIsPart: true,
    },
    {
      id: 'always-the-one',
      match: `i am always the (one|person) who (ruins|messes|screws|fucks|breaks|fails|lets)`,
      severity: 2,
    },
    {
      id: 'always-get-wrong',
      match: `i ${ALWAYS} (get|say|do) (it|everything|things|the wrong thing|stuff) (wrong|badly)?`,
      severity: 1,
    },
    {
      id: 'always-say-wrong-thing',
      match: `i ${ALWAYS} (say|do|pick|choose|make) the wrong (thing|thing|choice|decision|move)`,
      severity: 2,
    },
    {
      id: 'doing-things-wrong',
      match: `(doing|do|did|get|getting) (things|everything|it all|stuff) wrong`,
      severity: 2,
    },
    {
      id: 'nothing-works-out-for-me',
      match: `nothing (ever|really|good)? (works|worked|goes|went|turns|turned|comes|came) (out|right|well|my way|together) (for|with)? me`,
      severity: 2,
    },
    {
      id: 'always-happens-to-me',
      match: `(this|it|that|stuff like this|things like this|bad stuff|bad things) (always|only ever|every time|every single time) (happens|happen) to me`,
      severity: 1,
    },
    {
      id: 'always-the-one-left-out',
      match: `i am always the (one|person|friend) who (gets|is|was) (left out|forgotten|ignored|blamed|rejected|excluded|left behind|picked last|overlooked|dumped)`,
      severity: 2,
    },
  ],
  examples: {
    flag: [
      'nothing ever works out for me, so why try',
      "I'm always the one who gets left out of plans",
      "I'm not good at anything.",
      'I always mess everything up.',
      'i never do anything right',
      'I ruin everything I touch.',
      'I cant do anything right today 😩',
      'Everything I do turns out wrong.',
      'Why do I always screw this up?',
      "I'm terrible at everything.",
      'I keep failing at the simplest things.',
      'I always say the wrong thing at parties.',
      'Nothing I do is ever good enough.',
    ],
    pass: [
      'Nothing went wrong at the launch, which was a relief.',
      "I'm always the one who brings snacks to practice.",
      'I always take the bus to work.',
      'I never liked olives.',
      'He always ruins the mood.',
      'Everything went fine at the dentist.',
      'I love everything about this song.',
      'They never do anything right, those referees.',
      "I don't always get it right, and that's part of learning.",
      'I keep a notebook by the bed.',
      'Nothing beats a warm bath after a long day.',
      'I always forget which day the bins go out, so I set a reminder.',
    ],
  },
};
