import { browser } from 'wxt/browser';

export interface ActiveTab {
  id: number;
  /** Hostname for http(s) pages; '' where there is none. */
  host: string;
  /** False where browsers never run extension content scripts (browser pages, stores, other extensions). */
  scriptable: boolean;
}

/** Stores and browser pages where no extension may run a content script. */
const CLOSED_HOSTS = new Set([
  'chromewebstore.google.com',
  'chrome.google.com',
  'addons.mozilla.org',
]);

export function describeUrl(url: string | undefined): Pick<ActiveTab, 'host' | 'scriptable'> {
  if (!url) return { host: '', scriptable: false };
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return { host: '', scriptable: false };
  }
  const web = parsed.protocol === 'http:' || parsed.protocol === 'https:';
  const host = web ? parsed.hostname : '';
  const closed =
    CLOSED_HOSTS.has(host) &&
    (host !== 'chrome.google.com' || parsed.pathname.startsWith('/webstore'));
  return { host, scriptable: (web && !closed) || parsed.protocol === 'file:' };
}

/**
 * The tab the popup is about: the active tab of the current window, or the tab named by `?tab=<id>`
 * (used when the popup page is opened in a tab of its own, e.g. by the end-to-end tests).
 */
export async function getActiveTab(search = location.search): Promise<ActiveTab | null> {
  const named = Number(new URLSearchParams(search).get('tab'));
  const tab =
    Number.isInteger(named) && named > 0
      ? await browser.tabs.get(named).catch(() => undefined)
      : (await browser.tabs.query({ active: true, currentWindow: true }))[0];
  if (!tab || tab.id === undefined) return null;
  return { id: tab.id, ...describeUrl(tab.url) };
}
