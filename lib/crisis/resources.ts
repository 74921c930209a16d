/**
 * Crisis resources by country, as data. Facts only: every number here is a free, national service
 * as published by the service itself (checked late 2024). Websites are plain text to show and link;
 * Selfkind never fetches them. Names stay in the service's own language; the UI translates the rest.
 */

export interface TextLine {
  /** The number (or short code) to send a text/SMS to, as shown. */
  number: string;
  /** The word to send, when the service asks for one ("HOME" to 741741). */
  keyword?: string;
}

export interface Helpline {
  name: string;
  /** Numbers to call, as shown, most useful first. Empty for text-only services. */
  phones: readonly string[];
  text?: TextLine;
  /** When it answers: "24/7", or plain opening hours. */
  hours: string;
  /** Shown as text and as a link the user may open; never fetched by Selfkind. */
  website?: string;
  /** Who it is for, when it is not everyone ("Under 25s"). English; the UI may leave it out. */
  audience?: string;
}

export interface CrisisResources {
  /** ISO 3166-1 alpha-2 code, or null for the fallback that fits anywhere. */
  country: string | null;
  /** English name of the country ('' for the fallback); the UI can use Intl.DisplayNames instead. */
  countryName: string;
  /** The emergency number, as shown; null means "your local emergency number" (fallback). */
  emergencyNumber: string | null;
  /** 1–3 helplines, most useful first. */
  helplines: readonly Helpline[];
  /** An international directory of helplines, for anyone the list does not fit. */
  directoryUrl: string;
}

/** A maintained international directory of free, confidential helplines. */
export const HELPLINE_DIRECTORY_URL = 'https://findahelpline.com';

const H24 = '24/7';

const COUNTRY_RESOURCES: readonly CrisisResources[] = [
  {
    country: 'US',
    countryName: 'United States',
    emergencyNumber: '911',
    helplines: [
      {
        name: '988 Suicide & Crisis Lifeline',
        phones: ['988'],
        text: { number: '988' },
        hours: H24,
        website: 'https://988lifeline.org',
      },
      {
        name: 'Crisis Text Line',
        phones: [],
        text: { number: '741741', keyword: 'HOME' },
        hours: H24,
        website: 'https://www.crisistextline.org',
      },
    ],
    directoryUrl: HELPLINE_DIRECTORY_URL,
  },
  {
    country: 'CA',
    countryName: 'Canada',
    emergencyNumber: '911',
    helplines: [
      {
        name: '9-8-8 Suicide Crisis Helpline',
        phones: ['988'],
        text: { number: '988' },
        hours: H24,
        website: 'https://988.ca',
      },
      {
        name: 'Kids Help Phone',
        phones: ['1-800-668-6868'],
        text: { number: '686868', keyword: 'CONNECT' },
        hours: H24,
        website: 'https://kidshelpphone.ca',
        audience: 'Young people',
      },
    ],
    directoryUrl: HELPLINE_DIRECTORY_URL,
  },
  {
    country: 'GB',
    countryName: 'United Kingdom',
    emergencyNumber: '999',
    helplines: [
      {
        name: 'Samaritans',
        phones: ['116 123'],
        hours: H24,
        website: 'https://www.samaritans.org',
      },
      {
        name: 'Shout',
        phones: [],
        text: { number: '85258', keyword: 'SHOUT' },
        hours: H24,
        website: 'https://giveusashout.org',
      },
    ],
    directoryUrl: HELPLINE_DIRECTORY_URL,
  },
  {
    country: 'IE',
    countryName: 'Ireland',
    emergencyNumber: '112',
    helplines: [
      {
        name: 'Samaritans',
        phones: ['116 123'],
        hours: H24,
        website: 'https://www.samaritans.org/ireland/',
      },
      {
        name: 'Pieta',
        phones: ['1800 247 247'],
        text: { number: '51444', keyword: 'HELP' },
        hours: H24,
        website: 'https://www.pieta.ie',
      },
      {
        name: 'Text About It',
        phones: [],
        text: { number: '50808', keyword: 'HELLO' },
        hours: H24,
        website: 'https://text50808.ie',
      },
    ],
    directoryUrl: HELPLINE_DIRECTORY_URL,
  },
  {
    country: 'AU',
    countryName: 'Australia',
    emergencyNumber: '000',
    helplines: [
      {
        name: 'Lifeline',
        phones: ['13 11 14'],
        text: { number: '0477 13 11 14' },
        hours: H24,
        website: 'https://www.lifeline.org.au',
      },
      {
        name: 'Suicide Call Back Service',
        phones: ['1300 659 467'],
        hours: H24,
        website: 'https://www.suicidecallbackservice.org.au',
      },
      {
        name: 'Kids Helpline',
        phones: ['1800 55 1800'],
        hours: H24,
        website: 'https://kidshelpline.com.au',
        audience: 'Ages 5 to 25',
      },
    ],
    directoryUrl: HELPLINE_DIRECTORY_URL,
  },
  {
    country: 'NZ',
    countryName: 'New Zealand',
    emergencyNumber: '111',
    helplines: [
      {
        name: 'Need to talk? 1737',
        phones: ['1737'],
        text: { number: '1737' },
        hours: H24,
        website: 'https://1737.org.nz',
      },
      {
        name: 'Lifeline Aotearoa',
        phones: ['0800 543 354'],
        text: { number: '4357', keyword: 'HELP' },
        hours: H24,
        website: 'https://www.lifeline.org.nz',
      },
      {
        name: 'Suicide Crisis Helpline',
        phones: ['0508 828 865'],
        hours: H24,
      },
    ],
    directoryUrl: HELPLINE_DIRECTORY_URL,
  },
  {
    country: 'IN',
    countryName: 'India',
    emergencyNumber: '112',
    helplines: [
      {
        name: 'Tele-MANAS',
        phones: ['14416', '1-800-891-4416'],
        hours: H24,
        website: 'https://telemanas.mohfw.gov.in',
      },
      {
        name: 'AASRA',
        phones: ['+91 98204 66726'],
        hours: H24,
        website: 'https://www.aasra.info',
      },
    ],
    directoryUrl: HELPLINE_DIRECTORY_URL,
  },
  {
    country: 'DE',
    countryName: 'Germany',
    emergencyNumber: '112',
    helplines: [
      {
        name: 'TelefonSeelsorge',
        phones: ['0800 111 0 111', '0800 111 0 222', '116 123'],
        hours: H24,
        website: 'https://www.telefonseelsorge.de',
      },
      {
        name: 'Nummer gegen Kummer',
        phones: ['116 111'],
        hours: 'Mon–Sat 14:00–20:00',
        website: 'https://www.nummergegenkummer.de',
        audience: 'Children and young people',
      },
    ],
    directoryUrl: HELPLINE_DIRECTORY_URL,
  },
  {
    country: 'AT',
    countryName: 'Austria',
    emergencyNumber: '112',
    helplines: [
      {
        name: 'TelefonSeelsorge',
        phones: ['142'],
        hours: H24,
        website: 'https://www.telefonseelsorge.at',
      },
    ],
    directoryUrl: HELPLINE_DIRECTORY_URL,
  },
  {
    country: 'CH',
    countryName: 'Switzerland',
    emergencyNumber: '112',
    helplines: [
      {
        name: 'Die Dargebotene Hand / La Main Tendue / Telefono Amico',
        phones: ['143'],
        hours: H24,
        website: 'https://www.143.ch',
      },
    ],
    directoryUrl: HELPLINE_DIRECTORY_URL,
  },
  {
    country: 'FR',
    countryName: 'France',
    emergencyNumber: '112',
    helplines: [
      {
        name: '3114 – Numéro national de prévention du suicide',
        phones: ['3114'],
        hours: H24,
        website: 'https://3114.fr',
      },
      {
        name: 'SOS Amitié',
        phones: ['09 72 39 40 50'],
        hours: H24,
        website: 'https://www.sos-amitie.com',
      },
    ],
    directoryUrl: HELPLINE_DIRECTORY_URL,
  },
  {
    country: 'BE',
    countryName: 'Belgium',
    emergencyNumber: '112',
    helplines: [
      {
        name: 'Zelfmoordlijn 1813',
        phones: ['1813'],
        hours: H24,
        website: 'https://www.zelfmoord1813.be',
      },
      {
        name: 'Centre de Prévention du Suicide',
        phones: ['0800 32 123'],
        hours: H24,
        website: 'https://www.preventionsuicide.be',
      },
    ],
    directoryUrl: HELPLINE_DIRECTORY_URL,
  },
  {
    country: 'NL',
    countryName: 'Netherlands',
    emergencyNumber: '112',
    helplines: [
      {
        name: '113 Zelfmoordpreventie',
        phones: ['113', '0800 0113'],
        hours: H24,
        website: 'https://www.113.nl',
      },
    ],
    directoryUrl: HELPLINE_DIRECTORY_URL,
  },
  {
    country: 'ES',
    countryName: 'Spain',
    emergencyNumber: '112',
    helplines: [
      {
        name: '024 – Línea de atención a la conducta suicida',
        phones: ['024'],
        hours: H24,
      },
      {
        name: 'Teléfono de la Esperanza',
        phones: ['717 003 717'],
        hours: H24,
        website: 'https://telefonodelaesperanza.org',
      },
    ],
    directoryUrl: HELPLINE_DIRECTORY_URL,
  },
  {
    country: 'BR',
    countryName: 'Brazil',
    emergencyNumber: '192',
    helplines: [
      {
        name: 'CVV – Centro de Valorização da Vida',
        phones: ['188'],
        hours: H24,
        website: 'https://www.cvv.org.br',
      },
    ],
    directoryUrl: HELPLINE_DIRECTORY_URL,
  },
];

/** For anywhere else: the local emergency number and the international directory. */
export const FALLBACK_RESOURCES: CrisisResources = {
  country: null,
  countryName: '',
  emergencyNumber: null,
  helplines: [
    {
      name: 'Find A Helpline',
      phones: [],
      hours: 'Directory of free helplines in over 130 countries',
      website: HELPLINE_DIRECTORY_URL,
    },
  ],
  directoryUrl: HELPLINE_DIRECTORY_URL,
};

/** All entries, for tests and for a settings picker; the fallback is not among them. */
export const ALL_COUNTRY_RESOURCES: readonly CrisisResources[] = COUNTRY_RESOURCES;

/** Countries with their own helplines, in the order of the table. */
export const SUPPORTED_COUNTRIES: readonly string[] = COUNTRY_RESOURCES.map((r) => r.country!);

const BY_COUNTRY = new Map(COUNTRY_RESOURCES.map((r) => [r.country!, r]));

/** Resources for an ISO country code (any case, surrounding spaces ignored); unknown → fallback. */
export function resourcesFor(country: string): CrisisResources {
  return BY_COUNTRY.get(country.trim().toUpperCase()) ?? FALLBACK_RESOURCES;
}

/**
 * A bare language (no region) points at a country only where the browser uses the bare tag for
 * that country's variant (Chrome's "de", "fr", "es", "nl" are Germany, France, Spain, the
 * Netherlands) or the language is mostly spoken in one of our countries. Bare "en" and "pt" stay
 * unknown: English and Portuguese span too many countries, and wrong numbers are worse than the
 * fallback (local emergency number plus the directory) until the user picks a country.
 */
const COUNTRY_OF_BARE_LANGUAGE: Readonly<Record<string, string>> = {
  de: 'DE',
  fr: 'FR',
  es: 'ES',
  nl: 'NL',
  ga: 'IE',
  hi: 'IN',
  mi: 'NZ',
};

/**
 * The country for a BCP 47 / POSIX locale: its region subtag ("en-GB" → "GB", "zh-Hant-TW" → "TW",
 * "en_IE.UTF-8" → "IE"), else the bare-language table above, else '' (unknown: use the fallback).
 */
export function countryFromLocale(locale: string): string {
  const parts = locale.trim().split(/[.@]/)[0]!.split(/[-_]/);
  const region = parts.slice(1).find((part) => /^[A-Za-z]{2}$/.test(part));
  if (region) return region.toUpperCase();
  if (parts.length > 1) return '';
  return COUNTRY_OF_BARE_LANGUAGE[parts[0]!.toLowerCase()] ?? '';
}
