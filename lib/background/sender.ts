/** Who sent a message: only this extension's own contexts are answered. */
import { browser, type Browser } from 'wxt/browser';

export type Sender = Browser.runtime.MessageSender;

function extensionOrigin(): string {
  return browser.runtime.getURL('/');
}

export function isOwnSender(sender: Sender | undefined): sender is Sender {
  return !!sender && sender.id === browser.runtime.id;
}

/** An extension page (popup, options, summary, practice, check): not a content script in a web page. */
export function isExtensionPage(sender: Sender | undefined): boolean {
  return (
    isOwnSender(sender) &&
    typeof sender.url === 'string' &&
    sender.url.startsWith(extensionOrigin())
  );
}

/** A content script in a web page's frame: where the message came from. */
export function contentFrame(
  sender: Sender | undefined,
): { tabId: number; frameId: number; host: string } | null {
  if (!isOwnSender(sender) || isExtensionPage(sender)) return null;
  const tabId = sender.tab?.id;
  const { frameId, url } = sender;
  if (typeof tabId !== 'number' || typeof frameId !== 'number' || typeof url !== 'string')
    return null;
  try {
    return { tabId, frameId, host: new URL(url).hostname };
  } catch {
    return null;
  }
}
