/** Prints the part detector's precision and recall per part on our examples and on the kept-aside set. */
import { formatPartScores, scoreParts } from '../lib/exercises/part-scores';
import { PART_EXAMPLES } from '../tests/unit/practice/part-examples';
import { UNSEEN_PART_EXAMPLES } from '../tests/unit/practice/part-examples-unseen';

for (const [title, examples] of [
  ['Examples (tuned on)', PART_EXAMPLES],
  ['Unseen (kept aside)', UNSEEN_PART_EXAMPLES],
] as const) {
  const { scores, misses } = scoreParts(examples);
  console.log(formatPartScores(title, examples.length, scores));
  for (const miss of misses) {
    console.log(
      `  miss: ${JSON.stringify(miss.text)} expected [${miss.expected}] found [${miss.found}]`,
    );
  }
  console.log('');
}
