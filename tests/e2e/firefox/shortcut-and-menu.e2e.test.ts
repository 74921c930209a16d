/**
 * Firefox only: "Check with Selfkind" from the page's real context menu, and the browser-wide
 * Alt+Shift+Y, each open the check page with the selected words (Chromium's suite dispatches the
 * menu event in the service worker instead: native menus and browser shortcuts are out of reach there).
 */
import { expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { chooseFromContextMenu, pressInBrowserWindow } from '../drivers/firefox/browser-chrome';
import type { FirefoxPage } from '../drivers/firefox/page';
import { openFixture, useContentEnv } from '../content/setup';

const WORDS = 'Everyone probably thinks I am useless at my job.';

const env = useContentEnv();

/** The textarea page with WORDS typed and selected. */
async function selectedWords(): Promise<Page> {
  const { page } = await openFixture(env, 'textarea.html');
  await page.click('#entry');
  await page.keyboard.type(WORDS);
  await page.keyboard.press('Control+a');
  return page;
}

async function expectCheckPageWith(opened: Promise<Page>): Promise<void> {
  const check = await opened;
  await check.getByRole('heading', { level: 1, name: 'Check with Selfkind' }).waitFor();
  await expect.poll(() => check.getByLabel('Words to check').inputValue()).toBe(WORDS);
  await check.getByRole('heading', { level: 2, name: 'What Selfkind noticed' }).waitFor();
  await check.close();
}

const checkPageOpens = () =>
  env.browser.context.waitForEvent('page', (page) => page.url().includes('/check.html'));

test('Alt+Shift+Y in the browser window checks the selected words on their own page', async () => {
  const page = await selectedWords();
  const opened = checkPageOpens();
  await pressInBrowserWindow(page as unknown as FirefoxPage, 'Alt+Shift+Y');
  await expectCheckPageWith(opened);
  await page.close();
});

test('right click → "Check with Selfkind" checks the selected words on their own page', async () => {
  const page = await selectedWords();
  const box = (await page.locator('#entry').boundingBox())!;
  const opened = checkPageOpens();
  await chooseFromContextMenu(
    page as unknown as FirefoxPage,
    { x: box.x + 20, y: box.y + 10 },
    'Check with Selfkind',
  );
  await expectCheckPageWith(opened);
  await page.close();
});
