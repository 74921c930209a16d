import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { mkdirSync, readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { launchWithExtension, type ExtensionBrowser } from '../harness';

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

type Stored = Record<string, unknown>;

async function storedSettings(): Promise<Stored> {
  return browser.worker.evaluate(async () => {
    const { settings } = await chrome.storage.local.get('settings');
    return (settings as Record<string, unknown> | undefined) ?? {};
  });
}

async function openOptions(colorScheme: 'light' | 'dark' = 'light'): Promise<Page> {
  const page = await browser.context.newPage();
  await page.emulateMedia({ colorScheme, reducedMotion: 'reduce' });
  await page.goto(`chrome-extension://${browser.extensionId}/options.html`);
  await page.getByRole('heading', { level: 2, name: 'General' }).waitFor();
  return page;
}

describe('options page', () => {
  test('is accessible in light and dark, and a screenshot is taken', async () => {
    const page = await openOptions();
    await expectNoAxeViolations(page);
    await page.screenshot({ path: 'docs/screenshots/options.png', fullPage: true });
    await page.close();
    const dark = await openOptions('dark');
    await expectNoAxeViolations(dark);
    await dark.close();
  });

  test('keyboard only: skip link, visible focus, and a switch flips with Space', async () => {
    const page = await openOptions();
    await page.keyboard.press('Tab');
    const skip = page.getByRole('link', { name: 'Skip to main content' });
    await expect.poll(() => skip.evaluate((el) => el === document.activeElement)).toBe(true);
    expect(await skip.evaluate((el) => el.getBoundingClientRect().top >= 0)).toBe(true);
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('main');
    // Tab on to the first switch ("Selfkind is on"), past the section links.
    const first = page.getByRole('switch', { name: 'Selfkind is on' });
    for (let i = 0; i < 20 && !(await first.evaluate((el) => el === document.activeElement)); i++) {
      await page.keyboard.press('Tab');
    }
    expect(await first.evaluate((el) => el === document.activeElement)).toBe(true);
    const outline = await first.evaluate((el) => getComputedStyle(el).outlineStyle);
    expect(outline).not.toBe('none');
    await page.keyboard.press('Space');
    await expect.poll(async () => (await storedSettings()).enabled).toBe(false);
    await page.keyboard.press('Space');
    await expect.poll(async () => (await storedSettings()).enabled).toBe(true);
    await page.close();
  });

  test('settings save as they change, with a polite "Saved"', async () => {
    const page = await openOptions();
    await page.getByRole('radio', { name: /^Thorough/ }).check();
    await expect.poll(async () => (await storedSettings()).sensitivity).toBe('thorough');
    await page.getByRole('status').getByText('Saved').waitFor();

    await page.getByRole('switch', { name: /^Mind reading/ }).click();
    await expect
      .poll(async () => (await storedSettings()).disabledCategories)
      .toEqual(['mind_reading']);

    await page.getByRole('switch', { name: /^Stay quiet every day/ }).click();
    await page.getByLabel('From', { exact: true }).fill('21:30');
    await expect
      .poll(async () => (await storedSettings()).quietHours)
      .toEqual({ enabled: true, start: '21:30', end: '07:00' });

    await page.getByLabel('Wait before looking at what you wrote').selectOption('1000');
    await expect.poll(async () => (await storedSettings()).pauseDelayMs).toBe(1000);

    await page.getByLabel('Day', { exact: true }).selectOption({ label: 'Friday' });
    await expect.poll(async () => (await storedSettings()).summaryDay).toBe(5);

    await page.getByLabel('Country for helplines').selectOption('GB');
    await expect.poll(async () => (await storedSettings()).resourcesCountry).toBe('GB');

    // The weekly notification's switch asks the browser for a permission first: its own tests answer the
    // prompt (tests/e2e/background/notifications-permission.e2e.test.ts, summary-alarm.e2e.test.ts).
    await page.close();
  });

  test('sites: validates, normalises pasted addresses, and removes', async () => {
    const page = await openOptions();
    const field = page.getByLabel('Add a site');
    await field.fill('not a site');
    await page.getByRole('button', { name: 'Keep quiet here' }).click();
    await page.getByRole('alert').getByText("doesn't look like a site name").waitFor();
    expect((await storedSettings()).disabledSites ?? []).toEqual([]);

    await field.fill('https://Mail.Example.com/inbox?x=1');
    await field.press('Enter');
    await expect
      .poll(async () => (await storedSettings()).disabledSites)
      .toEqual(['mail.example.com']);
    await page.getByRole('list', { name: 'Sites where Selfkind stays quiet' }).waitFor();
    await page.getByRole('button', { name: 'Remove mail.example.com' }).click();
    await expect.poll(async () => (await storedSettings()).disabledSites).toEqual([]);
    await page.getByTestId('sites-empty').waitFor();
    await page.close();
  });

  test('export downloads JSON; a bad import changes nothing; a good one restores', async () => {
    const page = await openOptions();
    await page.getByRole('radio', { name: /^Gentle/ }).check();
    await expect.poll(async () => (await storedSettings()).sensitivity).toBe('gentle');

    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Download my data' }).click();
    const file = await (await download).path();
    const exported = JSON.parse(readFileSync(file, 'utf8')) as { settings: Stored; format: string };
    expect(exported.format).toBe('selfkind-export');
    expect(exported.settings.sensitivity).toBe('gentle');
    expect((await download).suggestedFilename()).toMatch(/^selfkind-data-\d{4}-\d\d-\d\d\.json$/);

    await page.getByRole('radio', { name: /^Standard/ }).check();
    await expect.poll(async () => (await storedSettings()).sensitivity).toBe('standard');

    const input = page.locator('input[type="file"]');
    await input.setInputFiles({
      name: 'bad.json',
      mimeType: 'application/json',
      buffer: Buffer.from('{"format":"something-else"}'),
    });
    await page.getByRole('alert').getByText("doesn't look like a Selfkind export").waitFor();
    expect((await storedSettings()).sensitivity).toBe('standard');

    await input.setInputFiles({
      name: 'good.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify(exported)),
    });
    await page.getByText('Imported.').waitFor();
    await expect.poll(async () => (await storedSettings()).sensitivity).toBe('gentle');
    await expect.poll(() => page.getByRole('radio', { name: /^Gentle/ }).isChecked()).toBe(true);
    await page.close();
  });

  test('delete everything asks first, by keyboard, then clears storage', async () => {
    const page = await openOptions();
    await page.getByRole('radio', { name: /^Thorough/ }).check();
    await expect.poll(async () => (await storedSettings()).sensitivity).toBe('thorough');

    const start = page.getByRole('button', { name: 'Delete everything…' });
    await start.focus();
    await page.keyboard.press('Enter');
    const confirm = page.getByRole('button', { name: 'Yes, delete everything' });
    await expect.poll(() => confirm.evaluate((el) => el === document.activeElement)).toBe(true);
    await page.getByRole('button', { name: 'Keep my data' }).click();
    expect((await storedSettings()).sensitivity).toBe('thorough');

    await start.click();
    await confirm.click();
    await page.getByText('Everything was deleted.').waitFor();
    await expect
      .poll(() => browser.worker.evaluate(() => chrome.storage.local.get(null)))
      .toEqual({});
    await expect.poll(() => page.getByRole('radio', { name: /^Standard/ }).isChecked()).toBe(true);
    expect(browser.outsideRequests()).toEqual([]);
    await page.close();
  });
});
