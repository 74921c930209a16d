import { cleanup, render, screen, within } from '@testing-library/preact';
import { afterEach, describe, expect, test } from 'vitest';
import { SummaryView } from '../../../components/summary/SummaryView';
import type { StatsHistory } from '../../../lib/stats/buckets';
import { addDays } from '../../../lib/stats/days';
import { computeWeeklySummary } from '../../../lib/stats/summary';
import { computeTrend } from '../../../lib/stats/trend';

afterEach(cleanup);

// Thursday 19 November 2026, noon UTC: this week runs Monday 16 to Sunday 22.
const NOW = Date.UTC(2026, 10, 19, 12);
const options = { now: NOW, timeZone: 'UTC' };

/** `count` weeks of data ending this week, getting kinder week by week. */
function history(count: number): StatsHistory {
  const result: StatsHistory = {};
  for (let weeksAgo = 0; weeksAgo < count; weeksAgo++) {
    const step = count - weeksAgo;
    result[addDays('2026-11-17', -7 * weeksAgo)] = {
      counts: { kind: step, harsh: 3, used: step > 2 ? 1 : 0, exercise_finished: 1 },
      byCategory: { should: { harsh: 3 } },
    };
  }
  return result;
}

function renderWeeks(count: number) {
  const data = history(count);
  render(
    <SummaryView
      summary={computeWeeklySummary(data, options)}
      trend={computeTrend(data, options)}
    />,
  );
}

describe('the summary over weeks', () => {
  test('one week of data: no trend yet', () => {
    renderWeeks(1);
    expect(screen.queryByRole('region', { name: /Over the last/ })).toBeNull();
  });

  test('two weeks: the trend spans four weeks, names what was counted, and has a table', () => {
    renderWeeks(2);
    const trend = screen.getByRole('region', { name: 'Over the last 4 weeks' });
    expect(trend.textContent).toContain('days with an exercise or a kinder wording');
    // Two weeks: the direction would only repeat the week-to-week sentence above, so it waits.
    expect(trend.textContent).toContain('As more weeks come in');
    expect(trend.textContent).not.toContain('moving towards kinder self-talk');
    const table = within(trend).getByRole('table', { name: 'Over the last 4 weeks' });
    const rows = within(table).getAllByRole('row');
    expect(rows).toHaveLength(5);
    expect(rows[1]!.textContent).toContain('no data');
    expect(rows[4]!.textContent).toContain('40%');
    expect(within(trend).getAllByRole('img')).toHaveLength(3);
  });

  test('eight weeks: eight weeks shown; the narrative above does not repeat the trend or the card below', () => {
    renderWeeks(8);
    const trend = screen.getByRole('region', { name: 'Over the last 8 weeks' });
    expect(trend.textContent).toContain('moving towards kinder self-talk');
    expect(within(trend).getAllByRole('row')).toHaveLength(9);
    const narrative = screen.getByRole('region', { name: 'How the week went' }).textContent!;
    const card = screen.getByRole('region', { name: 'Something to try' }).textContent!;
    expect(narrative).not.toContain('One thing to try');
    for (const sentence of trend.querySelector('.sm-trend-narrative')!.textContent!.split('. ')) {
      expect(narrative).not.toContain(sentence);
    }
    expect(card).toContain('drills');
  });
});
