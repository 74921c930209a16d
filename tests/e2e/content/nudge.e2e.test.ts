import { expect, test } from 'vitest';
import { OPEN_CARD_SHORTCUT } from '../ui';
import { DIALOG, HARSH, HARSH_FLAGGED, INDICATOR, openFixture, useContentEnv } from './setup';

const env = useContentEnv();

test('typing harsh words in a textarea shows the indicator after the pause, not before', async () => {
  const { page, ui } = await openFixture(env, 'textarea.html');
  await page.click('#entry');
  // The pause runs from the last keystroke the page received, which a driver may report some time after it
  // sent it (WebDriver BiDi does), so the page's own clock says when typing stopped.
  await page.evaluate(() => {
    const entry = document.getElementById('entry')!;
    entry.addEventListener('input', () =>
      entry.setAttribute('data-last-input', String(Date.now())),
    );
  });
  await page.keyboard.type(HARSH);
  const lastInput = async () =>
    Number(await page.evaluate(() => document.getElementById('entry')!.dataset.lastInput));
  // Well inside the pause, over and over: no indicator yet.
  let looks = 0;
  while (Date.now() - (await lastInput()) < 400) {
    if (Date.now() - (await lastInput()) < 400) {
      expect(await ui.find(INDICATOR)).toBeNull();
      looks++;
    }
  }
  await ui.waitFor(INDICATOR);
  expect(Date.now() - (await lastInput())).toBeGreaterThanOrEqual(550);
  expect(looks).toBeGreaterThan(0);
  expect(env.browser.outsideRequests()).toEqual([]);
  await page.close();
});

test('the card opens by click: a labelled dialog; Escape gives focus and caret back', async () => {
  const { page, ui } = await openFixture(env, 'textarea.html');
  await page.click('#entry');
  await page.keyboard.type(HARSH);
  await page.keyboard.press('Home');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await ui.click(await ui.waitFor(INDICATOR));
  await ui.waitFor(DIALOG);
  const focused = await ui.focused();
  expect(focused?.role).toBe('button');
  expect(focused?.name).toMatch(/^Use this/);
  await page.keyboard.press('Escape');
  await ui.waitForNone(DIALOG);
  expect(await page.evaluate(() => document.activeElement?.id)).toBe('entry');
  expect(
    await page.evaluate(() => {
      const entry = document.getElementById('entry') as HTMLTextAreaElement;
      return [entry.selectionStart, entry.selectionEnd];
    }),
  ).toEqual([2, 2]);
  await page.close();
});

test('the keyboard shortcut opens the card; Tab stays inside; Use this replaces the flagged words once, Ctrl+Z undoes', async () => {
  const { page, ui } = await openFixture(env, 'textarea.html');
  await page.click('#entry');
  await page.keyboard.type(HARSH);
  await ui.waitFor(INDICATOR);
  await page.keyboard.press(OPEN_CARD_SHORTCUT);
  await ui.waitFor(DIALOG);
  const buttons = await ui.findAll({ role: 'button' });
  for (let i = 0; i < buttons.length + 2; i++) await page.keyboard.press('Tab');
  expect((await ui.focused())?.role).toBe('button');
  expect(await page.evaluate(() => document.activeElement?.id)).not.toBe('entry');

  const useButtons = await ui.findAll({ role: 'button', name: /^Use this: / });
  expect(useButtons.length).toBeGreaterThanOrEqual(2);
  const spanChoice = useButtons.find((b) => !b.name.includes('.')) ?? useButtons[0]!;
  const replacement = spanChoice.name.replace(/^Use this: /, '');
  await ui.click(spanChoice);
  await ui.waitForNone(DIALOG);
  const value = await page.inputValue('#entry');
  if (value.startsWith(replacement)) {
    expect(value).toBe(HARSH.replace(HARSH_FLAGGED, replacement));
  } else {
    expect(value).toBe(replacement);
  }
  const caret = await page.evaluate(
    () => (document.getElementById('entry') as HTMLTextAreaElement).selectionStart,
  );
  expect(caret).toBe(value.indexOf(replacement) + replacement.length);
  await page.keyboard.press('Control+z');
  await expect.poll(() => page.inputValue('#entry')).toBe(HARSH);
  await page.close();
});

test('Another shows different wordings', async () => {
  const { page, ui } = await openFixture(env, 'textarea.html');
  await page.click('#entry');
  await page.keyboard.type(HARSH);
  await ui.click(await ui.waitFor(INDICATOR));
  await ui.waitFor(DIALOG);
  const names = async () =>
    (await ui.findAll({ role: 'button', name: /^Use this: / })).map((b) => b.name);
  const before = await names();
  await ui.click(await ui.waitFor({ role: 'button', name: 'Another' }));
  await expect.poll(names).not.toEqual(before);
  await page.close();
});

test("Don't check this field stops nudges there", async () => {
  const { page, ui } = await openFixture(env, 'textarea.html');
  await page.click('#entry');
  await page.keyboard.type(HARSH);
  await ui.click(await ui.waitFor(INDICATOR));
  await ui.click(await ui.waitFor({ role: 'button', name: "Don't check this field" }));
  await ui.waitForNone(DIALOG);
  await ui.waitForNone(INDICATOR);
  // Typing there again: nothing is checked. The new field, typed into right after, shows that
  // analyses do run: by the time its indicator shows, the old field's pause has long passed.
  await page.click('#entry');
  await page.keyboard.press('End');
  await page.keyboard.type(' ' + HARSH);
  await page.click('#add');
  await page.click('#late');
  await page.keyboard.type(HARSH);
  await ui.waitFor(INDICATOR);
  await page.click('#entry');
  await ui.waitForNone(INDICATOR);
  await page.keyboard.press(OPEN_CARD_SHORTCUT);
  expect(await ui.find(DIALOG)).toBeNull();
  await page.close();
});
