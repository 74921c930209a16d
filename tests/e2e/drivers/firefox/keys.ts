/** Playwright key strings ("Control+Shift+z") pressed with puppeteer's keyboard. */
import type { Keyboard, KeyInput } from 'puppeteer-core';

export async function pressCombo(keyboard: Keyboard, combo: string): Promise<void> {
  // "Control++" presses "+" with Control; otherwise "+" separates keys.
  const parts = combo.endsWith('++') ? [...combo.slice(0, -2).split('+'), '+'] : combo.split('+');
  const key = parts.pop()! as KeyInput;
  const modifiers = parts as KeyInput[];
  for (const modifier of modifiers) await keyboard.down(modifier);
  await keyboard.press(key);
  for (const modifier of modifiers.reverse()) await keyboard.up(modifier);
}
