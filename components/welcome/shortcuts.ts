import { browser } from 'wxt/browser';

/** The in-field shortcut of the nudge card (fixed in the content script). */
export const CARD_SHORTCUT = 'Alt+Shift+K';
/** The browser-wide "check the selection" command, as the manifest suggests it. */
export const CHECK_COMMAND = 'check-selection';
export const CHECK_SHORTCUT_DEFAULT = 'Alt+Shift+Y';

/** The shortcut the user actually has for checking a selection ('' when they removed it). */
export async function checkShortcut(): Promise<string> {
  try {
    const commands = await browser.commands.getAll();
    const command = commands.find((c) => c.name === CHECK_COMMAND);
    return command ? (command.shortcut ?? '') : CHECK_SHORTCUT_DEFAULT;
  } catch {
    return CHECK_SHORTCUT_DEFAULT;
  }
}

/** 'Alt+Shift+K' → ['Alt', 'Shift', 'K'] for <kbd> rendering. */
export function keysOf(shortcut: string): string[] {
  return shortcut.split('+').filter(Boolean);
}
