/** The one place the pages read crisis resources from (lib/crisis), shaped for display. */
import {
  countryFromLocale,
  resourcesFor,
  SUPPORTED_COUNTRIES,
  type Helpline,
} from '../../lib/crisis/resources';

export interface CrisisLine {
  name: string;
  /** Hours and audience, as one short line. */
  detail?: string;
  /** Numbers to call, as shown. */
  calls: string[];
  /** Number to text, as shown, and the word to send when the service asks for one. */
  text?: { number: string; keyword?: string };
  url?: string;
}

export interface CountryResources {
  /** ISO 3166-1 alpha-2, or '' when unknown (the fallback that fits anywhere). */
  country: string;
  countryName: string;
  /** null: "your local emergency number". */
  emergencyNumber: string | null;
  lines: CrisisLine[];
  directoryUrl: string;
}

export function countryName(code: string, locale?: string): string {
  if (!code) return '';
  try {
    return (
      new Intl.DisplayNames(locale ? [locale] : undefined, { type: 'region' }).of(code) ?? code
    );
  } catch {
    return code;
  }
}

/** Countries with their own helplines (for the settings picker). */
export function supportedCountries(): readonly string[] {
  return SUPPORTED_COUNTRIES;
}

function lineOf(helpline: Helpline): CrisisLine {
  return {
    name: helpline.name,
    detail: [helpline.hours, helpline.audience].filter(Boolean).join(' · ') || undefined,
    calls: [...helpline.phones],
    text: helpline.text ? { ...helpline.text } : undefined,
    url: helpline.website,
  };
}

/** Resources for the user's setting: an ISO country, or 'auto'/absent for the browser's region. */
export function crisisResources(setting: string | undefined, uiLocale: string): CountryResources {
  const wanted = !setting || setting === 'auto' ? countryFromLocale(uiLocale) : setting;
  const resources = resourcesFor(wanted);
  const country = resources.country ?? '';
  return {
    country,
    countryName: country ? countryName(country, uiLocale) || resources.countryName : '',
    emergencyNumber: resources.emergencyNumber,
    lines: resources.helplines.map(lineOf),
    directoryUrl: resources.directoryUrl,
  };
}

function digits(number: string): string {
  return number.replace(/[^\d+]/g, '');
}

/** A `tel:` link for a number as shown ("116 123" → "tel:116123"). */
export function callHref(number: string): string {
  return `tel:${digits(number)}`;
}

/** An `sms:` link, with the word to send when the service asks for one. */
export function textHref(text: { number: string; keyword?: string }): string {
  return `sms:${digits(text.number)}${text.keyword ? `?body=${encodeURIComponent(text.keyword)}` : ''}`;
}
