import { readStats } from '../../lib/storage/stats';
import { computeWeeklySummary, type WeeklySummary } from '../../lib/stats/summary';
import { t } from '../../lib/i18n';

/** One line about the week: the summary's first sentence, or a calm "nothing yet". */
export function glanceLine(summary: Pick<WeeklySummary, 'state' | 'narrative'>): string {
  if (summary.state === 'empty') return t('popup_week_empty');
  const first = summary.narrative.match(/^.+?[.!?](?=\s|$)/)?.[0] ?? summary.narrative;
  return first.trim() || t('popup_week_empty');
}

export async function loadWeekGlance(now = Date.now()): Promise<string> {
  return glanceLine(computeWeeklySummary(await readStats(), { now }));
}
