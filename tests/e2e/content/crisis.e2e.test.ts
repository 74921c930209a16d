import { expect, test } from 'vitest';
import { CRISIS, INDICATOR, openFixture, useContentEnv } from './setup';

const env = useContentEnv();

test('the crisis card opens by itself once per field; after it is closed, more such words do not reopen it, but the indicator does', async () => {
  const { page, ui } = await openFixture(env, 'textarea.html');
  await page.click('#entry');
  await page.keyboard.type(CRISIS);
  const typedAt = Date.now();
  await ui.waitFor({ role: 'dialog', name: /Selfkind/ });
  const opensWithinMs = Date.now() - typedAt;
  await ui.click(await ui.waitFor({ role: 'button', name: 'Close' }));
  await ui.waitForNone({ role: 'dialog' });

  await page.keyboard.type(' I keep thinking everyone would be better off without me.');
  // Keep looking for well over the time the first card took to open.
  const lookUntil = Date.now() + Math.max(3 * opensWithinMs, 3_000);
  while (Date.now() < lookUntil) expect(await ui.find({ role: 'dialog' })).toBeNull();
  // The resources stay one click away.
  await ui.click(await ui.waitFor(INDICATOR));
  await ui.waitFor({ role: 'dialog', name: /Selfkind/ });
  await ui.waitFor({ role: 'StaticText', name: /988/ });
  await page.close();
});

test('crisis text shows a calm card with resources and no rephrasing; it is dismissible', async () => {
  const { page, ui } = await openFixture(env, 'textarea.html');
  await page.click('#entry');
  await page.keyboard.type(CRISIS);
  const dialog = await ui.waitFor({ role: 'dialog', name: /Selfkind/ });
  expect(dialog.name).toMatch(/support/i);
  // The browser runs in en-US: the US lifeline is listed.
  await ui.waitFor({ role: 'StaticText', name: /988/ });
  expect(await ui.findAll({ role: 'button', name: /^Use this/ })).toEqual([]);
  expect(await ui.find({ role: 'button', name: 'Another' })).toBeNull();
  // Opening by itself never took focus: the user can keep typing.
  expect(await page.evaluate(() => document.activeElement?.id)).toBe('entry');
  const indicator = await ui.waitFor(INDICATOR);
  expect(indicator.name).toMatch(/support/i);
  await ui.click(await ui.waitFor({ role: 'button', name: 'Close' }));
  await ui.waitForNone({ role: 'dialog' });
  expect(await page.inputValue('#entry')).toBe(CRISIS);
  await page.close();
});

test('a joking death-wish gets its own quiet answer: a leaf that offers support, a check-in card on click, no rephrasing', async () => {
  const { page, ui } = await openFixture(env, 'textarea.html');
  await page.click('#entry');
  await page.keyboard.type('Chem exam tomorrow, ugh I want to die lol');
  const indicator = await ui.waitFor({ role: 'button', name: /support, if you need it/ });
  // Unlike a clear crisis, nothing opens by itself: the same render that drew the leaf would have opened it.
  expect(await ui.find({ role: 'dialog' })).toBeNull();
  await ui.click(indicator);
  await ui.waitFor({ role: 'dialog', name: /Selfkind/ });
  await ui.waitFor({ role: 'StaticText', name: /Just checking in/ });
  await ui.waitFor({ role: 'StaticText', name: /988/ });
  expect(await ui.findAll({ role: 'button', name: /^Use this/ })).toEqual([]);
  await page.keyboard.press('Escape');
  await ui.waitForNone({ role: 'dialog' });
  expect(await page.inputValue('#entry')).toBe('Chem exam tomorrow, ugh I want to die lol');
  await page.close();
});
