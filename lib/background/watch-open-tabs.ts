/**
 * Browsers add manifest content scripts only to pages loaded after install or update. Then the always-on
 * script is added to the pages already open too, so their fields work without a reload.
 */
import { browser } from 'wxt/browser';

export const WATCH_SCRIPT = '/watch.js';

/** Pages an extension may script: not the browser's own pages, nor extension stores. */
const SCRIPTABLE = /^(https?|file):/;

export async function watchOpenTabs(): Promise<void> {
  const tabs = await browser.tabs.query({});
  await Promise.all(
    tabs
      .filter((tab) => tab.id !== undefined && SCRIPTABLE.test(tab.url ?? ''))
      .map((tab) =>
        browser.scripting
          .executeScript({ target: { tabId: tab.id!, allFrames: true }, files: [WATCH_SCRIPT] })
          // A tab that closed, or a page the browser does not let extensions script (a store): skipped.
          .catch(() => undefined),
      ),
  );
}
