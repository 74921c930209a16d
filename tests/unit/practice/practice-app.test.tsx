import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { PracticeApp } from '../../../components/practice/PracticeApp';
import { PracticeServicesContext } from '../../../components/practice/services';
import { addNote, readNotes } from '../../../lib/storage/notes';
import { fakeServices, HANDOFF_TOKEN } from './fakes';

afterEach(cleanup);
beforeEach(() => history.replaceState(null, '', '/practice.html'));

function renderApp(hash = '') {
  history.replaceState(null, '', `/practice.html${hash}`);
  const fake = fakeServices();
  render(
    <PracticeServicesContext.Provider value={fake.services}>
      <PracticeApp />
    </PracticeServicesContext.Provider>,
  );
  return fake;
}

describe('PracticeApp', () => {
  test('without an exercise in the address, offers all four', async () => {
    renderApp();
    const starts = await screen.findAllByRole('button', { name: /^Start: / });
    expect(starts.map((button) => button.getAttribute('aria-label'))).toEqual([
      'Start: Self-compassion break',
      'Start: Reframing drills',
      'Start: A kind letter to yourself',
      'Start: Relationship patterns',
    ]);
    fireEvent.click(starts[2]!);
    await screen.findByRole('heading', { level: 2, name: 'A kind letter to yourself' });
    expect(location.hash).toBe('#letter');
  });

  test('a handoff token is taken once, fills the sentence, and leaves the address', async () => {
    const { handoffs } = renderApp(`#break&${HANDOFF_TOKEN}`);
    const field = (await screen.findByLabelText(
      /What did you say to yourself/,
    )) as HTMLTextAreaElement;
    await waitFor(() => expect(field.value).toBe('I am such an idiot for missing the train.'));
    expect(handoffs).toEqual([HANDOFF_TOKEN]);
    expect(location.hash).toBe('#break');
    expect(await readNotes()).toEqual([]);
  });

  test('kept notes are listed and can be deleted', async () => {
    await addNote('letter', 'Dear me, you did your best today.', Date.UTC(2026, 10, 20));
    renderApp();
    await screen.findByText('Dear me, you did your best today.');
    fireEvent.click(screen.getByRole('button', { name: /^Delete note/ }));
    await screen.findByText(/^No notes kept\./);
    expect(await readNotes()).toEqual([]);
  });
});
