/**
 * Firefox only: what a page script can see of Selfkind. Firefox gives content scripts Xray views of the
 * page, so their expandos and globals stay theirs, and `openOrClosedShadowRoot` exists only for
 * extensions; this checks all of that from the page's own world (BiDi evaluates there), after a nudge,
 * the card, "Use this" and undo.
 */
import { expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { DIALOG, HARSH, INDICATOR, openFixture, useContentEnv } from '../content/setup';

const env = useContentEnv();

interface PageView {
  globals: string[];
  hosts: number;
  shadowRoot: string;
  closedRootApi: boolean;
  hostAttributes: string[];
  hostExpandos: string[];
  fieldExpandos: string[];
  fieldAttributes: string[];
  highlights: number;
}

/** Everything the page's own scripts can read about Selfkind. */
const pageView = (page: Page): Promise<PageView> =>
  page.evaluate(() => {
    const host = document.querySelector('selfkind-ui');
    const field = document.querySelector('#entry')!;
    return {
      // Sorted: Firefox resolves its lazy globals on first use, which reorders the list.
      globals: Object.getOwnPropertyNames(window).sort(),
      hosts: document.querySelectorAll('selfkind-ui').length,
      shadowRoot: String(host?.shadowRoot),
      closedRootApi: host ? 'openOrClosedShadowRoot' in host : false,
      hostAttributes: host ? host.getAttributeNames() : [],
      hostExpandos: host ? Object.getOwnPropertyNames(host) : [],
      fieldExpandos: Object.getOwnPropertyNames(field),
      fieldAttributes: field.getAttributeNames(),
      highlights: CSS.highlights?.size ?? 0,
    };
  });

test('a page script sees one inert host, no shadow root, no expandos, no globals, no highlights', async () => {
  const { page, ui } = await openFixture(env, 'textarea.html');
  const before = await pageView(page);
  expect(before.hosts).toBe(0);

  await page.click('#entry');
  await page.keyboard.type(HARSH);
  await ui.click(await ui.waitFor(INDICATOR));
  await ui.waitFor(DIALOG);
  const withCard = await pageView(page);
  await ui.click(await ui.waitFor({ role: 'button', name: /^Use this: / }));
  await expect.poll(() => page.inputValue('#entry')).not.toBe(HARSH);
  await page.keyboard.press('Control+z');
  await expect.poll(() => page.inputValue('#entry')).toBe(HARSH);
  const after = await pageView(page);

  for (const view of [withCard, after]) {
    expect(view.hosts).toBe(1);
    expect(view.shadowRoot).toBe('null');
    expect(view.closedRootApi).toBe(false);
    expect(view.hostAttributes).toEqual(['style']);
    expect(view.hostExpandos).toEqual([]);
    expect(view.fieldExpandos).toEqual(before.fieldExpandos);
    expect(view.fieldAttributes).toEqual(before.fieldAttributes);
    expect(view.globals).toEqual(before.globals);
    expect(view.highlights).toBe(0);
  }
  await page.close();
});
