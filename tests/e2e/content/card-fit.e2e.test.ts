/**
 * The card always fits: opened from a field at each edge of an 800×600 window, of a 360×640 phone-sized one,
 * and at 200% zoom (a 1280×800 window seen as 640×400 CSS pixels, an 800×600 one as 400×300), every action is in view
 * without scrolling and the card never covers the flagged words. Where no side has room for the whole card it is
 * compact, its other actions behind "More", and those are in view once it is pressed. Screenshots land in
 * docs/screenshots/card-<size>-<edge>.png (and -more.png, the compact card with "More" open).
 */
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { expect, test } from 'vitest';
import { OPEN_CARD_SHORTCUT, type SelfkindUi, type UiNode } from '../ui';
import { DIALOG, HARSH, HARSH_FLAGGED, INDICATOR, openFixture, useContentEnv } from './setup';
import { saveScreenshot } from './screenshot-file';

const OUT = resolve(__dirname, '../../../docs/screenshots');
const env = useContentEnv();

/** In view as the card opens. */
const ACTIONS = [/^Use this: /, /^Another$/, /^Close$/];
/** In view as the card opens, or, in the compact card, once "More" is pressed. */
const SECONDARY = [
  /^Not now$/,
  /^Practice this$/,
  /^Don't check this field$/,
  /^Pause on this site$/,
];
const MORE = { role: 'button', name: 'More' } as const;

const EDGES = {
  top: 'top: 4px; left: 50%; transform: translateX(-50%);',
  bottom: 'bottom: 4px; left: 50%; transform: translateX(-50%);',
  left: 'top: 50%; left: 4px; transform: translateY(-50%);',
  right: 'top: 50%; right: 4px; transform: translateY(-50%);',
} as const;

interface Box {
  left: number;
  top: number;
  width: number;
  height: number;
}

async function boxOf(ui: SelfkindUi, node: UiNode): Promise<Box> {
  const { model } = await ui.cdp.send('DOM.getBoxModel', { backendNodeId: node.backendNodeId });
  const [x1, y1, , , x3, y3] = model.border;
  return { left: x1!, top: y1!, width: x3! - x1!, height: y3! - y1! };
}

const inside = (inner: Box, outer: Box, slack = 1) =>
  inner.left >= outer.left - slack &&
  inner.top >= outer.top - slack &&
  inner.left + inner.width <= outer.left + outer.width + slack &&
  inner.top + inner.height <= outer.top + outer.height + slack;

const overlaps = (a: Box, b: Box) =>
  a.left < b.left + b.width &&
  b.left < a.left + a.width &&
  a.top < b.top + b.height &&
  b.top < a.top + a.height;

/** The flagged words: HARSH is typed first, so they are the start of the field's first line. */
function flaggedWords(page: Page): Promise<Box> {
  return page.evaluate((flagged) => {
    const field = document.getElementById('entry')!;
    const style = getComputedStyle(field);
    const box = field.getBoundingClientRect();
    const probe = document.createElement('span');
    probe.style.font = style.font;
    probe.style.position = 'absolute';
    probe.textContent = flagged;
    document.body.append(probe);
    const width = probe.getBoundingClientRect().width;
    probe.remove();
    const lineHeight = parseFloat(style.lineHeight);
    return {
      left: box.left + parseFloat(style.borderLeftWidth) + parseFloat(style.paddingLeft),
      top: box.top + parseFloat(style.borderTopWidth) + parseFloat(style.paddingTop),
      width,
      height: lineHeight,
    };
  }, HARSH_FLAGGED);
}

for (const [size, viewport, scale, compact] of [
  ['800x600', { width: 800, height: 600 }, 1, false],
  ['360x640', { width: 360, height: 640 }, 1, false],
  ['1280x800-zoom200', { width: 640, height: 400 }, 2, false],
  ['800x600-zoom200', { width: 400, height: 300 }, 2, true],
] as const) {
  for (const edge of Object.keys(EDGES) as Array<keyof typeof EDGES>) {
    test(`${size}, field at the ${edge}: every action in view, the words uncovered`, async () => {
      const page = await env.browser.context.newPage();
      await page.setViewportSize(viewport);
      const { ui } = await openFixture(env, 'textarea.html', page);
      await page.emulateMedia({ reducedMotion: 'reduce' });
      const fieldWidth = Math.min(520, viewport.width - 60);
      await page.addStyleTag({
        content: `#entry { position: fixed; ${EDGES[edge]} width: ${fieldWidth}px; height: ${
          scale === 2 ? 90 : 140
        }px; }`,
      });
      await page.click('#entry');
      await page.keyboard.type(HARSH);
      await ui.click(await ui.waitFor(INDICATOR));
      const view = { left: 0, top: 0, ...viewport };
      /** What is wrong with the card as drawn: an action missing, out of the card or out of view, the words covered. */
      const problems = async (names: readonly RegExp[]): Promise<string[]> => {
        const found: string[] = [];
        const dialog = await boxOf(ui, await ui.waitFor(DIALOG));
        if (!inside(dialog, view)) found.push('the card is out of view');
        for (const name of names) {
          const nodes = await ui.findAll({ role: 'button', name });
          if (nodes.length === 0) {
            found.push(`${String(name)} is missing`);
            continue;
          }
          const box = await boxOf(ui, nodes[0]!);
          if (!inside(box, dialog)) found.push(`${String(name)} is outside the card`);
          if (!inside(box, view)) found.push(`${String(name)} is out of view`);
        }
        if (overlaps(dialog, await flaggedWords(page))) found.push('the card covers the words');
        return found;
      };
      // The card settles in its place within a frame or two of opening (or of "More" opening it further).
      const inViewAndUncovered = (names: readonly RegExp[]) =>
        expect.poll(() => problems(names), { timeout: 5_000 }).toEqual([]);
      mkdirSync(OUT, { recursive: true });
      await ui.waitFor(DIALOG);
      const more = await ui.find(MORE);
      // Only a short viewport gets the compact card; 400×300 CSS pixels always does.
      if (compact) expect(more).not.toBeNull();
      if (more) {
        await inViewAndUncovered([...ACTIONS, /^More$/]);
        await page.mouse.move(1, 1);
        await saveScreenshot(page, resolve(OUT, `card-${size}-${edge}.png`));
        expect(await ui.find({ role: 'button', name: SECONDARY[0] })).toBeNull();
        await ui.click(more);
        await inViewAndUncovered([...ACTIONS, ...SECONDARY]);
        await page.mouse.move(1, 1);
        await saveScreenshot(page, resolve(OUT, `card-${size}-${edge}-more.png`));
      } else {
        await inViewAndUncovered([...ACTIONS, ...SECONDARY]);
        await page.mouse.move(1, 1);
        await saveScreenshot(page, resolve(OUT, `card-${size}-${edge}.png`));
      }
      await page.close();
    });
  }
}

test('the compact card by keyboard (800×600 at 200%): every control by Tab, "Another", "More" in place, Esc gives the field back', async () => {
  const page = await env.browser.context.newPage();
  await page.setViewportSize({ width: 400, height: 300 });
  const { ui } = await openFixture(env, 'textarea.html', page);
  await page.addStyleTag({
    content: `#entry { position: fixed; ${EDGES.left} width: 340px; height: 90px; }`,
  });
  await page.click('#entry');
  await page.keyboard.type(HARSH);
  await ui.waitFor(INDICATOR);
  await page.keyboard.press(OPEN_CARD_SHORTCUT);
  await ui.waitFor(DIALOG);
  await ui.waitFor(MORE);
  const focusedName = async () => (await ui.focused())?.name ?? '';
  /** The controls Tab goes through, from the focused one round to it again. */
  const tabCycle = async (): Promise<string[]> => {
    const first = await focusedName();
    const names = [first];
    for (let i = 0; i < 20; i++) {
      await page.keyboard.press('Tab');
      const name = await focusedName();
      if (name === first) break;
      names.push(name);
    }
    return names.map((name) => name.replace(/^Use this: .*/, 'Use this')).sort();
  };
  const tabTo = async (name: string) => {
    for (let i = 0; i < 20 && (await focusedName()) !== name; i++) await page.keyboard.press('Tab');
    expect(await focusedName()).toBe(name);
  };

  expect(await focusedName()).toMatch(/^Use this: /);
  expect(await tabCycle()).toEqual(['Another', 'Close', 'More', 'Use this', 'Why?']);

  // "Another" shows the next wording.
  const firstWording = (await ui.find({ role: 'button', name: /^Use this: / }))!.name;
  await tabTo('Another');
  await page.keyboard.press('Enter');
  await expect
    .poll(async () => (await ui.find({ role: 'button', name: /^Use this: / }))?.name)
    .not.toBe(firstWording);

  await tabTo('More');
  await page.keyboard.press('Enter');
  await ui.waitFor({ role: 'button', name: 'Not now' });
  expect(await tabCycle()).toEqual([
    'Another',
    'Close',
    "Don't check this field",
    'More',
    'Not now',
    'Pause on this site',
    'Practice this',
    'Use this',
    'Why?',
  ]);

  await page.keyboard.press('Escape');
  await ui.waitForNone(DIALOG);
  expect(await page.evaluate(() => document.activeElement?.id)).toBe('entry');
  await page.close();
});
