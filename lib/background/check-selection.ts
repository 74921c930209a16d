/**
 * "Check with Selfkind": the context menu on selected text and the keyboard command. The text goes
 * to the check page in memory (HandoffStore), never into storage or the URL.
 */
import { browser, type Browser } from 'wxt/browser';
import { t } from '../i18n';
import { MAX_HANDOFF_LENGTH } from '../messaging/validate';
import type { HandoffStore } from './handoff';
import { listen } from './listen';
import { openExtensionPage } from './open-page';

export const CHECK_MENU_ID = 'selfkind-check-selection';
export const CHECK_COMMAND = 'check-selection';
export const CHECK_PAGE = '/check.html';

type Tab = Browser.tabs.Tab;

/** Opens the check page with `text` handed over by token; with nothing selected, opens it empty. */
export async function openCheckPage(
  handoffs: HandoffStore,
  text: string,
  opener?: Tab,
): Promise<void> {
  const trimmed = text.trim().slice(0, MAX_HANDOFF_LENGTH);
  const path = trimmed ? `${CHECK_PAGE}#${handoffs.put(trimmed)}` : CHECK_PAGE;
  await openExtensionPage(path, opener);
}

/** Runs in the page: the selected text, including a selection inside a text field. */
function readSelection(): string {
  const active = document.activeElement;
  if (active instanceof HTMLTextAreaElement || active instanceof HTMLInputElement) {
    const { selectionStart, selectionEnd, value } = active;
    if (selectionStart !== null && selectionEnd !== null && selectionEnd > selectionStart) {
      return value.slice(selectionStart, selectionEnd);
    }
  }
  return getSelection()?.toString() ?? '';
}

/** The selection in the tab's focused frame (or any frame with one); '' when the page cannot be read. */
export async function selectionInTab(tabId: number): Promise<string> {
  try {
    const results = await browser.scripting.executeScript({
      target: { tabId, allFrames: true },
      func: readSelection,
    });
    const texts = results
      .map((result) => result.result)
      .filter((value): value is string => typeof value === 'string' && value.trim().length > 0);
    return texts[0] ?? '';
  } catch {
    // Browser pages, the web store, PDFs: no access, so nothing to check.
    return '';
  }
}

export function createCheckMenu(): void {
  browser.contextMenus.create(
    { id: CHECK_MENU_ID, title: t('background_menu_check'), contexts: ['selection'] },
    // Recreating an existing menu after a restart reports a duplicate id: harmless.
    () => void browser.runtime.lastError,
  );
}

export function registerCheckSelection(handoffs: HandoffStore, signal: AbortSignal): void {
  listen(
    browser.contextMenus.onClicked,
    (info: Browser.contextMenus.OnClickData, tab?: Tab) => {
      if (info.menuItemId !== CHECK_MENU_ID) return;
      return openCheckPage(handoffs, info.selectionText ?? '', tab);
    },
    signal,
  );
  listen(
    browser.commands.onCommand,
    (command: string, tab?: Tab) => {
      if (command !== CHECK_COMMAND) return;
      return (async () => {
        const target = tab ?? (await browser.tabs.query({ active: true, currentWindow: true }))[0];
        const text = target?.id !== undefined ? await selectionInTab(target.id) : '';
        await openCheckPage(handoffs, text, target);
      })();
    },
    signal,
  );
}
