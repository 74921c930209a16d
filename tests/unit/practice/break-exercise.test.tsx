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
  test('walks notice, name, the three parts and a step; the feeling carries over; keeps nothing unasked', async () => {
    const { recorded } = renderBreak();
    expect(screen.getByText(/This may stir up feelings/)).toBeTruthy();
    expect(recorded).toEqual(['exercise_started']);
    expect(screen.getByRole('button', { name: 'Next' }).hasAttribute('disabled')).toBe(true);

    type(/What did you say to yourself/, "I'm such an idiot for forgetting.");
    click('Next');
    await screen.findByText('Step 2 of 4');
    fireEvent.click(screen.getByLabelText('scared'));
    expect(screen.getByRole('status').textContent).toContain('It makes sense to feel scared');
    click('Next');

    // Step 3, part 1: the feeling from step 2 starts the sentence; the person finishes it.
    await screen.findByText('Step 3 of 4 · part 1 of 3');
    expect(screen.getByText("I'm such an idiot for forgetting.")).toBeTruthy();
    const noticing = screen.getByLabelText(
      /Finish the sentence in your own words/,
    ) as HTMLTextAreaElement;
    expect(noticing.value).toBe('It makes sense to feel scared when ');
    expect(screen.getByRole('button', { name: 'Next' }).hasAttribute('disabled')).toBe(true);
    type(
      /Finish the sentence in your own words/,
      'It makes sense to feel scared when I forget something important.',
    );
    click('Next');

    // Part 2: common humanity gets its own prompt.
    await screen.findByText('Step 3 of 4 · part 2 of 3');
    expect(
      (screen.getByLabelText(/Who else might feel this way/) as HTMLTextAreaElement).value,
    ).toBe('Lots of people feel scared when ');
    type(/Who else might feel this way/, 'Lots of people feel scared when they let someone down.');
    click('Next');

    // Part 3: kindness, checked.
    await screen.findByText('Step 3 of 4 · part 3 of 3');
    type(/the way a kind friend would/, 'I was an idiot, I can fix it.');
    click('Check my words');
    await screen.findByText('This still sounds a little harsh in places:');
    expect(screen.getByText('Name-calling')).toBeTruthy();
    expect(screen.getByText('You already have a next step in it.')).toBeTruthy();

    type(/the way a kind friend would/, 'I forgot, lots of people do. I can set a reminder.');
    click('Check my words');
    await screen.findByText(
      'This sounds kind and realistic, with common humanity and a next step in it.',
    );
    const parts = screen.getAllByRole('listitem').map((item) => item.textContent);
    expect(parts.some((text) => text?.startsWith('✓Common humanity'))).toBe(true);
    expect(parts.some((text) => text?.includes('“lots of people do”'))).toBe(true);
    expect(parts.some((text) => text?.startsWith('○Mindful noticing'))).toBe(true);
    click('Next');

    // Step 4: the value's own ideas, the step in the person's words.
    await screen.findByText('Step 4 of 4');
    expect(screen.queryByLabelText(/Your small step for/)).toBeNull();
    fireEvent.click(screen.getByLabelText('connection'));
    expect(screen.getByText(/send one short message to someone you miss/)).toBeTruthy();
    fireEvent.click(screen.getByLabelText('rest'));
    expect(screen.getByText(/go to bed half an hour earlier/)).toBeTruthy();
    fireEvent.click(screen.getByLabelText('something else'));
    type('Something else that matters to you', 'reliability');
    type('Your small step for reliability, in your own words', 'Put birthdays in my calendar');
    click('Finish');

    // The three sentences side by side, then keep or let go.
    await screen.findByRole('heading', { name: 'Your three sentences' });
    expect(recorded).toEqual(['exercise_started', 'exercise_finished']);
    expect(screen.queryByRole('button', { name: 'Stop here' })).toBeNull();
    const three = screen.getByRole('list', { name: 'Your three sentences' });
    expect([...three.querySelectorAll('li')].map((li) => li.textContent)).toEqual([
      'NoticingIt makes sense to feel scared when I forget something important.',
      'Not aloneLots of people feel scared when they let someone down.',
      'KindnessI forgot, lots of people do. I can set a reminder.',
    ]);
    expect(screen.getByText('Put birthdays in my calendar', { exact: false })).toBeTruthy();
    expect(await readNotes()).toEqual([]);
    click('Keep a note');
    await waitFor(async () => expect(await readNotes()).toHaveLength(1));
    const [note] = await readNotes();
    expect(note).toMatchObject({ exercise: 'break' });
    expect(note!.text).toContain('Feeling: scared');
    expect(note!.text).toContain(
      'Not alone: Lots of people feel scared when they let someone down.',
    );
    expect(note!.text).toContain('What matters: reliability');
    expect(screen.getByText('Kept. You can delete it below at any time.')).toBeTruthy();
  });

  test("the issue's example: named feelings and shared experience are found, and the verdict agrees", async () => {
    renderBreak('I am hopeless at exams.');
    click('Next');
    fireEvent.click(await screen.findByLabelText('worried'));
    click('Next');
    type(/Finish the sentence/, 'It makes sense to feel worried when exams are close.');
    click('Next');
    type(/Who else might feel this way/, 'Lots of people feel worried when exams are close.');
    click('Next');
    await screen.findByText('Step 3 of 4 · part 3 of 3');
    type(
      /the way a kind friend would/,
      "I'm worried about the exam and I've not started, that's scary. Lots of people feel behind before exams.",
    );
    click('Check my words');
    await screen.findByText(
      'This sounds kind and realistic, with common humanity and mindful noticing in it.',
    );
    const parts = screen.getAllByRole('listitem').map((item) => item.textContent);
    expect(parts.some((text) => text?.startsWith('✓Mindful noticing'))).toBe(true);
    expect(parts.some((text) => text?.includes("“that's scary”"))).toBe(true);
    expect(parts.some((text) => text?.startsWith('○Kindness'))).toBe(true);
  });

  test('a changed feeling changes the starter until the person writes past it', async () => {
    renderBreak('I messed up.');
    click('Next');
    fireEvent.click(await screen.findByLabelText('sad'));
    click('Next');
    const field = () => screen.getByLabelText(/Finish the sentence/) as HTMLTextAreaElement;
    expect(field().value).toBe('It makes sense to feel sad when ');
    click('Back');
    fireEvent.click(await screen.findByLabelText('tired'));
    click('Next');
    expect(field().value).toBe('It makes sense to feel tired when ');
    type(/Finish the sentence/, 'It makes sense to feel tired when I slept badly.');
    click('Back');
    fireEvent.click(await screen.findByLabelText('sad'));
    click('Next');
    expect(field().value).toBe('It makes sense to feel tired when I slept badly.');
  });

  test('letting it go keeps nothing', async () => {
    renderBreak('I messed up.');
    click('Next');
    fireEvent.click(await screen.findByLabelText('sad'));
    click('Next');
    type(/Finish the sentence/, 'It makes sense to feel sad when plans fall through.');
    click('Next');
    type(/Who else might feel this way/, 'Lots of people feel sad when plans fall through.');
    click('Next');
    type(/the way a kind friend would/, 'Plans fell through; that is okay.');
    click('Next');
    fireEvent.click(await screen.findByLabelText('rest'));
    type(/Your small step for rest/, 'An early night');
    click('Finish');
    await screen.findByRole('heading', { name: 'Your three sentences' });
    click('Let it go');
    await screen.findByText(/Nothing from this break was kept/);
    expect(screen.queryByRole('button', { name: 'Keep a note' })).toBeNull();
    expect(await readNotes()).toEqual([]);
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
    type(/Finish the sentence/, 'It makes sense to feel sad when things go wrong.');
    click('Next');
    type(/Who else might feel this way/, 'Lots of people feel sad when things go wrong.');
    click('Next');
    await screen.findByText('Step 3 of 4 · part 3 of 3');
    type(/the way a kind friend would/, 'I want to die.');
    click('Check my words');
    await screen.findByRole('heading', { name: "You don't have to carry this alone" });
    expect(screen.queryByText('Parts of self-compassion in your words')).toBeNull();
  });

  test('without the engine, the parts are still shown and the check says so', async () => {
    renderBreak('I messed up.', false);
    click('Next');
    fireEvent.click(await screen.findByLabelText('sad'));
    click('Next');
    type(/Finish the sentence/, 'It makes sense to feel sad when things go wrong.');
    click('Next');
    type(/Who else might feel this way/, 'Lots of people feel sad when things go wrong.');
    click('Next');
    type(/the way a kind friend would/, 'Right now I feel sad, and that is okay.');
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
