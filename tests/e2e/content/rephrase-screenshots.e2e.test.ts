/**
 * Issue 11: the card's rephrasings speak to what the person wrote. Three sentences typed into a textarea, the card
 * opened from the leaf, a suggestion that names the writer's own topic checked, and the card saved as a screenshot.
 */
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { expect, test } from 'vitest';
import { DIALOG, INDICATOR, openFixture, useContentEnv } from './setup';
import { saveScreenshot } from './screenshot-file';

const OUT = resolve(__dirname, '../../../docs/screenshots');
const env = useContentEnv();

test.each([
  ['party', "I'm such a loser, nobody came to my party.", /party/],
  ['email', 'ugh im such an idiot lol, sent the email to the wrong person', /email/],
  ['presentations', 'I always mess up presentations.', /presentations/i],
])(
  'rephrase-%s.png: the card offers a suggestion in the writer’s own words',
  async (name, text, topic) => {
    mkdirSync(OUT, { recursive: true });
    const { page, ui } = await openFixture(env, 'textarea.html');
    await page.setViewportSize({ width: 900, height: 780 });
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await page.click('#entry');
    await page.keyboard.press('Control+End');
    await page.keyboard.press('Enter');
    await page.keyboard.type(text);
    await ui.click(await ui.waitFor(INDICATOR));
    await ui.waitFor(DIALOG);
    const offered = (await ui.findAll({ role: 'button', name: /^Use this: / })).map((b) => b.name);
    expect(offered.length).toBeGreaterThanOrEqual(2);
    expect(
      offered.some((n) => topic.test(n)),
      offered.join(' | '),
    ).toBe(true);
    await page.mouse.move(5, 5);
    await saveScreenshot(page, resolve(OUT, `rephrase-${name}.png`));
    await page.close();
  },
);
