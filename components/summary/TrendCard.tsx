import { t } from '../../lib/i18n';
import { weeksSpanned, type Trend } from '../../lib/stats/trend';
import { TrendChart } from '../charts/TrendChart';
import { Card } from '../ui';
import { dateLabel } from './format';

/** The last 4 to 12 weeks at a glance: directions of change in words, small lines, and a table. */
export function TrendCard({ trend, locale }: { trend: Trend; locale?: string }) {
  const weeks = weeksSpanned(trend);
  const title = t('summary_trend_title', String(weeks));
  const percent = (value: number) => `${Math.round(value)}%`;
  return (
    <Card as="section" id="summary-trend" title={title}>
      <p class="sm-trend-narrative">{trend.narrativeKeys.map((key) => t(key)).join(' ')}</p>
      <TrendChart
        title={title}
        groupHeader={t('summary_trend_table_week')}
        emptyText={t('summary_trend_no_data')}
        latestText={(value) => t('summary_trend_latest', value)}
        groups={trend.weeks.map((week) => dateLabel(week.start, locale))}
        lines={[
          {
            key: 'balance',
            label: t('summary_trend_series_balance'),
            values: trend.weeks.map((week) =>
              week.kindShare === null ? null : week.kindShare * 100,
            ),
            format: percent,
            max: 100,
          },
          {
            key: 'used',
            label: t('summary_trend_series_used'),
            values: trend.weeks.map((week) => (week.hasData ? week.used : null)),
          },
          {
            key: 'practice',
            label: t('summary_trend_series_practice'),
            values: trend.weeks.map((week) => (week.hasData ? week.practiceDays : null)),
            max: 7,
          },
        ]}
      />
    </Card>
  );
}
