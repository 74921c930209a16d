import { cleanup, render, screen } from '@testing-library/preact';
import { afterEach, expect, test } from 'vitest';
import { parseNudges } from '../../../components/popup/nudges';
import { RecentNudges } from '../../../components/popup/RecentNudges';

afterEach(cleanup);

const nudge = (at: number, opened?: unknown) => ({
  category: 'should',
  text: `I should have finished ${at}`,
  explanation: 'A rule.',
  at,
  ...(opened === undefined ? {} : { opened }),
});

test('the opened flag is kept when it is a boolean, dropped otherwise', () => {
  expect(parseNudges([nudge(1, false), nudge(2, true), nudge(3, 'no'), nudge(4)])).toEqual([
    nudge(4),
    nudge(3),
    nudge(2, true),
    nudge(1, false),
  ]);
});

test('nudges not opened yet are marked in words and counted; the others look as before', () => {
  render(
    <RecentNudges
      state={{ status: 'ready', nudges: parseNudges([nudge(1, false), nudge(2, true), nudge(3)]) }}
    />,
  );
  expect(screen.getByText('1 not opened yet, marked below.')).toBeTruthy();
  const items = screen.getAllByRole('listitem');
  expect(items.map((item) => item.textContent?.includes('not opened yet'))).toEqual([
    false,
    false,
    true,
  ]);
  cleanup();
  render(
    <RecentNudges
      state={{ status: 'ready', nudges: parseNudges([nudge(1, false), nudge(2, false)]) }}
    />,
  );
  expect(screen.getByText('2 not opened yet, marked below.')).toBeTruthy();
});

test('without the flag (an older content script), nothing is marked', () => {
  render(<RecentNudges state={{ status: 'ready', nudges: parseNudges([nudge(1), nudge(2)]) }} />);
  expect(screen.queryByText(/not opened yet/)).toBeNull();
});
