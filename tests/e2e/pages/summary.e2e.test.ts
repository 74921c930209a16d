import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { mkdirSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { launchWithExtension, type ExtensionBrowser } from '../harness';

/** The part of the extension API these tests use inside the service worker. */
declare const chrome: {
  storage: {
    local: {
      get(keys: string | null): Promise<Record<string, unknown>>;
      set(items: Record<string, unknown>): Promise<void>;
    };
  };
};

let browser: ExtensionBrowser;
beforeAll(async () => {
  browser = await launchWithExtension();
  mkdirSync('docs/screenshots', { recursive: true });
});
afterAll(async () => {
  await browser?.close();
});

async function openSummary(colorScheme: 'light' | 'dark' = 'light'): Promise<Page> {
  const page = await browser.context.newPage();
  await page.emulateMedia({ colorScheme, reducedMotion: 'reduce' });
  await page.goto(`chrome-extension://${browser.extensionId}/summary.html`);
  await page.getByRole('heading', { level: 1, name: 'Your week' }).waitFor();
  await page.getByRole('heading', { name: 'How the week went' }).waitFor();
  return page;
}

async function expectNoAxeViolations(page: Page) {
  const { violations } = await new AxeBuilder({ page }).analyze();
  expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(', ')}`)).toEqual([]);
}

/**
 * Writes a history of counts through the service worker, as the background would: this week
 * (up to today) and the week before. Only numbers, never text.
 */
async function seedStats() {
  await browser.worker.evaluate(async () => {
    const key = (daysAgo: number) => {
      const date = new Date();
      date.setDate(date.getDate() - daysAgo);
      const pad = (n: number) => String(n).padStart(2, '0');
      return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
    };
    const history: Record<string, unknown> = {};
    for (let daysAgo = 0; daysAgo < 14; daysAgo++) {
      const thisWeek = daysAgo < 7;
      const harsh = thisWeek ? 1 + (daysAgo % 3) : 3 + (daysAgo % 2);
      const kind = thisWeek ? 2 + (daysAgo % 2) : 1;
      history[key(daysAgo)] = {
        counts: {
          harsh,
          kind,
          shown: harsh,
          used: thisWeek ? 1 : 0,
          exercise_finished: daysAgo % 4 === 0 ? 1 : 0,
        },
        byCategory: {
          mind_reading: { harsh: Math.ceil(harsh / 2) },
          should: { harsh: Math.floor(harsh / 2) },
          ...(daysAgo % 2 === 0 ? { comparison: { harsh: 1 } } : {}),
        },
      };
    }
    await chrome.storage.local.set({ stats: history, stats$: { v: 1 } });
  });
}

describe('weekly summary page', () => {
  test('empty state: a warm note and a way into practice, no charts', async () => {
    const page = await openSummary();
    await page.getByRole('heading', { name: 'Nothing to show yet' }).waitFor();
    expect(await page.locator('svg[role="img"]').count()).toBe(0);
    await expect
      .poll(() => page.getByRole('link', { name: 'Open the practice exercises' }).count())
      .toBe(1);
    await page.screenshot({ path: 'docs/screenshots/summary-empty.png', fullPage: true });
    await expectNoAxeViolations(page);
    await page.close();
  });

  test('with seeded stats: charts with text alternatives, narrative, suggestion', async () => {
    await seedStats();
    const page = await openSummary();
    await page.getByRole('heading', { name: 'Harsh and kind self-talk, day by day' }).waitFor();
    const charts = page.locator('svg[role="img"]');
    await expect.poll(() => charts.count()).toBeGreaterThanOrEqual(2);
    for (const label of await charts.evaluateAll((nodes) =>
      nodes.map((node) => node.getAttribute('aria-label') ?? ''),
    )) {
      expect(label).toMatch(/\d/);
    }
    // Every chart has its numbers as a table for screen readers (the trend's small lines share one).
    expect(await page.locator('table caption').count()).toBe(
      await page.locator('figure.ch-figure').count(),
    );
    expect(await page.locator('figure.ch-figure:not(:has(table))').count()).toBe(0);
    const traps = page.getByRole('table', { name: 'Thinking traps this week' });
    await expect
      .poll(() => traps.getByRole('rowheader').first().textContent())
      .toBe('Mind reading');
    const suggestion = page.getByRole('region', { name: 'Something to try' });
    await expect.poll(() => suggestion.textContent()).toContain('Mind reading');
    const link = suggestion.getByRole('link');
    expect(await link.getAttribute('href')).toMatch(/^\/practice\.html#/);
    await page.screenshot({ path: 'docs/screenshots/summary.png', fullPage: true });
    await expectNoAxeViolations(page);

    await page.emulateMedia({ colorScheme: 'dark' });
    await page.screenshot({ path: 'docs/screenshots/summary-dark.png', fullPage: true });
    await expectNoAxeViolations(page);

    await page.emulateMedia({ media: 'print', colorScheme: 'light' });
    expect(await page.getByRole('button', { name: 'Print this summary' }).isVisible()).toBe(false);
    expect(await link.isVisible()).toBe(false);
    expect(await charts.first().isVisible()).toBe(true);
    const barFill = await page
      .locator('.ch-bar--solid.ch-series-1')
      .first()
      .evaluate((node) => getComputedStyle(node).fill);
    expect(barFill).toMatch(/^rgb\((\d+), \1, \1\)$/);
    await page.pdf({ path: '/tmp/selfkind-summary-print.pdf' }).catch(() => undefined);

    await page.emulateMedia({ media: 'screen' });
    await link.click();
    await page.waitForURL(/practice\.html#/);
    await page.getByRole('heading', { level: 1, name: 'Practice' }).waitFor();
    await page.close();
  });

  test('the page follows new counts live', async () => {
    const page = await openSummary();
    const table = page.getByRole('table', { name: 'Thinking traps this week' });
    await table.waitFor({ state: 'attached' });
    await browser.worker.evaluate(async () => {
      const { stats } = (await chrome.storage.local.get('stats')) as {
        stats: Record<
          string,
          { counts: Record<string, number>; byCategory: Record<string, unknown> }
        >;
      };
      const today = Object.keys(stats).sort().at(-1)!;
      stats[today]!.byCategory.need_suppression = { harsh: 40 };
      await chrome.storage.local.set({ stats });
    });
    await expect
      .poll(() => table.getByRole('rowheader').first().textContent())
      .toBe('Pushing needs away');
    await page.close();
  });

  test('nothing leaves the machine', () => {
    expect(browser.outsideRequests()).toEqual([]);
  });
});
