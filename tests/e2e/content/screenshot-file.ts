/** Screenshots for docs/screenshots, written only when they show something new, so a test run leaves the tree clean. */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { firefoxScreenshotPath } from '../drivers/firefox/page';
import { BROWSER } from '../harness';
import { samePixels } from './png-pixels';

export async function saveScreenshot(page: Page, path: string): Promise<void> {
  const png = Buffer.from(await page.screenshot());
  // Firefox's screenshots sit beside Chromium's, with a suffix.
  const file = BROWSER === 'firefox' ? firefoxScreenshotPath(path)! : path;
  if (existsSync(file) && samePixels(readFileSync(file), png)) return;
  writeFileSync(file, png);
}
