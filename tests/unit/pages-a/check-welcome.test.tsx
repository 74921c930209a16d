import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { CheckView } from '../../../components/check/CheckView';
import { Playground } from '../../../components/welcome/Playground';
import { keysOf } from '../../../components/welcome/shortcuts';
import { SentenceWithKeys } from '../../../components/welcome/Keys';
import { fakeEngine } from './fixtures';

afterEach(cleanup);

describe('CheckView', () => {
  test('checks handed-off words at once; edits mark the result stale until checked again', async () => {
    const engine = fakeEngine();
    render(
      <CheckView
        handoff={{ status: 'ready', text: 'I am a mess at cooking.' }}
        options={{}}
        onPractise={vi.fn()}
        load={engine.load}
      />,
    );
    await screen.findByRole('heading', { name: 'Name-calling' });
    expect(screen.getByRole('button', { name: 'Check again' })).toBeTruthy();
    const field = screen.getByLabelText('Words to check') as HTMLTextAreaElement;
    fireEvent.input(field, { target: { value: 'A calm evening.' } });
    expect(screen.getByText(/You changed the words since this check/)).toBeTruthy();
    // A stale result offers nothing to apply.
    expect(screen.queryByRole('button', { name: 'Use this' })).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Check' }));
    await waitFor(() =>
      expect(engine.calls).toEqual(['I am a mess at cooking.', 'A calm evening.']),
    );
    await waitFor(() =>
      expect(screen.getByRole('status').textContent).toBe('Nothing harsh stood out here.'),
    );
  });

  test('expired and empty hand-offs are calm, and pasting still works; practise sends the words', async () => {
    const onPractise = vi.fn();
    const engine = fakeEngine();
    render(
      <CheckView
        handoff={{ status: 'expired' }}
        options={{}}
        onPractise={onPractise}
        load={engine.load}
      />,
    );
    expect(screen.getByRole('heading', { name: 'These words are no longer here' })).toBeTruthy();
    expect(engine.calls).toEqual([]);
    const field = screen.getByLabelText('Words to check');
    fireEvent.input(field, { target: { value: 'I am a mess.' } });
    fireEvent.click(screen.getByRole('button', { name: 'Practise with these words' }));
    expect(onPractise).toHaveBeenCalledWith('I am a mess.');
    fireEvent.submit(field.closest('form')!);
    await screen.findByRole('heading', { name: 'Name-calling' });
  });

  test('crisis words get resources and nothing to apply', async () => {
    render(
      <CheckView
        handoff={{ status: 'ready', text: 'CRISIS words' }}
        options={{}}
        country="US"
        onPractise={vi.fn()}
        load={fakeEngine().load}
      />,
    );
    await screen.findByTestId('crisis-panel');
    expect(screen.queryByRole('button', { name: 'Use this' })).toBeNull();
  });
});

describe('welcome playground', () => {
  test('the example fills the field; "Use this" rewrites it and says how to undo', async () => {
    render(<Playground options={{}} load={fakeEngine().load} pauseMs={0} />);
    const field = screen.getByLabelText('Your sentence') as HTMLTextAreaElement;
    fireEvent.input(field, { target: { value: 'Honestly I am a mess at cooking.' } });
    await screen.findByRole('heading', { name: 'Name-calling' });
    fireEvent.click(screen.getAllByRole('button', { name: 'Use this' })[0]!);
    await waitFor(() => expect(field.value).toBe('Honestly I am still learning at cooking.'));
    expect(screen.getByText(/Press Ctrl\+Z in the field/)).toBeTruthy();
  });

  test('an example to try when the field is empty', () => {
    render(<Playground options={{}} load={fakeEngine().load} pauseMs={0} />);
    const example = screen.getByRole('button', { name: /^I'm so stupid/ });
    fireEvent.click(example);
    expect((screen.getByLabelText('Your sentence') as HTMLTextAreaElement).value).toBe(
      example.textContent,
    );
  });
});

describe('shortcut rendering', () => {
  test('keys are split for <kbd>, and the sentence keeps its translated words around them', () => {
    expect(keysOf('Alt+Shift+K')).toEqual(['Alt', 'Shift', 'K']);
    expect(keysOf('')).toEqual([]);
    const { container } = render(
      <p>
        <SentenceWithKeys shortcut="Alt+Shift+K" text={(slot) => `Press ${slot} to open.`} />
      </p>,
    );
    expect(container.textContent).toBe('Press Alt+Shift+K to open.');
    expect([...container.querySelectorAll('kbd kbd')].map((k) => k.textContent)).toEqual([
      'Alt',
      'Shift',
      'K',
    ]);
  });
});
