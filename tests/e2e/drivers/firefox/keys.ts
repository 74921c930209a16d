/** Playwright key strings ("Control+Shift+z") pressed with puppeteer's keyboard. */
import type { Keyboard, KeyInput } from 'puppeteer-core';

/** Playwright's key names that puppeteer spells otherwise. */
const RENAMED: Record<string, string> = { Space: ' ', ControlOrMeta: 'Control' };

export const toPuppeteerKey = (key: string): KeyInput => (RENAMED[key] ?? key) as KeyInput;

export async function pressCombo(keyboard: Keyboard, combo: string): Promise<void> {
  // "Control++" presses "+" with Control; otherwise "+" separates keys.
  const parts = combo.endsWith('++') ? [...combo.slice(0, -2).split('+'), '+'] : combo.split('+');
  const key = toPuppeteerKey(parts.pop()!);
  const modifiers = parts.map(toPuppeteerKey);
  for (const modifier of modifiers) await keyboard.down(modifier);
  await keyboard.press(key);
  for (const modifier of modifiers.reverse()) await keyboard.up(modifier);
}
