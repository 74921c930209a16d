/**
 * Every UI string goes through `_locales` messages, so a translation needs no code change.
 * Message keys: letters, digits and underscores, prefixed by the surface that owns them
 * (`card_`, `popup_`, `practice_`, `summary_`, `options_`, `welcome_`, `common_`, ...).
 */
import { browser } from 'wxt/browser';

/** Keys of the English catalog, typed by WXT from public/_locales (run `wxt prepare` after adding one). */
export type MessageKey = Parameters<typeof browser.i18n.getMessage>[0];

export function t(key: MessageKey, substitutions?: string | string[]): string {
  return browser.i18n.getMessage(key, substitutions) || key;
}

/** The shape of a `_locales/<lang>/messages.json` file. */
export type MessageCatalog = Record<
  string,
  { message: string; description?: string; placeholders?: Record<string, { content: string }> }
>;

/** Resolves a message the way browsers do: named placeholders (`$NAME$`) and positional `$1`…`$9`. */
export function formatMessage(
  catalog: MessageCatalog,
  key: string,
  substitutions?: string | string[],
): string {
  const entry = catalog[key];
  if (!entry) return '';
  const subs = substitutions === undefined ? [] : ([] as string[]).concat(substitutions);
  const positional = (text: string) =>
    text.replace(/\$(\d)/g, (_, n: string) => subs[Number(n) - 1] ?? '');
  return entry.message
    .replace(/\$([A-Za-z0-9_@]+)\$/g, (whole, name: string) => {
      const placeholder = Object.entries(entry.placeholders ?? {}).find(
        ([id]) => id.toLowerCase() === name.toLowerCase(),
      );
      return placeholder ? positional(placeholder[1].content) : whole;
    })
    .replace(/\$(\d)/g, (_, n: string) => subs[Number(n) - 1] ?? '')
    .replace(/\$\$/g, '$');
}
