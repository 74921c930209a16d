import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, test } from 'vitest';
import { composeLetter, LetterExercise } from '../../../components/practice/LetterExercise';
import { PatternsExercise } from '../../../components/practice/PatternsExercise';
import { fakeServices, WithServices } from './fakes';

afterEach(cleanup);

const click = (name: string | RegExp) => fireEvent.click(screen.getByRole('button', { name }));
const answer = (value: string) =>
  fireEvent.input(screen.getByRole('textbox'), { target: { value } });

test('composeLetter keeps the order, skips empty answers, and signs off warmly', () => {
  expect(composeLetter({ b: ' second ', a: 'first', c: '  ' }, ['a', 'b', 'c'])).toBe(
    'Dear me,\n\nfirst\n\nsecond\n\nWith care, me',
  );
});

describe('LetterExercise', () => {
  test('every prompt may be skipped; the letter still ends gently', async () => {
    const fake = fakeServices();
    render(
      <WithServices services={fake.services}>
        <LetterExercise onExit={() => undefined} onAgain={() => undefined} />
      </WithServices>,
    );
    answer('I was short with a colleague.');
    click('Next');
    await screen.findByText('Step 2 of 4');
    click('Next');
    await screen.findByText('Step 3 of 4');
    click('Back');
    await screen.findByText('Step 2 of 4');
    click('Next');
    click('Next');
    await screen.findByText('Step 4 of 4');
    click('Finish');
    await screen.findByRole('heading', { name: 'Your letter' });
    expect(
      screen.getByText(/I was short with a colleague\./, { selector: '.pk-letter' }),
    ).toBeTruthy();
    expect(fake.recorded).toEqual(['exercise_started', 'exercise_finished']);
  });
});

describe('PatternsExercise', () => {
  test('reassurance: a reflection, soothing first, then asking once', async () => {
    const fake = fakeServices();
    render(
      <WithServices services={fake.services}>
        <PatternsExercise onExit={() => undefined} onAgain={() => undefined} />
      </WithServices>,
    );
    expect(screen.getByText(/These are reflections, not labels\./)).toBeTruthy();
    expect(screen.queryByText(/attachment|anxious style|avoidant/i)).toBeNull();
    click('Start');
    await screen.findByText('Step 1 of 3');
    answer('After I sent a long message and got no reply.');
    click('Next');
    await screen.findByText(/take three slow breaths/);
    answer('You matter, even when they are busy.');
    click('Next');
    answer('Are we still on for Friday?');
    click('Finish');
    await screen.findByRole('heading', { name: 'Thank you for looking gently' });
    const note = screen.getByLabelText('Your note') as HTMLTextAreaElement;
    expect(note.value.split('\n\n')).toEqual([
      'After I sent a long message and got no reply.',
      'You matter, even when they are busy.',
      'Are we still on for Friday?',
    ]);
  });

  test('back from the first step returns to the choice', async () => {
    render(
      <WithServices services={fakeServices().services}>
        <PatternsExercise onExit={() => undefined} onAgain={() => undefined} />
      </WithServices>,
    );
    fireEvent.click(screen.getByLabelText(/Holding back needs/));
    click('Start');
    await screen.findByText(/said "it's fine" when it was not quite fine/);
    click('Back');
    await screen.findByRole('button', { name: 'Start' });
  });
});
