import { useEffect, useState } from 'preact/hooks';
import { t } from '../../lib/i18n';
import type { StatsHistory } from '../../lib/stats/buckets';
import { computeWeeklySummary, type WeeklySummary } from '../../lib/stats/summary';
import { computeTrend, type Trend } from '../../lib/stats/trend';
import { readStats, watchStats } from '../../lib/storage/stats';
import { Page } from '../ui';
import { SummaryView } from './SummaryView';

export interface SummaryAppProps {
  /** The clock; tests pin it. */
  now?: () => number;
}

/** The weekly summary page: reads the stored counts, computes the week, and follows changes live. */
export function SummaryApp({ now = Date.now }: SummaryAppProps) {
  const [summary, setSummary] = useState<WeeklySummary | null>(null);
  const [trend, setTrend] = useState<Trend | null>(null);
  useEffect(() => {
    let live = true;
    const show = (history: StatsHistory) => {
      if (!live) return;
      const at = now();
      setSummary(computeWeeklySummary(history, { now: at }));
      setTrend(computeTrend(history, { now: at }));
    };
    void readStats().then(show);
    const unwatch = watchStats(show);
    return () => {
      live = false;
      unwatch();
    };
  }, [now]);
  return (
    <Page title={t('summary_page_title')}>
      {summary ? (
        <SummaryView summary={summary} trend={trend} />
      ) : (
        <p role="status" class="sk-muted">
          {t('summary_page_loading')}
        </p>
      )}
    </Page>
  );
}
