import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { BreakExercise } from '../../../components/practice/BreakExercise';
import { readNotes } from '../../../lib/storage/notes';
import { fakeServices, WithServices } from './fakes';

afterEach(cleanup);

const type = (label: string | RegExp, value: string) =>
  fireEvent.input(screen.getByLabelText(label), { target: { value } });
const click = (name: string | RegExp) => fireEvent.click(screen.getByRole('button', { name }));

function renderBreak(initialSentence?: string, engine = true) {
  const fake = fakeServices({ engine });
  const onExit = vi.fn();
  render(
    <WithServices services={fake.services}>
      <BreakExercise initialSentence={initialSentence} onExit={onExit} onAgain={() => undefined} />
    </WithServices>,
  );
  return { ...fake, onExit };
}

describe('BreakExercise', () => {
  test('walks notice, name, rephrase and step, counts start and finish, keeps nothing unasked', async () => {
    const { recorded } = renderBreak();
    expect(screen.getByText(/This may stir up feelings/)).toBeTruthy();
    expect(recorded).toEqual(['exercise_started']);
    expect(screen.getByRole('button', { name: 'Next' }).hasAttribute('disabled')).toBe(true);

    type(/What did you say to yourself/, "I'm such an idiot for forgetting.");
    click('Next');
    await screen.findByText('Step 2 of 4');
    fireEvent.click(screen.getByLabelText('frustrated'));
    expect(screen.getByRole('status').textContent).toContain('It makes sense to feel frustrated');
    click('Next');

    await screen.findByText('Step 3 of 4');
    expect(screen.getByText("I'm such an idiot for forgetting.")).toBeTruthy();
    type(/Say it again the way a kind friend would/, 'I was an idiot, I can fix it.');
    click('Check my words');
    await screen.findByText('This still sounds a little harsh in places:');
    expect(screen.getByText('Name-calling')).toBeTruthy();

    type(
      /Say it again the way a kind friend would/,
      'I forgot, lots of people do. I can set a reminder.',
    );
    click('Check my words');
    await screen.findByText('This sounds kind and realistic. Well done.');
    const parts = screen.getAllByRole('listitem').map((item) => item.textContent);
    expect(parts.some((text) => text?.startsWith('✓Common humanity'))).toBe(true);
    expect(parts.some((text) => text?.startsWith('○Mindful noticing'))).toBe(true);
    click('Next');

    await screen.findByText('Step 4 of 4');
    fireEvent.click(screen.getByLabelText('something else'));
    type('Something else that matters to you', 'reliability');
    type('One small step that fits it', 'Put birthdays in my calendar');
    click('Finish');

    await screen.findByRole('heading', { name: 'You did it' });
    expect(recorded).toEqual(['exercise_started', 'exercise_finished']);
    expect(screen.queryByRole('button', { name: 'Stop here' })).toBeNull();
    expect(await readNotes()).toEqual([]);
    const note = screen.getByLabelText('Your note') as HTMLTextAreaElement;
    expect(note.value).toContain('Feeling: frustrated');
    expect(note.value).toContain('What matters: reliability');
    click('Keep a note');
    await waitFor(async () => expect(await readNotes()).toHaveLength(1));
    expect((await readNotes())[0]).toMatchObject({ exercise: 'break' });
  });

  test('a sentence from a nudge is filled in and says where it came from', () => {
    renderBreak('I always get this wrong.');
    expect(
      (screen.getByLabelText(/What did you say to yourself/) as HTMLTextAreaElement).value,
    ).toBe('I always get this wrong.');
    expect(screen.getByText(/stays on this page only/)).toBeTruthy();
  });

  test('stop here, at any step, ends without counting a finish', async () => {
    const { recorded, onExit } = renderBreak('I ruin everything.');
    click('Next');
    await screen.findByText('Step 2 of 4');
    click('Stop here');
    await screen.findByRole('heading', { name: 'You stopped here' });
    expect(recorded).toEqual(['exercise_started']);
    click('Back to exercises');
    expect(onExit).toHaveBeenCalledOnce();
  });

  test('crisis words bring the resources instead of feedback', async () => {
    renderBreak('I messed up.');
    click('Next');
    fireEvent.click(await screen.findByLabelText('sad'));
    click('Next');
    await screen.findByText('Step 3 of 4');
    type(/Say it again the way a kind friend would/, 'I want to die.');
    click('Check my words');
    await screen.findByRole('heading', { name: "You don't have to carry this alone" });
    expect(screen.queryByText('Parts of self-compassion in your words')).toBeNull();
  });

  test('without the engine, the parts are still shown and the check says so', async () => {
    renderBreak('I messed up.', false);
    click('Next');
    fireEvent.click(await screen.findByLabelText('sad'));
    click('Next');
    type(/Say it again the way a kind friend would/, 'Right now I feel sad, and that is okay.');
    click('Check my words');
    await screen.findByText('The check is not available right now. Your words still count.');
    expect(screen.getByText('Parts of self-compassion in your words')).toBeTruthy();
  });

  test('"Need support now?" opens the resources in one click and closes again', async () => {
    renderBreak();
    click('Need support now?');
    await screen.findByRole('heading', { name: "You don't have to carry this alone" });
    click('Hide support');
    expect(
      screen.queryByRole('heading', { name: "You don't have to carry this alone" }),
    ).toBeNull();
  });
});
