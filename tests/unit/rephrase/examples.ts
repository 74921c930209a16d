/**
 * Our own example findings for the rephrase tests: a sentence, the flagged words in it, and the
 * topic words every finding's suggestions should keep. Written for these tests, not taken from
 * the evaluation set.
 */
import type { CategoryId } from '../../../lib/engine/types';
import type { RephraseInput } from '../../../lib/rephrase';

export interface RephraseExample {
  category: CategoryId;
  sentence: string;
  /** The flagged words; the first occurrence in `sentence` is used. */
  flagged: string;
  /** Words from the sentence that at least one suggestion must repeat. */
  keeps: string[];
}

export const EXAMPLES: readonly RephraseExample[] = [
  {
    category: 'labeling',
    sentence: "I'm such an idiot for forgetting the dentist appointment.",
    flagged: "I'm such an idiot",
    keeps: ['forgot', 'dentist appointment'],
  },
  {
    category: 'labeling',
    sentence: "I'm so dumb for leaving my umbrella on the train.",
    flagged: 'dumb',
    keeps: ['left my umbrella on the train'],
  },
  { category: 'labeling', sentence: 'ugh im such a loser', flagged: 'im such a loser', keeps: [] },
  {
    category: 'labeling',
    sentence: "I'm a clown for not texting Priya back.",
    flagged: 'a clown',
    keeps: ["didn't text Priya back"],
  },
  {
    category: 'labeling',
    sentence: "I'm hopeless at parallel parking.",
    flagged: 'hopeless',
    keeps: ['parallel parking'],
  },
  {
    category: 'labeling',
    sentence: 'My roommate probably thinks I am a slob.',
    flagged: 'I am a slob',
    keeps: ['my roommate'],
  },
  {
    category: 'overgeneralizing',
    sentence: 'I always burn the rice.',
    flagged: 'I always burn the rice',
    keeps: [],
  },
  {
    category: 'overgeneralizing',
    sentence: 'Nothing ever works out for me, I bombed the interview.',
    flagged: 'Nothing ever works out for me',
    keeps: ['the interview'],
  },
  {
    category: 'should',
    sentence: 'I should have called my grandma on her birthday.',
    flagged: 'should have',
    keeps: ['called my grandma on her birthday'],
  },
  {
    category: 'should',
    sentence: 'I should be able to cook dinner without help.',
    flagged: 'I should be able to cook dinner without help',
    keeps: ['cook dinner without help'],
  },
  {
    category: 'should',
    sentence: "I shouldn't have sent that email.",
    flagged: "shouldn't have",
    keeps: ['sent that email'],
  },
  {
    category: 'self_blame',
    sentence: "It's all my fault our team missed the deadline.",
    flagged: "It's all my fault",
    keeps: ['our team missed the deadline'],
  },
  {
    category: 'self_blame',
    sentence: 'I ruined the picnic for everyone.',
    flagged: 'I ruined the picnic for everyone',
    keeps: ['the picnic'],
  },
  {
    category: 'catastrophizing',
    sentence: "I'm going to bomb the job interview and never work again.",
    flagged: 'never work again',
    keeps: ['the job interview'],
  },
  {
    category: 'catastrophizing',
    sentence: 'If I lose this client my whole career is over.',
    flagged: 'my whole career is over',
    keeps: ['this client'],
  },
  {
    category: 'mind_reading',
    sentence: 'My roommate probably thinks I am a slob.',
    flagged: 'My roommate probably thinks I am a slob',
    keeps: ['my roommate'],
  },
  {
    category: 'mind_reading',
    sentence: 'they must all think im boring',
    flagged: 'they must all think im boring',
    keeps: ['they'],
  },
  {
    category: 'all_or_nothing',
    sentence: "If I can't finish the whole quilt this weekend, it's pointless.",
    flagged: "it's pointless",
    keeps: ['the quilt'],
  },
  {
    category: 'all_or_nothing',
    sentence: 'I missed one workout so my training plan is ruined.',
    flagged: 'my training plan is ruined',
    keeps: [],
  },
  {
    category: 'discounting_positive',
    sentence: 'I only got the promotion because nobody else applied.',
    flagged: 'I only got the promotion',
    keeps: ['got the promotion'],
  },
  {
    category: 'discounting_positive',
    sentence: 'I finished the half marathon but anyone could do that.',
    flagged: 'anyone could do that',
    keeps: ['finished the half marathon'],
  },
  {
    category: 'self_contempt',
    sentence: 'I hate myself for snapping at my partner.',
    flagged: 'I hate myself',
    keeps: ['snapped at my partner'],
  },
  {
    category: 'self_contempt',
    sentence: "I'm disgusted with myself.",
    flagged: "I'm disgusted with myself",
    keeps: [],
  },
  {
    category: 'comparison',
    sentence: 'My cousin is way more successful than me.',
    flagged: 'way more successful than me',
    keeps: ['my cousin'],
  },
  {
    category: 'comparison',
    sentence: 'I will never be as fit as Marco.',
    flagged: 'I will never be as fit as Marco',
    keeps: ['Marco'],
  },
  {
    category: 'reassurance_seeking',
    sentence: "Sorry for the giant rant, I know I'm annoying.",
    flagged: "I know I'm annoying",
    keeps: ['rant'],
  },
  {
    category: 'reassurance_seeking',
    sentence: 'Are you mad at me? Please tell me we are okay.',
    flagged: 'Are you mad at me?',
    keeps: [],
  },
  {
    category: 'need_suppression',
    sentence: "I don't need anyone's advice.",
    flagged: "I don't need anyone's advice",
    keeps: ['advice'],
  },
  {
    category: 'need_suppression',
    sentence: "It's fine, my feelings don't matter anyway.",
    flagged: "my feelings don't matter",
    keeps: [],
  },
];

export function inputFor(example: RephraseExample, variant = 0): RephraseInput {
  const spanStart = example.sentence.indexOf(example.flagged);
  if (spanStart === -1) throw new Error(`flagged words not in sentence: ${example.flagged}`);
  return {
    category: example.category,
    sentence: example.sentence,
    spanStart,
    spanEnd: spanStart + example.flagged.length,
    variant,
  };
}
