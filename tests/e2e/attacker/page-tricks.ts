/**
 * What a hostile page can do with no help from the user, written as page scripts (they run in the page's
 * own world, as the page's scripts would): made-up events, hit-testing probes, tampering with the host.
 */
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import type { ExtensionBrowser } from '../harness';

/** A script-made key press on the field (isTrusted is false). */
declare const chrome: (typeof import('wxt/browser'))['browser'];

export function fakeKey(
  page: Page,
  init: { key: string; code: string; altKey?: boolean; shiftKey?: boolean },
  selector = '#entry',
): Promise<void> {
  return page.evaluate(
    ([selector, init]) => {
      const field = document.querySelector(selector)!;
      field.dispatchEvent(
        new KeyboardEvent('keydown', { ...init, bubbles: true, cancelable: true, composed: true }),
      );
    },
    [selector, init] as const,
  );
}

export const fakeOpenShortcut = (page: Page) =>
  fakeKey(page, { key: 'K', code: 'KeyK', altKey: true, shiftKey: true });
export const fakeEscape = (page: Page) => fakeKey(page, { key: 'Escape', code: 'Escape' });

/** A point inside the first flagged words typed at the very start of the textarea (its first glyphs). */
export function firstWordPoint(page: Page, selector = '#entry'): Promise<{ x: number; y: number }> {
  return page.evaluate((selector) => {
    const field = document.querySelector(selector)!;
    const box = field.getBoundingClientRect();
    const style = getComputedStyle(field);
    const lineHeight = parseFloat(style.lineHeight) || parseFloat(style.fontSize) * 1.4;
    return {
      x: box.left + parseFloat(style.borderLeftWidth) + parseFloat(style.paddingLeft) + 6,
      y: box.top + parseFloat(style.borderTopWidth) + parseFloat(style.paddingTop) + lineHeight / 2,
    };
  }, selector);
}

/**
 * What hit-testing shows the page on a grid over the field and 80 px around it, plus focus and layout:
 * everything a probing page can read without the user doing anything to Selfkind.
 */
export function probe(page: Page, selector = '#entry') {
  return page.evaluate((selector) => {
    const field = document.querySelector(selector)!;
    const box = field.getBoundingClientRect();
    const describe = (element: Element) =>
      element.tagName +
      (element.id ? `#${element.id}` : '') +
      (element.shadowRoot ? '+shadow' : '');
    const grid: string[] = [];
    let hostHits = 0;
    for (
      let y = Math.max(0, box.top - 80);
      y <= Math.min(innerHeight - 1, box.bottom + 80);
      y += 6
    ) {
      for (
        let x = Math.max(0, box.left - 80);
        x <= Math.min(innerWidth - 1, box.right + 80);
        x += 6
      ) {
        const stack = document.elementsFromPoint(x, y);
        if (stack.some((element) => element.tagName === 'SELFKIND-UI')) hostHits++;
        grid.push(`${describe(document.elementFromPoint(x, y)!)}|${stack.map(describe).join('>')}`);
      }
    }
    return {
      points: grid.length,
      hostHits,
      grid: grid.join('\n'),
      active: document.activeElement ? describe(document.activeElement) : null,
      layout: [
        document.documentElement.scrollWidth,
        document.documentElement.scrollHeight,
        box.width,
        box.height,
      ].join(','),
    };
  }, selector);
}

/** Looks again and again, for a while, that something never shows up. */
export async function neverWithin(
  ms: number,
  check: () => Promise<boolean>,
  what: string,
): Promise<void> {
  const until = Date.now() + ms;
  while (Date.now() < until) expect(await check(), what).toBe(false);
}

/** Today's counts, summed over every stored day. */
export async function storedCounts(browser: ExtensionBrowser): Promise<Record<string, number>> {
  // The bare `chrome` global: Firefox's background page has it, but not as a property of the evaluating realm's
  // globalThis.
  const stats = await browser.worker.evaluate(async () => {
    const { stats } = await chrome.storage.local.get('stats');
    return stats as Record<string, { counts: Record<string, number> }> | undefined;
  });
  const total: Record<string, number> = {};
  for (const day of Object.values(stats ?? {}))
    for (const [kind, count] of Object.entries(day.counts))
      total[kind] = (total[kind] ?? 0) + count;
  return total;
}
