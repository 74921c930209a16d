/**
 * The crisis-resources country: the user's choice, or the region of the browser's UI language.
 * TODO(crisis): use countryFromLocale from lib/crisis once it lands; this local fallback reads the
 * region subtag the same way ('en-US' → 'US'; no region → '').
 */
import type { Settings } from '../storage/schema';

export function countryFromLocaleFallback(locale: string): string {
  const region = locale
    .replace(/_/g, '-')
    .split('-')
    .slice(1)
    .find((part) => /^[A-Za-z]{2}$/.test(part));
  return region ? region.toUpperCase() : '';
}

export function resolveCountry(settings: Settings, uiLanguage: string): string {
  return settings.resourcesCountry === 'auto'
    ? countryFromLocaleFallback(uiLanguage)
    : settings.resourcesCountry;
}
