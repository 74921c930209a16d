/** Opens one of the extension's own pages in a new tab, next to the tab the user was on. */
import { browser, type Browser, type PublicPath } from 'wxt/browser';

/** Pages by path, e.g. '/check.html#token'; the page set is built by other entrypoints. */
export function extensionPageUrl(pathWithHash: string): string {
  return browser.runtime.getURL(pathWithHash as PublicPath);
}

export async function openExtensionPage(
  pathWithHash: string,
  opener?: Pick<Browser.tabs.Tab, 'id' | 'index' | 'windowId'>,
): Promise<void> {
  const placement =
    opener?.id !== undefined && opener.id >= 0
      ? { openerTabId: opener.id, index: opener.index + 1, windowId: opener.windowId }
      : {};
  await browser.tabs.create({ url: extensionPageUrl(pathWithHash), ...placement });
}
