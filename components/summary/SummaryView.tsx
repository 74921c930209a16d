import { browser } from 'wxt/browser';
import { practiceHash } from '../../lib/exercises/route';
import { t } from '../../lib/i18n';
import type { WeeklySummary } from '../../lib/stats/summary';
import type { Trend } from '../../lib/stats/trend';
import { categoryName } from '../analysis/labels';
import { BarChart } from '../charts/BarChart';
import { ColumnChart } from '../charts/ColumnChart';
import { EXERCISE_TITLE_KEYS } from '../practice/NotesList';
import { Button, ButtonLink, Card } from '../ui';
import { compareChartData, dayChartData, trapChartData } from './chart-data';
import { dateLabel, weekdayLabel } from './format';
import { TrendCard } from './TrendCard';

/**
 * The weekly summary: narrative, the trend over weeks (once there are two weeks of data), charts, and one exercise
 * to try. Pure view over computed data.
 */
export function SummaryView({ summary, trend }: { summary: WeeklySummary; trend?: Trend | null }) {
  const locale = browser.i18n.getUILanguage();
  const { thisWeek, lastWeek, state, topTrap } = summary;
  const range = t('summary_page_range', [
    dateLabel(thisWeek.start, locale),
    dateLabel(thisWeek.end, locale),
  ]);

  return (
    <>
      <p class="sm-range sk-muted">{range}</p>
      <Card
        as="section"
        id="summary-narrative"
        tone="soft"
        title={t('summary_page_narrative_title')}
      >
        <p class="sm-narrative">{summary.narrative}</p>
        <p class="sk-muted sk-small">{t('summary_page_privacy')}</p>
      </Card>

      {trend ? <TrendCard trend={trend} locale={locale} /> : null}

      {state === 'empty' ? (
        <Card as="section" id="summary-empty" title={t('summary_page_empty_title')}>
          <p>{t('summary_page_empty_body')}</p>
          <ButtonLink variant="primary" class="sk-no-print" href="/practice.html">
            {t('summary_page_practice_link')}
          </ButtonLink>
        </Card>
      ) : (
        <>
          <Card as="section" id="summary-days" title={t('summary_page_days_title')}>
            <ColumnChart
              title={t('summary_page_days_title')}
              groupHeader={t('summary_page_table_day')}
              mutedText={t('summary_page_future')}
              data={dayChartData(
                thisWeek,
                { harsh: t('summary_page_series_harsh'), kind: t('summary_page_series_kind') },
                (day) => weekdayLabel(day, locale),
              )}
            />
          </Card>

          <Card as="section" id="summary-traps" title={t('summary_page_traps_title')}>
            {thisWeek.categories.some((entry) => entry.counts.harsh > 0) ? (
              <BarChart
                title={t('summary_page_traps_title')}
                groupHeader={t('summary_page_table_trap')}
                data={trapChartData(thisWeek, t('summary_page_table_times'), categoryName)}
              />
            ) : (
              <p class="sk-muted">{t('summary_page_traps_empty')}</p>
            )}
          </Card>

          <Card as="section" id="summary-compare" title={t('summary_page_compare_title')}>
            {state === 'first_week' ? (
              <p class="sk-muted">{t('summary_page_compare_first_week')}</p>
            ) : (
              <BarChart
                title={t('summary_page_compare_title')}
                groupHeader={t('summary_page_table_measure')}
                data={compareChartData(thisWeek, lastWeek, {
                  thisWeek: t('summary_page_this_week'),
                  lastWeek: t('summary_page_last_week'),
                  harsh: t('summary_page_metric_harsh'),
                  kind: t('summary_page_metric_kind'),
                  used: t('summary_page_metric_used'),
                  exercises: t('summary_page_metric_exercises'),
                })}
              />
            )}
          </Card>
        </>
      )}

      {topTrap ? (
        <Card as="section" id="summary-suggest" tone="warm" title={t('summary_page_suggest_title')}>
          <p>{t('summary_page_suggest_body', categoryName(topTrap.category))}</p>
          <ButtonLink
            variant="primary"
            class="sk-no-print"
            href={`/practice.html${practiceHash({
              exercise: topTrap.exercise,
              trap: topTrap.exercise === 'drills' ? topTrap.category : undefined,
            })}`}
          >
            {t('summary_page_suggest_button', t(EXERCISE_TITLE_KEYS[topTrap.exercise]))}
          </ButtonLink>
        </Card>
      ) : null}

      {state === 'empty' ? null : (
        <div class="sm-actions sk-no-print">
          <Button onClick={() => window.print()}>{t('summary_page_print')}</Button>
        </div>
      )}
    </>
  );
}
