/** Shapes the weekly summary into chart data. Pure: labels come in as arguments. */
import type { WeekStats } from '../../lib/stats/summary';
import type { DayKey } from '../../lib/stats/days';
import type { CategoryId } from '../../lib/engine/types';
import type { ChartData } from '../charts/types';

export interface SeriesLabels {
  harsh: string;
  kind: string;
}

/** Harsh and kind self-talk per day; days still to come are muted. */
export function dayChartData(
  week: WeekStats,
  labels: SeriesLabels,
  dayLabel: (day: DayKey) => string,
): ChartData {
  return {
    groups: week.days.map((day) => ({ key: day.day, label: dayLabel(day.day), muted: day.future })),
    series: [
      {
        key: 'harsh',
        label: labels.harsh,
        values: week.days.map((day) => day.counts.harsh),
        look: 'hatched',
      },
      {
        key: 'kind',
        label: labels.kind,
        values: week.days.map((day) => day.counts.kind),
        look: 'solid',
      },
    ],
  };
}

/** Harsh self-talk by thinking trap, most frequent first; traps never seen this week are left out. */
export function trapChartData(
  week: WeekStats,
  seriesLabel: string,
  trapLabel: (category: CategoryId) => string,
): ChartData {
  const traps = week.categories.filter((entry) => entry.counts.harsh > 0);
  return {
    groups: traps.map((entry) => ({ key: entry.category, label: trapLabel(entry.category) })),
    series: [
      {
        key: 'harsh',
        label: seriesLabel,
        values: traps.map((entry) => entry.counts.harsh),
        look: 'solid',
      },
    ],
  };
}

export interface CompareLabels {
  thisWeek: string;
  lastWeek: string;
  harsh: string;
  kind: string;
  used: string;
  exercises: string;
}

/** This week against last, on the measures a person can act on. */
export function compareChartData(
  thisWeek: WeekStats,
  lastWeek: WeekStats,
  labels: CompareLabels,
): ChartData {
  const measures = [
    { key: 'harsh', label: labels.harsh, pick: (week: WeekStats) => week.totals.harsh },
    { key: 'kind', label: labels.kind, pick: (week: WeekStats) => week.totals.kind },
    { key: 'used', label: labels.used, pick: (week: WeekStats) => week.totals.used },
    {
      key: 'exercises',
      label: labels.exercises,
      pick: (week: WeekStats) => week.totals.exercise_finished,
    },
  ];
  return {
    groups: measures.map(({ key, label }) => ({ key, label })),
    series: [
      {
        key: 'last',
        label: labels.lastWeek,
        values: measures.map(({ pick }) => pick(lastWeek)),
        look: 'outline',
      },
      {
        key: 'this',
        label: labels.thisWeek,
        values: measures.map(({ pick }) => pick(thisWeek)),
        look: 'solid',
      },
    ],
  };
}
