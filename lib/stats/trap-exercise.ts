/** Which practice exercise fits a thinking trap best. The summary suggests it for the week's most frequent trap. */
import type { CategoryId } from '../engine/types';
import type { ExerciseId } from '../storage/notes';

const EXERCISE_FOR_TRAP: Record<CategoryId, ExerciseId> = {
  // Attacks on the self: a letter in a friend's voice answers contempt with warmth.
  labeling: 'letter',
  self_contempt: 'letter',
  self_blame: 'letter',
  // Distorted reasoning: rephrasing drills practise the fair, specific version.
  overgeneralizing: 'drills',
  should: 'drills',
  all_or_nothing: 'drills',
  catastrophizing: 'drills',
  discounting_positive: 'drills',
  // Measuring oneself against others' minds or lives: a self-compassion break brings common humanity.
  mind_reading: 'break',
  comparison: 'break',
  // Attachment patterns have their own exercise.
  reassurance_seeking: 'patterns',
  need_suppression: 'patterns',
};

export function exerciseForTrap(category: CategoryId): ExerciseId {
  return EXERCISE_FOR_TRAP[category];
}
