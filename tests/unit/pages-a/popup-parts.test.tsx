import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { DEFAULT_SETTINGS } from '../../../lib/storage/schema';
import { RecentNudges } from '../../../components/popup/RecentNudges';
import { SiteSection } from '../../../components/popup/SiteSection';
import { SnoozeSection } from '../../../components/popup/SnoozeSection';
import { TrySentence } from '../../../components/popup/TrySentence';
import { fakeEngine } from './fixtures';

afterEach(cleanup);

const tab = { id: 1, host: 'notes.example.org', scriptable: true };

describe('SiteSection', () => {
  test('the switch reflects and changes this site', () => {
    const onSiteChange = vi.fn();
    const settings = { ...DEFAULT_SETTINGS, disabledSites: ['notes.example.org'] };
    render(
      <SiteSection
        tab={tab}
        settings={settings}
        onSiteChange={onSiteChange}
        onTurnOnEverywhere={vi.fn()}
      />,
    );
    const toggle = screen.getByRole('switch', {
      name: /On for notes.example.org/,
    }) as HTMLInputElement;
    expect(toggle.checked).toBe(false);
    fireEvent.click(toggle);
    expect(onSiteChange).toHaveBeenCalledWith('notes.example.org', true);
  });

  test('browser pages get a clear, calm state; off everywhere offers to turn on', () => {
    const onTurnOn = vi.fn();
    const { unmount } = render(
      <SiteSection
        tab={{ id: 2, host: '', scriptable: false }}
        settings={DEFAULT_SETTINGS}
        onSiteChange={vi.fn()}
        onTurnOnEverywhere={onTurnOn}
      />,
    );
    expect(screen.getByTestId('site-unavailable').textContent).toContain(
      "Browsers don't let extensions",
    );
    expect(screen.queryByRole('switch')).toBeNull();
    unmount();
    render(
      <SiteSection
        tab={tab}
        settings={{ ...DEFAULT_SETTINGS, enabled: false }}
        onSiteChange={vi.fn()}
        onTurnOnEverywhere={onTurnOn}
      />,
    );
    fireEvent.click(screen.getByRole('button', { name: 'Turn Selfkind on' }));
    expect(onTurnOn).toHaveBeenCalled();
  });
});

describe('SnoozeSection', () => {
  test('offers an hour and tomorrow morning; when snoozed, shows the end and resumes', () => {
    const onSnooze = vi.fn();
    const now = Date.now();
    const { rerender } = render(<SnoozeSection snoozeUntil={null} now={now} onSnooze={onSnooze} />);
    fireEvent.click(screen.getByRole('button', { name: 'Quiet for 1 hour' }));
    const until = onSnooze.mock.calls[0]![0] as number;
    expect(until - now).toBeGreaterThanOrEqual(60 * 60 * 1000);
    expect(until - now).toBeLessThan(60 * 60 * 1000 + 5000);
    fireEvent.click(screen.getByRole('button', { name: 'Quiet until tomorrow morning' }));
    expect(new Date(onSnooze.mock.calls[1]![0] as number).getHours()).toBe(8);

    rerender(<SnoozeSection snoozeUntil={now + 30 * 60 * 1000} now={now} onSnooze={onSnooze} />);
    expect(screen.getByTestId('snooze-until').textContent).toMatch(
      /^Selfkind is quiet until .+\.$/,
    );
    fireEvent.click(screen.getByRole('button', { name: 'Resume now' }));
    expect(onSnooze).toHaveBeenLastCalledWith(null);
  });
});

describe('RecentNudges', () => {
  test('lists nudges with the trap name, or a calm empty state', () => {
    const { rerender } = render(<RecentNudges state={{ status: 'ready', nudges: [] }} />);
    expect(screen.getByText(/^Nothing yet\./)).toBeTruthy();
    rerender(
      <RecentNudges
        state={{
          status: 'ready',
          nudges: [
            {
              category: 'should',
              text: 'I should be further along',
              explanation: 'A rule.',
              at: 1,
            },
          ],
        }}
      />,
    );
    expect(screen.getByText('Should statements')).toBeTruthy();
    expect(screen.getByText('I should be further along')).toBeTruthy();
    expect(screen.getByText(/Never stored\./)).toBeTruthy();
  });
});

describe('TrySentence', () => {
  test('loads the engine only once something is typed, then shows and applies suggestions', async () => {
    const engine = fakeEngine();
    const load = vi.fn(engine.load);
    render(<TrySentence options={{ sensitivity: 'standard' }} load={load} pauseMs={0} />);
    // render() runs effects inside act(): with nothing typed, nothing asked for the engine.
    expect(load).not.toHaveBeenCalled();

    const field = screen.getByLabelText('Write anything') as HTMLTextAreaElement;
    fireEvent.input(field, { target: { value: 'I am a mess at cooking.' } });
    await screen.findByRole('heading', { name: 'Name-calling' });
    expect(load).toHaveBeenCalled();
    expect(screen.getByRole('status').textContent).toBe(
      'Here is what Selfkind noticed, with some kinder ways to say it.',
    );
    fireEvent.click(screen.getAllByRole('button', { name: 'Use this' })[0]!);
    await waitFor(() => expect(field.value).toBe('I am still learning at cooking.'));
    await waitFor(() =>
      expect(screen.getByRole('status').textContent).toBe('Nothing harsh stood out here.'),
    );
  });
});
