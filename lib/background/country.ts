/** The crisis-resources country: the user's choice, or the one the browser's UI language implies. */
// From resources directly: lib/crisis/index.ts would also bring the crisis patterns into the worker.
import { countryFromLocale } from '../crisis/resources';
import type { Settings } from '../storage/schema';

/** An ISO country code, or '' when the language names none (the crisis card then shows international help). */
export function resolveCountry(settings: Settings, uiLanguage: string): string {
  return settings.resourcesCountry === 'auto'
    ? countryFromLocale(uiLanguage)
    : settings.resourcesCountry;
}
