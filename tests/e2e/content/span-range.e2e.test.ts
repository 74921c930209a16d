/**
 * Span suggestions that replace a little more than the flagged words (the clause around them): the card shows
 * exactly those words struck through, and "Use this" replaces exactly them; the rest of the field stays the writer's.
 */
import { expect, test } from 'vitest';
import { OPEN_CARD_SHORTCUT } from '../ui';
import { DIALOG, INDICATOR, openFixture, useContentEnv } from './setup';

const env = useContentEnv();

test.each([
  {
    // Flagged: "I'm useless"; the suggestion speaks to who holds the view, so it replaces them too.
    harsh: "My teammates probably think I'm useless.",
    replaced: "My teammates probably think I'm useless",
    wording: /^I(?: can't know| don't know for sure|'m guessing at) what my teammates think of me$/,
  },
  {
    // Flagged: "I always mess"; the suggestion replaces the whole verb, "mess up".
    harsh: 'I always mess up presentations, so wish me luck.',
    replaced: 'I always mess up',
    wording: /^I'm (?:still getting the hang of|still practising|working on)$/,
  },
])('the card strikes through "$replaced" and Use this replaces exactly that', async (c) => {
  const before = 'We had the review today. ';
  const after = ' See you Monday.';
  const { page, ui } = await openFixture(env, 'textarea.html');
  await page.click('#entry');
  await page.keyboard.type(`${before}${c.harsh}${after}`);
  await ui.waitFor(INDICATOR);
  await page.keyboard.press(OPEN_CARD_SHORTCUT);
  await ui.waitFor(DIALOG);
  // The preview: the words it will replace, struck through, beside the new ones.
  await ui.waitFor({ role: 'StaticText', name: c.replaced });
  const shown = await ui.waitFor({ role: 'StaticText', name: c.wording });
  await ui.click(await ui.waitFor({ role: 'button', name: `Use this: ${shown.name}` }));
  await ui.waitForNone(DIALOG);
  const expected = `${before}${c.harsh.replace(c.replaced, shown.name)}${after}`;
  await expect.poll(() => page.inputValue('#entry')).toBe(expected);
  await page.close();
});
