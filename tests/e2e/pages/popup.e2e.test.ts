import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { mkdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import {
  EXTENSION_DIR,
  launchWithExtension,
  serveFixtures,
  type ExtensionBrowser,
  type FixtureServer,
  chromiumOnly,
} from '../harness';
import { OPEN_CARD_SHORTCUT, selfkindUi } from '../ui';

/** The extension's own API, inside `worker.evaluate` (the service worker's global). */
declare const chrome: (typeof import('wxt/browser'))['browser'];

let browser: ExtensionBrowser;
let server: FixtureServer;

beforeAll(async () => {
  browser = await launchWithExtension();
  server = await serveFixtures('tests/e2e/fixtures/pages');
  mkdirSync('docs/screenshots', { recursive: true });
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function expectNoAxeViolations(page: Page) {
  const { violations } = await new AxeBuilder({ page }).analyze();
  expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(', ')}`)).toEqual([]);
}

async function storedSettings(): Promise<Record<string, unknown>> {
  return browser.worker.evaluate(async () => {
    const { settings } = await chrome.storage.local.get('settings');
    return (settings as Record<string, unknown> | undefined) ?? {};
  });
}

async function tabIdOf(url: string): Promise<number> {
  return browser.worker.evaluate(async (target) => {
    const tabs = await chrome.tabs.query({});
    return tabs.find((tab) => tab.url === target)?.id ?? -1;
  }, url);
}

/** The popup page, about the tab `tabId` (the popup opened in a tab of its own, at popup width). */
async function openPopup(tabId: number, colorScheme: 'light' | 'dark' = 'light'): Promise<Page> {
  const page = await browser.context.newPage();
  await page.setViewportSize({ width: 360, height: 600 });
  await page.emulateMedia({ colorScheme, reducedMotion: 'reduce' });
  await page.goto(`chrome-extension://${browser.extensionId}/popup.html?tab=${tabId}`);
  await page.getByRole('heading', { level: 2, name: 'This site' }).waitFor();
  return page;
}

async function openFixture(): Promise<{ page: Page; tabId: number }> {
  const page = await browser.context.newPage();
  const url = server.url('/textarea.html');
  await page.goto(url);
  const tabId = await tabIdOf(url);
  expect(tabId).toBeGreaterThan(0);
  return { page, tabId };
}

describe('popup', () => {
  test('switches Selfkind off and on for this site', async () => {
    const { page: site, tabId } = await openFixture();
    const popup = await openPopup(tabId);
    const toggle = popup.getByRole('switch', { name: 'On for 127.0.0.1' });
    await expect.poll(() => toggle.isChecked()).toBe(true);
    await toggle.click();
    await expect.poll(async () => (await storedSettings()).disabledSites).toEqual(['127.0.0.1']);
    await expect.poll(() => toggle.isChecked()).toBe(false);
    // Keyboard: Space on the focused switch turns it back on.
    await toggle.focus();
    await popup.keyboard.press('Space');
    await expect.poll(async () => (await storedSettings()).disabledSites).toEqual([]);
    await popup.close();
    await site.close();
  });

  test('snoozes for an hour, shows when it ends, and resumes', async () => {
    const { page: site, tabId } = await openFixture();
    const popup = await openPopup(tabId);
    const before = Date.now();
    await popup.getByRole('button', { name: 'Quiet for 1 hour' }).click();
    await popup.getByText('Selfkind is quiet until').waitFor();
    const until = (await storedSettings()).snoozeUntil as number;
    expect(until).toBeGreaterThanOrEqual(before + 60 * 60 * 1000);
    expect(until).toBeLessThan(Date.now() + 60 * 60 * 1000 + 5000);
    await popup.getByRole('button', { name: 'Resume now' }).click();
    await expect.poll(async () => (await storedSettings()).snoozeUntil).toBeNull();
    await popup.getByRole('button', { name: 'Quiet until tomorrow morning' }).waitFor();
    await popup.close();
    await site.close();
  });

  test('shows a calm empty state for nudges, and a clear state where extensions cannot run', async () => {
    const { page: site, tabId } = await openFixture();
    const popup = await openPopup(tabId);
    await popup
      .locator('#popup-nudges')
      .getByText(/^Nothing yet/)
      .waitFor();
    await popup.close();

    const blank = await browser.context.newPage();
    await blank.goto('about:blank');
    const blankId = await tabIdOf('about:blank');
    const closed = await openPopup(blankId);
    await closed.getByText("Browsers don't let extensions work on this kind of page").waitFor();
    await closed.getByText('Nothing to show on this page.').waitFor();
    await expectNoAxeViolations(closed);
    await closed.close();
    await blank.close();
    await site.close();
  });

  test('lists the latest nudges of the page, from the tab only', async () => {
    const { page: site, tabId } = await openFixture();
    const sentence = 'I am such a failure at keeping plants alive.';
    await site.locator('#entry').click();
    await site.keyboard.type(sentence);
    const ui = await selfkindUi(site);
    await ui.waitFor({ role: 'button', name: /^Selfkind/ });
    await site.keyboard.press(OPEN_CARD_SHORTCUT);
    await ui.waitFor({ role: 'dialog', name: /Selfkind/ });
    const popup = await openPopup(tabId);
    const nudges = popup.locator('#popup-nudges');
    await nudges.getByText(sentence).waitFor();
    await nudges.getByText('Never stored.', { exact: false }).waitFor();
    await expectNoAxeViolations(popup);
    // The words live in the tab's memory only: nothing textual reached storage.
    const stored = await browser.worker.evaluate(async () =>
      JSON.stringify([await chrome.storage.local.get(null), await chrome.storage.sync.get(null)]),
    );
    expect(stored).not.toContain('plants');
    await popup.close();
    await site.close();
  });

  test('try a sentence: finds the trap, labels suggestions by part, and "Use this" rewrites', async () => {
    const { page: site, tabId } = await openFixture();
    for (const colorScheme of ['light', 'dark'] as const) {
      const popup = await openPopup(tabId, colorScheme);
      const field = popup.getByLabel('Write anything');
      await field.fill("I'm such a loser, I never finish anything I start.");
      await popup.getByRole('heading', { level: 3, name: 'Name-calling' }).waitFor();
      await popup.getByText('Kinder ways to say it').first().waitFor();
      expect(await popup.locator('.sk-suggestion .sk-chip').allTextContents()).toEqual(
        expect.arrayContaining(['Kindness']),
      );
      await expectNoAxeViolations(popup);
      await popup.screenshot({
        path: `docs/screenshots/${colorScheme === 'dark' ? 'popup-dark' : 'popup'}.png`,
        fullPage: true,
      });
      const firstSuggestion = await popup.locator('.sk-suggestion__text').first().textContent();
      await popup.getByRole('button', { name: 'Use this' }).first().click();
      await expect.poll(() => field.inputValue()).toContain(firstSuggestion!.trim());
      await popup.close();
    }
    await site.close();
  });

  test.skipIf(chromiumOnly("Firefox's BiDi reports no moz-extension:// loads"))(
    'opens without the engine; the engine loads on the first sentence',
    async () => {
      const popup = await browser.context.newPage();
      const chunks: string[] = [];
      popup.on('request', (request) => {
        const { pathname } = new URL(request.url());
        if (pathname.startsWith('/chunks/')) chunks.push(pathname);
      });
      await popup.goto(`chrome-extension://${browser.extensionId}/popup.html`);
      await popup.getByTestId('week-glance').getByText(/\S/).waitFor();
      const bytes = (path: string) => statSync(join(EXTENSION_DIR, path)).size;
      const atOpen = chunks.length;
      expect(atOpen).toBeGreaterThan(0);
      expect(Math.max(...chunks.map(bytes))).toBeLessThan(100_000);
      await popup.getByLabel('Write anything').fill('I am hopeless at remembering names.');
      await popup.getByText('Kinder ways to say it').first().waitFor();
      // The engine, and any small module it shares with the practice page (the part detector), load only now.
      const loaded = chunks.slice(atOpen);
      expect(loaded.filter((path) => bytes(path) > 100_000)).toHaveLength(1);
      expect(loaded.filter((path) => bytes(path) > 20_000)).toHaveLength(1);
      await popup.close();
    },
  );

  test('practice opens in a tab, and nothing left the machine', async () => {
    const { page: site, tabId } = await openFixture();
    const popup = await openPopup(tabId);
    await popup.getByTestId('week-glance').getByText(/\S/).waitFor();
    const opened = browser.context.waitForEvent('page');
    await popup.getByRole('button', { name: 'Practice', exact: true }).click();
    const practice = await opened;
    await practice.waitForURL(/\/practice\.html/);
    await practice.close();
    await site.close();
    expect(browser.outsideRequests()).toEqual([]);
  });
});
