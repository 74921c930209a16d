/**
 * Firefox only: in a private window Selfkind still helps (nudge, card, "Use this"), and records no
 * counts. The same steps in a normal window afterwards are counted, once.
 */
import { expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { selfkindUi } from '../ui';
import { allowInPrivateWindows } from '../drivers/firefox/browser-chrome';
import type { FirefoxContext } from '../drivers/firefox/context';
import { GECKO_ID } from '../drivers/firefox/urls';
import { DIALOG, HARSH, INDICATOR, useContentEnv } from '../content/setup';

/** The extension's API, as the callbacks below see it. */
declare const chrome: (typeof import('wxt/browser'))['browser'];

const env = useContentEnv();

async function nudgeAndUse(page: Page): Promise<void> {
  await page.goto(env.server.url('/textarea.html'));
  const ui = await selfkindUi(page);
  await page.click('#entry');
  await page.keyboard.type(HARSH);
  await ui.click(await ui.waitFor(INDICATOR));
  await ui.waitFor(DIALOG);
  await ui.click(await ui.waitFor({ role: 'button', name: /^Use this: / }));
  await expect.poll(() => page.inputValue('#entry')).not.toBe(HARSH);
  // Leaving the page sends the content script's batch of counts.
  await page.close();
}

const usedToday = () =>
  env.browser.worker.evaluate(async () => {
    const { stats } = await chrome.storage.local.get('stats');
    const days = Object.values((stats ?? {}) as Record<string, { counts: { used?: number } }>);
    return days.reduce((sum, day) => sum + (day.counts.used ?? 0), 0);
  });

test('a private window gets nudges but records no counts', async () => {
  // As a user does on about:addons: "Run in Private Windows: Allow".
  await allowInPrivateWindows(env.browser.context as unknown as FirefoxContext, GECKO_ID);
  const opened = env.browser.context.waitForEvent('page');
  const incognito = await env.browser.worker.evaluate(
    (url) => chrome.windows.create({ incognito: true, url }).then((w) => w?.incognito),
    env.server.url('/input.html'),
  );
  expect(incognito).toBe(true);
  const privatePage = await opened;
  expect(await privatePage.evaluate(() => location.pathname)).toBe('/input.html');
  await nudgeAndUse(privatePage);

  // The private batch left before this page was even opened; only this one may count.
  await nudgeAndUse(await env.browser.context.newPage());
  await expect.poll(usedToday, { timeout: 10_000 }).toBeGreaterThan(0);
  expect(await usedToday()).toBe(1);
});
