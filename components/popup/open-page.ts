import { browser } from 'wxt/browser';

export type ExtensionPage = 'practice' | 'summary' | 'options' | 'welcome';

/** Opens one of our pages in a tab (a popup closes as soon as it loses focus, so pages live in tabs). */
export async function openExtensionPage(page: ExtensionPage): Promise<void> {
  if (page === 'options') {
    await browser.runtime.openOptionsPage();
    return;
  }
  await browser.tabs.create({ url: browser.runtime.getURL(`/${page}.html` as '/popup.html') });
}
