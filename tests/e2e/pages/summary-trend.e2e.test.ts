/**
 * The summary over weeks, with stats brought in the way a person would: a data file imported on the options page.
 * One, two and eight weeks of counts, light and dark; screenshots in docs/screenshots/summary-*-week*.png.
 */
import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { mkdirSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { DEFAULT_SETTINGS } from '../../../lib/storage/schema';
import { launchWithExtension, type ExtensionBrowser } from '../harness';

let browser: ExtensionBrowser;
beforeAll(async () => {
  browser = await launchWithExtension();
  mkdirSync('docs/screenshots', { recursive: true });
});
afterAll(async () => {
  expect(browser?.outsideRequests()).toEqual([]);
  await browser?.close();
});

async function expectNoAxeViolations(page: Page) {
  const { violations } = await new AxeBuilder({ page }).analyze();
  expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(', ')}`)).toEqual([]);
}

/** A local calendar day, as the extension keys its buckets (the browser runs in this process's zone). */
function dayKey(daysAgo: number): string {
  const date = new Date();
  date.setDate(date.getDate() - daysAgo);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** `weeks` weeks of counts ending today, one day a week, getting kinder and more practised over time. */
function exportFile(weeks: number): string {
  const stats: Record<string, unknown> = {};
  for (let weeksAgo = 0; weeksAgo < weeks; weeksAgo++) {
    const step = weeks - weeksAgo;
    stats[dayKey(7 * weeksAgo)] = {
      counts: {
        harsh: 4,
        kind: step,
        shown: 4,
        used: Math.min(step, 3),
        exercise_finished: step % 2,
      },
      byCategory: { should: { harsh: 3, shown: 3 }, comparison: { harsh: 1, shown: 1 } },
    };
  }
  return JSON.stringify({
    format: 'selfkind-export',
    formatVersion: 1,
    exportedAt: new Date().toISOString(),
    settings: DEFAULT_SETTINGS,
    stats,
    notes: [],
  });
}

async function importWeeks(weeks: number) {
  const page = await browser.context.newPage();
  await page.goto(`chrome-extension://${browser.extensionId}/options.html`);
  await page.locator('input[type="file"]').setInputFiles({
    name: `selfkind-${weeks}-weeks.json`,
    mimeType: 'application/json',
    buffer: Buffer.from(exportFile(weeks)),
  });
  await page.getByText('Imported.').waitFor();
  await page.close();
}

async function openSummary(colorScheme: 'light' | 'dark'): Promise<Page> {
  const page = await browser.context.newPage();
  await page.emulateMedia({ colorScheme, reducedMotion: 'reduce' });
  await page.setViewportSize({ width: 900, height: 900 });
  await page.goto(`chrome-extension://${browser.extensionId}/summary.html`);
  await page.getByRole('heading', { name: 'How the week went' }).waitFor();
  return page;
}

describe('the summary over weeks, from an imported file', () => {
  test.each([
    [1, null],
    [2, 'Over the last 4 weeks'],
    [8, 'Over the last 8 weeks'],
  ] as const)('%i week(s) of data', async (weeks, trendTitle) => {
    await importWeeks(weeks);
    for (const scheme of ['light', 'dark'] as const) {
      const page = await openSummary(scheme);
      const narrative = page.getByRole('region', { name: 'How the week went' });
      await expect
        .poll(() => narrative.textContent())
        .toContain('counting days with an exercise or a kinder wording');
      // The suggestion lives in its card only.
      await page.getByRole('region', { name: 'Something to try' }).waitFor();
      expect(await narrative.textContent()).not.toContain('One thing to try');
      const trend = page.getByRole('region', { name: /^Over the last/ });
      if (trendTitle === null) {
        expect(await trend.count()).toBe(0);
      } else {
        await page.getByRole('region', { name: trendTitle }).waitFor();
        const words = (await trend.locator('.sm-trend-narrative').textContent()) ?? '';
        expect(words).toContain('days with an exercise or a kinder wording');
        expect(words).toContain(
          weeks > 2 ? 'moving towards kinder self-talk' : 'As more weeks come in',
        );
        expect(words).not.toMatch(/\d/);
        const rows = trend.getByRole('table', { name: trendTitle }).getByRole('row');
        expect(await rows.count()).toBe(Math.max(4, weeks) + 1);
        expect(await trend.getByRole('img').count()).toBe(3);
        expect(await narrative.textContent()).not.toContain(words.split('. ')[1]!);
      }
      const suffix = scheme === 'dark' ? '-dark' : '';
      await page.screenshot({
        path: `docs/screenshots/summary-${weeks}-week${weeks > 1 ? 's' : ''}${suffix}.png`,
        fullPage: true,
      });
      await expectNoAxeViolations(page);
      await page.close();
    }
  });
});
