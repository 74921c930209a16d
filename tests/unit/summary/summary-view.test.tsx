import { cleanup, render, screen, within } from '@testing-library/preact';
import { afterEach, describe, expect, test } from 'vitest';
import { SummaryView } from '../../../components/summary/SummaryView';
import {
  compareChartData,
  dayChartData,
  trapChartData,
} from '../../../components/summary/chart-data';
import { describeChart } from '../../../components/charts/types';
import type { StatsHistory } from '../../../lib/stats/buckets';
import { computeWeeklySummary } from '../../../lib/stats/summary';

// Thursday 19 November 2026, noon UTC: the week runs Monday 16 to Sunday 22.
afterEach(cleanup);

const NOW = Date.UTC(2026, 10, 19, 12);
const summaryOf = (history: StatsHistory) =>
  computeWeeklySummary(history, { now: NOW, timeZone: 'UTC' });

const day = (harsh: number, kind: number, byCategory: StatsHistory[string]['byCategory'] = {}) => ({
  counts: { harsh, kind, used: 1 },
  byCategory,
});

const regular: StatsHistory = {
  '2026-11-09': day(5, 1, { should: { harsh: 5 } }),
  '2026-11-16': day(2, 3, { labeling: { harsh: 2 } }),
  '2026-11-18': day(4, 1, { comparison: { harsh: 3 }, labeling: { harsh: 1 } }),
};

describe('SummaryView', () => {
  test('empty: a warm note and the way into practice, no charts', () => {
    render(<SummaryView summary={summaryOf({})} />);
    expect(screen.getByRole('heading', { name: 'Nothing to show yet' })).toBeTruthy();
    expect(screen.queryAllByRole('img')).toHaveLength(0);
    expect(
      screen.getByRole('link', { name: 'Open the practice exercises' }).getAttribute('href'),
    ).toBe('/practice.html');
    expect(screen.queryByRole('heading', { name: 'Something to try' })).toBeNull();
  });

  test('first week: charts for this week, and a promise of the comparison', () => {
    render(
      <SummaryView summary={summaryOf({ '2026-11-17': day(2, 1, { should: { harsh: 2 } }) })} />,
    );
    expect(screen.getAllByRole('img')).toHaveLength(2);
    expect(
      screen.getByText('Next week you will see this week next to the one before.'),
    ).toBeTruthy();
  });

  test('regular week: three charts, each with a table, and the suggestion for the top trap', () => {
    render(<SummaryView summary={summaryOf(regular)} />);
    const charts = screen.getAllByRole('img');
    expect(charts).toHaveLength(3);
    expect(screen.getAllByRole('table')).toHaveLength(3);
    const days = screen.getByRole('table', { name: 'Harsh and kind self-talk, day by day' });
    const rows = within(days).getAllByRole('row');
    // Header row, then Monday to Sunday; days after Thursday are "not yet".
    expect(rows).toHaveLength(8);
    expect(
      within(rows[1]!)
        .getAllByRole('cell')
        .map((cell) => cell.textContent),
    ).toEqual(['2', '3']);
    expect(
      within(rows[7]!)
        .getAllByRole('cell')
        .map((cell) => cell.textContent),
    ).toEqual(['not yet', 'not yet']);
    const suggestion = screen.getByRole('region', { name: 'Something to try' });
    expect(suggestion.textContent).toContain('Name-calling');
    expect(within(suggestion).getByRole('link').getAttribute('href')).toBe('/practice.html#letter');
  });

  test('a drills suggestion opens the drills focused on that trap', () => {
    render(
      <SummaryView
        summary={summaryOf({ ...regular, '2026-11-19': day(9, 0, { should: { harsh: 9 } }) })}
      />,
    );
    const suggestion = screen.getByRole('region', { name: 'Something to try' });
    expect(within(suggestion).getByRole('link').getAttribute('href')).toBe(
      '/practice.html#drills&trap=should',
    );
  });
});

describe('chart data', () => {
  const summary = summaryOf(regular);

  test('days: harsh is hatched, kind is solid, future days are muted', () => {
    const data = dayChartData(summary.thisWeek, { harsh: 'harsh', kind: 'kind' }, (d) => d);
    expect(data.series.map((s) => [s.key, s.look])).toEqual([
      ['harsh', 'hatched'],
      ['kind', 'solid'],
    ]);
    expect(data.series[0]!.values).toEqual([2, 0, 4, 0, 0, 0, 0]);
    expect(data.groups.map((g) => Boolean(g.muted))).toEqual([
      false,
      false,
      false,
      false,
      true,
      true,
      true,
    ]);
    expect(describeChart('Days', data)).toBe(
      'Days. 2026-11-16: 2 harsh, 3 kind; 2026-11-17: 0 harsh, 0 kind; 2026-11-18: 4 harsh, 1 kind; 2026-11-19: 0 harsh, 0 kind.',
    );
  });

  test('traps: most frequent first, only traps seen', () => {
    const data = trapChartData(summary.thisWeek, 'times', (c) => c);
    expect(data.groups.map((g) => g.label)).toEqual(['labeling', 'comparison']);
    expect(data.series[0]!.values).toEqual([3, 3]);
  });

  test('comparison: last week outlined, this week solid', () => {
    const data = compareChartData(summary.thisWeek, summary.lastWeek, {
      thisWeek: 'this',
      lastWeek: 'last',
      harsh: 'h',
      kind: 'k',
      used: 'u',
      exercises: 'e',
    });
    expect(data.series.map((s) => [s.label, s.values])).toEqual([
      ['last', [5, 1, 1, 0]],
      ['this', [6, 4, 2, 0]],
    ]);
  });
});
