/**
 * The summary's few plain sentences: what changed and one thing to try. Warm by construction: it
 * never states how often the user was harsh, only directions of change and what they practised.
 */
import { t, type MessageKey } from '../i18n';
import type { ExerciseId } from '../storage/notes';
import type { SummaryState, WeekStats } from './week';

export interface NarrativeInput {
  state: SummaryState;
  kindShareChange: number | null;
  thisWeek: WeekStats;
  lastWeek: WeekStats;
  topExercise: ExerciseId | null;
}

interface Sentence {
  key: MessageKey;
  substitutions?: string[];
}

/** Below this change in the kind share, the week counts as "about the same". */
const STEADY_MARGIN = 0.05;

function changeSentence(change: number | null): Sentence[] {
  if (change === null) return [];
  if (change > STEADY_MARGIN) return [{ key: 'summary_narrative_kinder' }];
  if (change < -STEADY_MARGIN) return [{ key: 'summary_narrative_harder' }];
  return [{ key: 'summary_narrative_steady' }];
}

function practiceSentences(thisWeek: WeekStats, lastWeek: WeekStats | null): Sentence[] {
  const sentences: Sentence[] = [];
  if (thisWeek.totals.used > 0 && (!lastWeek || thisWeek.totals.used > lastWeek.totals.used)) {
    sentences.push({ key: 'summary_narrative_used_more' });
  }
  if (thisWeek.practiceDays > 0) {
    sentences.push({
      key: 'summary_narrative_practice_days',
      substitutions: [String(thisWeek.practiceDays)],
    });
  }
  return sentences;
}

/**
 * The closing suggestion. When the week has a top trap, the page's "Something to try" card already suggests its
 * exercise, so the narrative does not repeat it.
 */
function trySentence(exercise: ExerciseId | null): Sentence[] {
  return exercise ? [] : [{ key: 'summary_narrative_try_default' }];
}

function sentencesFor(input: NarrativeInput): Sentence[] {
  switch (input.state) {
    case 'empty':
      return [{ key: 'summary_narrative_empty' }];
    case 'quiet_week':
      return [{ key: 'summary_narrative_quiet' }, ...trySentence(null)];
    case 'first_week':
      return [
        { key: 'summary_narrative_first_week' },
        ...practiceSentences(input.thisWeek, null),
        ...trySentence(input.topExercise),
      ];
    case 'regular':
      return [
        ...changeSentence(input.kindShareChange),
        ...practiceSentences(input.thisWeek, input.lastWeek),
        ...trySentence(input.topExercise),
      ];
  }
}

export function buildNarrative(input: NarrativeInput): { keys: MessageKey[]; text: string } {
  const sentences = sentencesFor(input);
  return {
    keys: sentences.map((sentence) => sentence.key),
    text: sentences.map((sentence) => t(sentence.key, sentence.substitutions)).join(' '),
  };
}
