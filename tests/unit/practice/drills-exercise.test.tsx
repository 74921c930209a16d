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

async function renderDrills(
  options: Parameters<typeof fakeServices>[0] = {},
  drills: Drill[] = bank,
) {
  const fake = fakeServices(options);
  render(
    <WithServices services={fake.services}>
      <DrillsExercise
        bank={drills}
        random={() => 0.5}
        onExit={() => undefined}
        onAgain={() => undefined}
      />
    </WithServices>,
  );
  await screen.findByText(/^Thought 1 of/);
  return fake;
}

describe('DrillsExercise', () => {
  test('a right pick is confirmed with the trap explained', async () => {
    await renderDrills();
    expect(screen.getByText("I'm such an idiot for locking my keys in the car.")).toBeTruthy();
    expect(screen.getAllByRole('radio')).toHaveLength(12);
    fireEvent.click(screen.getByLabelText('Name-calling'));
    click('Check my choice');
    expect(screen.getByText('Yes, that is it.')).toBeTruthy();
    expect(screen.getByText(/turns one moment into who you are/)).toBeTruthy();
  });

  test('a wrong pick is answered kindly, naming the trap it shows', async () => {
    await renderDrills();
    fireEvent.click(screen.getByLabelText('Expecting the worst'));
    click('Check my choice');
    expect(screen.getByText('Good try. This one shows: Name-calling.')).toBeTruthy();
    expect(screen.getByText(/About the one you picked, Expecting the worst:/)).toBeTruthy();
    expect(screen.getByText(/Jumping to the worst outcome\./)).toBeTruthy();
  });

  test('a reframe is checked, the model shown, and the next thought follows', async () => {
    const { recorded } = await renderDrills();
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

  test('picks lean to the traps met most, bring back a mislabelled one, and keep progress per trap', async () => {
    const mixed: Drill[] = [
      { id: 'keys', trap: 'labeling' },
      { id: 'over', trap: 'should' },
      { id: 'friends', trap: 'comparison' },
      { id: 'sister', trap: 'comparison' },
    ];
    const { drills } = await renderDrills(
      {
        trapCounts: { comparison: 9 },
        progress: { traps: { should: { tries: 2, spotted: 1 } }, review: ['over'] },
      },
      mixed,
    );
    expect(screen.getByText(/lean towards the traps that show up most/)).toBeTruthy();
    // First: the thought mislabelled last time.
    expect(screen.getByText('I should be over this by now.')).toBeTruthy();
    expect(screen.getByText('Back again: last time, this one was tricky to spot.')).toBeTruthy();
    fireEvent.click(screen.getByLabelText('Should statements'));
    click('Check my choice');
    await screen.findByText('Across your sessions with Should statements: spotted 2 of 3 times.');
    expect(drills.progress.review).toEqual([]);
    click('Another thought');
    // Then the trap met most in the counts.
    expect(
      screen.getByText('Picked for you: this trap shows up often in your counts.'),
    ).toBeTruthy();
    fireEvent.click(screen.getByLabelText('Expecting the worst'));
    click('Check my choice');
    await screen.findByText(/Across your sessions with Measuring against others: spotted 0 of 1/);
    expect(drills.progress.review).toHaveLength(1);
    click('Finish');
    await screen.findByRole('heading', { name: 'Your progress per trap' });
    const items = screen
      .getByRole('region', { name: 'Your progress per trap' })
      .querySelectorAll('li');
    expect([...items].map((li) => li.textContent?.trim())).toEqual([
      'Should statements: spotted 2 of 3 times',
      'Measuring against others: spotted 0 of 1 times',
    ]);
  });
});
