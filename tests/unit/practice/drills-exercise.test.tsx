import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, test } from 'vitest';
import { DrillsExercise } from '../../../components/practice/DrillsExercise';
import type { Drill } from '../../../lib/exercises/drills';
import { fakeServices, WithServices } from './fakes';

afterEach(cleanup);

const bank: Drill[] = [
  { id: 'keys', trap: 'labeling' },
  { id: 'loser', trap: 'labeling', alsoFits: ['comparison'] },
];
const click = (name: string | RegExp) => fireEvent.click(screen.getByRole('button', { name }));

function renderDrills() {
  const fake = fakeServices();
  render(
    <WithServices services={fake.services}>
      <DrillsExercise bank={bank} startAt={0} onExit={() => undefined} onAgain={() => undefined} />
    </WithServices>,
  );
  return fake;
}

describe('DrillsExercise', () => {
  test('a right pick is confirmed with the trap explained', () => {
    renderDrills();
    expect(screen.getByText("I'm such an idiot for locking my keys in the car.")).toBeTruthy();
    expect(screen.getAllByRole('radio')).toHaveLength(12);
    fireEvent.click(screen.getByLabelText('Name-calling'));
    click('Check my choice');
    expect(screen.getByText('Yes, that is it.')).toBeTruthy();
    expect(screen.getByText(/turns one moment into who you are/)).toBeTruthy();
  });

  test('a wrong pick is answered kindly, naming the trap it shows', () => {
    renderDrills();
    fireEvent.click(screen.getByLabelText('Expecting the worst'));
    click('Check my choice');
    expect(screen.getByText('Good try. This one shows: Name-calling.')).toBeTruthy();
    expect(screen.getByText(/About the one you picked, Expecting the worst:/)).toBeTruthy();
    expect(screen.getByText(/Jumping to the worst outcome\./)).toBeTruthy();
  });

  test('a reframe is checked, the model shown, and the next thought follows', async () => {
    const { recorded } = renderDrills();
    fireEvent.click(screen.getByLabelText('Name-calling'));
    click('Check my choice');
    fireEvent.input(screen.getByLabelText(/Now write a kinder, realistic version/), {
      target: { value: 'I locked my keys in; lots of people do. I can call for the spare.' },
    });
    click('Check my words');
    await screen.findByRole('heading', { name: 'One way to say it' });
    expect(screen.getByText(/I can call for the spare\.$/)).toBeTruthy();
    click('Another thought');
    expect(screen.getByText('Thought 2 of 2')).toBeTruthy();
    fireEvent.click(screen.getByLabelText('Measuring against others'));
    click('Check my choice');
    expect(
      screen.getByText('That fits too. The trap it shows most is: Name-calling.'),
    ).toBeTruthy();
    click('Finish');
    await screen.findByRole('heading', { name: 'Nice practice' });
    expect(screen.getByText('Thoughts practised: 2')).toBeTruthy();
    expect(recorded).toEqual(['exercise_started', 'exercise_finished']);
  });
});
