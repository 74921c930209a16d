import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { mkdirSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { launchWithExtension, type ExtensionBrowser } from '../harness';

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

async function openWelcome(colorScheme: 'light' | 'dark' = 'light'): Promise<Page> {
  const page = await browser.context.newPage();
  await page.emulateMedia({ colorScheme, reducedMotion: 'reduce' });
  await page.goto(`chrome-extension://${browser.extensionId}/welcome.html`);
  await page.getByRole('heading', { level: 1, name: 'Welcome to Selfkind' }).waitFor();
  return page;
}

describe('welcome page', () => {
  test('opens on first install', async () => {
    const url = `chrome-extension://${browser.extensionId}/welcome.html`;
    await expect.poll(() => browser.context.pages().map((page) => page.url())).toContain(url);
  });

  test('says what Selfkind does and does not do, the shortcuts, and privacy; accessible', async () => {
    const page = await openWelcome();
    await page.getByText("It doesn't diagnose anything or label you.").waitFor();
    await page.getByText("isn't a substitute for care", { exact: false }).waitFor();
    await page.getByRole('heading', { name: 'Private by design' }).waitFor();
    await page.getByTestId('check-shortcut').waitFor();
    expect(await page.locator('kbd kbd').allTextContents()).toEqual(
      expect.arrayContaining(['Alt', 'Shift', 'K']),
    );
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    await expectNoAxeViolations(page);
    await page.close();
  });

  test('playground: a nudge, "Use this" rewrites in place, and Ctrl+Z brings the words back', async () => {
    const page = await openWelcome();
    const field = page.getByLabel('Your sentence');
    const original = "I'm so dumb, I should have seen that coming.";
    await field.click();
    await page.keyboard.type(original);
    await page.getByText('Kinder ways to say it').first().waitFor();
    await expectNoAxeViolations(page);
    await page.screenshot({ path: 'docs/screenshots/welcome.png', fullPage: true });
    const suggestion = (await page.locator('.sk-suggestion__text').first().textContent())!.trim();
    await page.getByRole('button', { name: 'Use this' }).first().click();
    await expect.poll(() => field.inputValue()).toContain(suggestion);
    expect(await field.inputValue()).not.toBe(original);
    await field.focus();
    await page.keyboard.press('Control+z');
    await expect.poll(() => field.inputValue()).toBe(original);
    await page.close();
  });

  test('support resources are one click away, keyboard only, in dark mode too', async () => {
    const page = await openWelcome('dark');
    const button = page.getByRole('button', { name: 'Show support resources' });
    await button.focus();
    await page.keyboard.press('Enter');
    const panel = page.getByTestId('crisis-panel');
    await panel.getByRole('link', { name: 'Call 988' }).waitFor();
    await panel.getByText('United States', { exact: false }).waitFor();
    await expectNoAxeViolations(page);
    await page.close();
    expect(browser.outsideRequests()).toEqual([]);
  });
});
