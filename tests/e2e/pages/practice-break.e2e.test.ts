/**
 * The self-compassion break as a person meets it: a nudge on a real page, "Practice this", every step of the
 * guided break, and a kept note. Screenshots of each step go to docs/screenshots/practice-break-*.png.
 */
import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { mkdirSync, readFileSync } from 'node:fs';
import { afterAll, beforeAll, expect, test } from 'vitest';
import {
  DIALOG,
  HARSH,
  INDICATOR,
  openFixture,
  startEnv,
  stopEnv,
  type Env,
} from '../content/setup';

/** The part of the extension API these tests use inside the service worker. */
declare const chrome: {
  storage: { local: { get(keys: string | null): Promise<Record<string, unknown>> } };
};

let env: Env;
beforeAll(async () => {
  env = await startEnv();
  mkdirSync('docs/screenshots', { recursive: true });
});
afterAll(async () => {
  expect(env?.browser.outsideRequests()).toEqual([]);
  await stopEnv(env);
});

async function expectNoAxeViolations(page: Page) {
  const { violations } = await new AxeBuilder({ page }).analyze();
  expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(', ')}`)).toEqual([]);
}

async function storedNotes(): Promise<{ exercise: string; text: string }[]> {
  return env.browser.worker.evaluate(async () => {
    const { practiceNotes } = await chrome.storage.local.get('practiceNotes');
    return (practiceNotes as { exercise: string; text: string }[] | undefined) ?? [];
  });
}

/** The exercise counts the background stored (counts only). */
async function exerciseCounts(): Promise<{ started: number; finished: number }> {
  return env.browser.worker.evaluate(async () => {
    const { stats } = (await chrome.storage.local.get('stats')) as {
      stats?: Record<string, { counts: Record<string, number> }>;
    };
    const days = Object.values(stats ?? {});
    const sum = (kind: string) => days.reduce((total, day) => total + (day.counts[kind] ?? 0), 0);
    return { started: sum('exercise_started'), finished: sum('exercise_finished') };
  });
}

/** Checks the step is accessible and keeps a picture of it. */
async function look(page: Page, name: string) {
  await expectNoAxeViolations(page);
  await page.screenshot({ path: `docs/screenshots/practice-break-${name}.png`, fullPage: true });
}

const next = (page: Page) => page.getByRole('button', { name: 'Next', exact: true }).click();

test('from a nudge\'s "Practice this" through every step of the break to a kept note', async () => {
  const { page, ui } = await openFixture(env, 'contenteditable.html');
  await page.click('#editor');
  await page.keyboard.press('Control+End');
  await page.keyboard.press('Enter');
  await page.keyboard.type(HARSH);
  await ui.click(await ui.waitFor(INDICATOR));
  const opened = env.browser.context.waitForEvent('page');
  await ui.click(await ui.waitFor({ role: 'button', name: 'Practice this' }));
  const practice = await opened;
  await ui.waitForNone(DIALOG);
  await practice.emulateMedia({ colorScheme: 'light', reducedMotion: 'reduce' });
  await practice.setViewportSize({ width: 900, height: 900 });

  // 1. Notice: the sentence from the nudge is there, in memory only.
  const harsh = practice.getByLabel('What did you say to yourself?');
  await expect.poll(() => harsh.inputValue()).toBe(HARSH);
  await practice.getByText('Step 1 of 4').waitFor();
  await look(practice, '1-notice');
  await next(practice);

  // 2. Name the feeling.
  await practice.getByText('Step 2 of 4').waitFor();
  await practice.getByLabel('embarrassed').check();
  await practice.getByText('It makes sense to feel embarrassed.', { exact: false }).waitFor();
  await look(practice, '2-feeling');
  await next(practice);

  // 3, part 1: the feeling carried into the noticing sentence.
  await practice.getByText('Step 3 of 4 · part 1 of 3').waitFor();
  const noticing = practice.getByLabel(/Finish the sentence in your own words/);
  await expect.poll(() => noticing.inputValue()).toBe('It makes sense to feel embarrassed when ');
  await noticing.press('End');
  await noticing.pressSequentially('I miss something people were counting on.');
  await look(practice, '3a-noticing');
  await next(practice);

  // 3, part 2: common humanity, its own prompt.
  await practice.getByText('Step 3 of 4 · part 2 of 3').waitFor();
  const humanity = practice.getByLabel(/Who else might feel this way/);
  await expect.poll(() => humanity.inputValue()).toBe('Lots of people feel embarrassed when ');
  await humanity.press('End');
  await humanity.pressSequentially('they forget a meeting.');
  await look(practice, '3b-humanity');
  await next(practice);

  // 3, part 3: kindness, checked by the engine; the verdict agrees with the parts found.
  await practice.getByText('Step 3 of 4 · part 3 of 3').waitFor();
  await practice
    .getByLabel(/the way a kind friend would/)
    .fill(
      "I forgot the meeting again, and that's okay. I'll send a short note and set a reminder.",
    );
  await practice.getByRole('button', { name: 'Check my words' }).click();
  await practice
    .getByText('This sounds kind and realistic, with kindness and a next step in it.')
    .waitFor();
  await look(practice, '3c-kindness');
  // The README's picture of the break.
  await practice.screenshot({ path: 'docs/screenshots/practice-break.png', fullPage: true });
  await next(practice);

  // 4. Act: ideas that fit the chosen value, the step in the person's words.
  await practice.getByText('Step 4 of 4').waitFor();
  await practice.getByLabel('connection').check();
  await practice.getByText(/Ideas that fit: send one short message/).waitFor();
  await practice
    .getByLabel('Your small step for connection, in your own words')
    .fill('Message the team before lunch');
  await look(practice, '4-step');
  await practice.getByRole('button', { name: 'Finish', exact: true }).click();

  // The three sentences side by side; keep them as a note.
  await practice.getByRole('heading', { name: 'Your three sentences' }).waitFor();
  const three = practice.getByRole('list', { name: 'Your three sentences' }).getByRole('listitem');
  expect(await three.allTextContents()).toEqual([
    'NoticingIt makes sense to feel embarrassed when I miss something people were counting on.',
    'Not aloneLots of people feel embarrassed when they forget a meeting.',
    "KindnessI forgot the meeting again, and that's okay. I'll send a short note and set a reminder.",
  ]);
  await look(practice, '5-three-sentences');
  await practice.emulateMedia({ colorScheme: 'dark', reducedMotion: 'reduce' });
  await look(practice, '5-three-sentences-dark');
  await practice.emulateMedia({ colorScheme: 'light', reducedMotion: 'reduce' });
  expect(await storedNotes()).toEqual([]);
  expect(await exerciseCounts()).toEqual({ started: 1, finished: 1 });
  await practice.getByRole('button', { name: 'Keep a note' }).click();
  await practice.getByText('Kept. You can delete it below at any time.').waitFor();
  await expect.poll(async () => (await storedNotes()).length).toBe(1);
  const [note] = await storedNotes();
  expect(note!.exercise).toBe('break');
  expect(note!.text).toContain(
    'Not alone: Lots of people feel embarrassed when they forget a meeting.',
  );
  expect(note!.text).toContain('Small step: Message the team before lunch');
  const kept = practice.getByRole('region', { name: 'Your kept notes' });
  await expect.poll(() => kept.getByText('Feeling: embarrassed', { exact: false }).count()).toBe(1);
  await expectNoAxeViolations(practice);
  // Exportable through the data export on the options page.
  const options = await env.browser.context.newPage();
  await options.goto(`chrome-extension://${env.browser.extensionId}/options.html`);
  const download = options.waitForEvent('download');
  await options.getByRole('button', { name: 'Download my data' }).click();
  const exported = JSON.parse(readFileSync((await (await download).path())!, 'utf8')) as {
    notes: { exercise: string; text: string }[];
  };
  expect(exported.notes.map((n) => n.exercise)).toEqual(['break']);
  expect(exported.notes[0]!.text).toContain('Noticing: It makes sense to feel embarrassed when');
  await options.close();
  // Deletable: gone from the page and from storage.
  await kept.getByRole('button', { name: /^Delete note/ }).click();
  await expect.poll(async () => (await storedNotes()).length).toBe(0);
  await practice.close();
  await page.close();
});
