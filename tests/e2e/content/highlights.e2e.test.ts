/**
 * Highlights sit on the flagged words, and stay there when the field scrolls: checked against the browser's own
 * hit-testing of the textarea, not against Selfkind's measurements.
 */
import { expect, test } from 'vitest';
import { HARSH, INDICATOR, openFixture, useContentEnv } from './setup';
import { markBoxes, wordsUnderMarks } from './dom-ui';

const env = useContentEnv();

const CALM = 'We planted tomatoes by the fence and watered them twice.';

test('in a long textarea, the highlight covers the flagged words at every scroll position and leaves with them', async () => {
  const { page, ui } = await openFixture(env, 'textarea.html');
  const cdp = await page.context().newCDPSession(page);
  await page.click('#entry');
  const lines = [...Array(30).fill(CALM), HARSH, ...Array(30).fill(CALM)];
  await page.keyboard.insertText(lines.join('\n'));
  await ui.waitFor(INDICATOR);

  // Scrolled to the end after typing: the harsh line is out of sight, so nothing is drawn.
  await expect.poll(async () => (await markBoxes(cdp)).length).toBe(0);

  const box = (await page.locator('#entry').boundingBox())!;
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  const lineHeight = await page.evaluate(() =>
    parseFloat(getComputedStyle(document.getElementById('entry')!).lineHeight),
  );
  const harshTop = await page.evaluate(
    (lh) => 30 * lh + parseFloat(getComputedStyle(document.getElementById('entry')!).paddingTop),
    lineHeight,
  );
  // Bring the harsh line into view with the wheel, at two different scroll positions.
  for (const offset of [0.2, 0.6]) {
    const target = harshTop - offset * box.height;
    const current = await page.evaluate(() => document.getElementById('entry')!.scrollTop);
    await page.mouse.wheel(0, target - current);
    await expect
      .poll(() => page.evaluate(() => document.getElementById('entry')!.scrollTop))
      .not.toBe(current);
    await expect
      .poll(async () => {
        const words = await wordsUnderMarks(cdp, page.mainFrame());
        return words.length > 0 && words.every((w) => /^(I'm|such|an|idiot)$/.test(w));
      })
      .toBe(true);
  }

  // Scrolled back to the top: the words are out of sight again, and so is their highlight.
  await page.evaluate(() => document.getElementById('entry')!.scrollTo({ top: 0 }));
  await expect.poll(async () => (await markBoxes(cdp)).length).toBe(0);
  await page.close();
});
