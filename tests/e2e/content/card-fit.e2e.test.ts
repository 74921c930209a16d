/**
 * The card always fits: opened from a field at each edge of an 800×600 window, of a 360×640 phone-sized one,
 * and at 200% zoom (a 1280×800 window seen as 640×400 CSS pixels), every action is in view without scrolling and the
 * card never covers the flagged words. Screenshots land in docs/screenshots/card-<size>-<edge>.png.
 */
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { expect, test } from 'vitest';
import type { SelfkindUi, UiNode } from '../ui';
import { DIALOG, HARSH, HARSH_FLAGGED, INDICATOR, openFixture, useContentEnv } from './setup';

const OUT = resolve(__dirname, '../../../docs/screenshots');
const env = useContentEnv();

const ACTIONS = [
  /^Use this: /,
  /^Another$/,
  /^Not now$/,
  /^Practice this$/,
  /^Don't check this field$/,
  /^Pause on this site$/,
  /^Close$/,
];

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

for (const [size, viewport, scale] of [
  ['800x600', { width: 800, height: 600 }, 1],
  ['360x640', { width: 360, height: 640 }, 1],
  ['1280x800-zoom200', { width: 640, height: 400 }, 2],
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
      const dialog = await boxOf(ui, await ui.waitFor(DIALOG));
      const view = { left: 0, top: 0, ...viewport };
      expect(inside(dialog, view)).toBe(true);
      for (const name of ACTIONS) {
        const nodes = await ui.findAll({ role: 'button', name });
        expect(nodes.length, String(name)).toBeGreaterThan(0);
        const box = await boxOf(ui, nodes[0]!);
        expect(inside(box, dialog), `${String(name)} is inside the card`).toBe(true);
        expect(inside(box, view), `${String(name)} is in view`).toBe(true);
      }
      expect(overlaps(dialog, await flaggedWords(page))).toBe(false);
      mkdirSync(OUT, { recursive: true });
      await page.mouse.move(1, 1);
      await page.screenshot({ path: resolve(OUT, `card-${size}-${edge}.png`) });
      await page.close();
    });
  }
}
