import { cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { AnalysisView } from '../../../components/analysis/AnalysisView';
import { CLEAR, CRISIS, HARSH_TEXT, harshAnalysis, offersOf } from './fixtures';

afterEach(cleanup);

const harshResult = () => ({
  text: HARSH_TEXT,
  analysis: harshAnalysis(),
  offers: offersOf(harshAnalysis(), HARSH_TEXT),
});

describe('AnalysisView', () => {
  test('names the trap kindly, marks the words, labels each suggestion by its part', () => {
    render(<AnalysisView result={harshResult()} headingLevel={3} />);
    expect(screen.getByRole('heading', { level: 3, name: 'Name-calling' })).toBeTruthy();
    expect(screen.getByText('Calling yourself a name sums you up by one moment.')).toBeTruthy();
    const marks = document.querySelectorAll('mark.sk-mark--harsh');
    expect([...marks].map((m) => m.textContent)).toEqual(['[harsh words:a mess]']);
    const list = screen.getByRole('list', { name: 'Kinder ways to say it' });
    const items = within(list).getAllByRole('listitem');
    expect(items.map((item) => item.querySelector('.sk-chip')?.textContent)).toEqual([
      'Kindness',
      'Common humanity',
      'A small step',
    ]);
    // Without onUse there is nothing to press.
    expect(screen.queryByRole('button', { name: 'Use this' })).toBeNull();
  });

  test('notes kind talk', () => {
    render(<AnalysisView result={harshResult()} />);
    expect(screen.getByText('You also spoke to yourself kindly here:')).toBeTruthy();
    expect(document.querySelector('mark.sk-mark--kind')?.textContent).toContain('I did fine');
  });

  test('"Use this" hands back the suggestion with the range it replaces; maxSuggestions keeps it short', () => {
    const onUse = vi.fn();
    render(<AnalysisView result={harshResult()} onUse={onUse} maxSuggestions={2} />);
    const buttons = screen.getAllByRole('button', { name: 'Use this' });
    expect(buttons).toHaveLength(2);
    fireEvent.click(buttons[1]!);
    expect(onUse).toHaveBeenCalledTimes(1);
    expect(onUse.mock.calls[0]![0]).toMatchObject({
      part: 'common_humanity',
      start: 0,
      original: 'I am a mess at cooking.',
    });
  });

  test('a clear text says so calmly', () => {
    render(<AnalysisView result={{ text: 'A quiet day.', analysis: CLEAR, offers: [] }} />);
    expect(screen.getByText('Nothing harsh stood out here.')).toBeTruthy();
    expect(document.querySelector('mark')).toBeNull();
  });

  test('crisis shows resources instead of any suggestion', () => {
    const withFindings = { ...CRISIS, findings: harshAnalysis().findings };
    render(
      <AnalysisView
        result={{
          text: HARSH_TEXT,
          analysis: withFindings,
          offers: offersOf(withFindings, HARSH_TEXT),
        }}
        onUse={() => undefined}
        country="US"
      />,
    );
    const panel = screen.getByTestId('crisis-panel');
    expect(
      within(panel).getByRole('heading', { name: "You don't have to carry this alone" }),
    ).toBeTruthy();
    expect(within(panel).getByRole('link', { name: 'Call 988' }).getAttribute('href')).toBe(
      'tel:988',
    );
    expect(screen.queryByText('Kinder ways to say it')).toBeNull();
    expect(screen.queryByRole('button', { name: 'Use this' })).toBeNull();
  });
});
