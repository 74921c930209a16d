import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { mkdirSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { chromiumOnly, launchWithExtension, type ExtensionBrowser } from '../harness';

/** The extension's own API, inside `worker.evaluate` (the service worker's global). */
declare const chrome: (typeof import('wxt/browser'))['browser'];

let browser: ExtensionBrowser;
beforeAll(async () => {
  browser = await launchWithExtension();
  mkdirSync('docs/screenshots', { recursive: true });
});
afterAll(async () => {
  await browser?.close();
});

async function expectNoAxeViolations(page: Page) {
  const { violations } = await new AxeBuilder({ page }).analyze();
  expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(', ')}`)).toEqual([]);
}

/**
 * Clicks "Check with Selfkind" in the context menu the way the browser does: native menus cannot
 * be clicked from a test, so the worker's own onClicked event is dispatched with the selection.
 */
async function checkFromContextMenu(selectionText: string): Promise<Page> {
  const opened = browser.context.waitForEvent('page', (page) => page.url().includes('/check.html'));
  await browser.worker.evaluate((text) => {
    const event = chrome.contextMenus.onClicked as unknown as {
      dispatch(info: object): void;
    };
    event.dispatch({
      menuItemId: 'selfkind-check-selection',
      editable: false,
      pageUrl: '',
      selectionText: text,
    });
  }, selectionText);
  const page = await opened;
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.getByRole('heading', { level: 1, name: 'Check with Selfkind' }).waitFor();
  return page;
}

describe('check page', () => {
  test.skipIf(
    chromiumOnly(
      "dispatches the menu click inside Chrome's service worker; in Firefox the real menu is used: tests/e2e/firefox/shortcut-and-menu",
    ),
  )(
    'shows the analysis of handed-off words; the token is used once and leaves the URL',
    async () => {
      const words = 'Everyone probably thinks I am useless at my job.';
      const page = await checkFromContextMenu(words);
      const field = page.getByLabel('Words to check');
      await expect.poll(() => field.inputValue()).toBe(words);
      await page.getByRole('heading', { level: 2, name: 'What Selfkind noticed' }).waitFor();
      await page.getByText('Kinder ways to say it').first().waitFor();
      expect(new URL(page.url()).hash).toBe('');
      await expectNoAxeViolations(page);
      await page.screenshot({ path: 'docs/screenshots/check.png', fullPage: true });

      // Printed, the words and what was noticed remain; buttons and links to act on do not.
      await page.emulateMedia({ media: 'print' });
      expect(await page.getByRole('button', { name: 'Check again' }).isVisible()).toBe(false);
      expect(await page.getByRole('heading', { name: 'What Selfkind noticed' }).isVisible()).toBe(
        true,
      );
      await page.emulateMedia({ media: 'screen' });

      // Edit and re-check.
      await field.fill('I had a tough day at work, and I handled it as well as I could.');
      await page.getByText('You changed the words since this check.').waitFor();
      await page.getByRole('button', { name: 'Check', exact: true }).click();
      await page
        .locator('.sk-analysis__summary')
        .getByText(/Nothing harsh stood out/)
        .waitFor();

      // The stored data holds no words.
      const stored = await browser.worker.evaluate(async () =>
        JSON.stringify(await chrome.storage.local.get(null)),
      );
      expect(stored).not.toContain('useless');
      await page.close();
    },
  );

  test('a used or unknown token shows a calm "no longer here" state, and pasting still works', async () => {
    const page = await browser.context.newPage();
    await page.goto(
      `chrome-extension://${browser.extensionId}/check.html#0b7a9c1e-not-a-real-token`,
    );
    await page.getByRole('heading', { name: 'These words are no longer here' }).waitFor();
    await expectNoAxeViolations(page);
    const field = page.getByLabel('Words to check');
    await field.fill('I always mess up presentations.');
    await field.press('Tab');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 3, name: 'Always and never' }).waitFor();
    await page.close();
  });

  test.skipIf(
    chromiumOnly(
      "dispatches the menu click inside Chrome's service worker; in Firefox the real menu is used: tests/e2e/firefox/shortcut-and-menu",
    ),
  )('crisis language gets resources, never a rewrite', async () => {
    const page = await checkFromContextMenu('Some days I want to die.');
    const panel = page.getByTestId('crisis-panel');
    await panel.getByRole('heading', { name: "You don't have to carry this alone" }).waitFor();
    expect(await page.getByRole('button', { name: 'Use this' }).count()).toBe(0);
    expect(await page.getByText('Kinder ways to say it').count()).toBe(0);
    await expectNoAxeViolations(page);
    await page.close();
    expect(browser.outsideRequests()).toEqual([]);
  });
});
