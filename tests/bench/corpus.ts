/** Deterministic generated prose for the benchmark: varied ordinary sentences with some harsh ones sprinkled in. */

import { mulberry32 } from '../../lib/random/mulberry32';

export { mulberry32 };

const SUBJECTS = [
  'The committee',
  'My neighbour',
  'Our team',
  'The old bridge',
  'She',
  'He',
  'They',
  'The weather',
  'The new café',
  'My sister',
  'The report',
  'I',
  'We',
  'The train',
  'The garden',
];
const VERBS = [
  'finished',
  'reviewed',
  'crossed',
  'painted',
  'delayed',
  'opened',
  'described',
  'improved',
  'visited',
  'cleaned',
  'planned',
  'changed',
  'explained',
  'moved',
  'borrowed',
];
const OBJECTS = [
  'the quarterly figures',
  'a small blue boat',
  'the kitchen window',
  'three long chapters',
  'the morning meeting',
  'an old photograph',
  'the recipe for soup',
  'the hiking route',
  'a borrowed umbrella',
  'the budget for spring',
  'the parking rules',
  'a jar of honey',
  'the school play',
  'the broken fence',
  'our holiday plans',
];
const TAILS = [
  'before lunch',
  'after a long week',
  'with some help',
  'in the rain',
  'without much fuss',
  'for the second time',
  'on Tuesday',
  'near the station',
  'as expected',
  'just in time',
  'at the weekend',
  'despite the noise',
  'by the river',
  'in a hurry',
  'with great care',
];
const EXTRAS = [
  'I think it went well overall.',
  'I made tea and read for a while.',
  'The film was long but the music was lovely.',
  'I always take the bus on Mondays.',
  'Honestly, the plot was a mess and the ending was stupid.',
  'My brother said the match was boring.',
  'I should call the dentist tomorrow.',
  'Everyone liked the cake, which was nice.',
  'I feel tired but happy today.',
  'Nothing beats a quiet evening at home.',
];
const HARSH = [
  "I'm such an idiot for forgetting the keys again.",
  'I always ruin everything I touch.',
  'I should have known better than to trust that plan.',
  "It's all my fault that we missed the train.",
  'Everyone thinks I am pathetic.',
  'I hate myself for saying that.',
  "I'm going to fail the interview and they will see I'm a fraud.",
  'Everyone else is so much better than me.',
];

/** A document of about `words` words; roughly one sentence in forty is harsh self-talk. */
/** `harshShare`: the share of sentences that are harsh self-talk (default 2.5%, the bench's calm text). */
export function generateDocument(words: number, seed = 42, harshShare = 0.025): string {
  const rand = mulberry32(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rand() * list.length)]!;
  const sentences: string[] = [];
  let count = 0;
  while (count < words) {
    const r = rand();
    let s: string;
    if (r < harshShare) s = pick(HARSH);
    else if (r < harshShare + 0.175) s = pick(EXTRAS);
    else s = `${pick(SUBJECTS)} ${pick(VERBS)} ${pick(OBJECTS)} ${pick(TAILS)}.`;
    sentences.push(s);
    count += s.split(/\s+/).length;
    if (rand() < 0.08) sentences.push('\n\n');
  }
  return sentences.join(' ').replace(/ \n\n /g, '\n\n');
}

export const wordCount = (text: string): number => text.split(/\s+/).filter(Boolean).length;
