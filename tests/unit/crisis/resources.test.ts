import { describe, expect, test } from 'vitest';
import {
  ALL_COUNTRY_RESOURCES,
  FALLBACK_RESOURCES,
  HELPLINE_DIRECTORY_URL,
  SUPPORTED_COUNTRIES,
  countryFromLocale,
  resourcesFor,
  type CrisisResources,
} from '../../../lib/crisis/index';

const REQUIRED = ['US', 'CA', 'GB', 'IE', 'AU', 'NZ', 'IN', 'DE', 'FR', 'ES'];

function checkEntry(r: CrisisResources) {
  expect(r.helplines.length).toBeGreaterThanOrEqual(1);
  expect(r.helplines.length).toBeLessThanOrEqual(3);
  expect(r.directoryUrl).toMatch(/^https:\/\/\S+$/);
  const names = r.helplines.map((h) => h.name);
  expect(new Set(names).size).toBe(names.length);
  for (const h of r.helplines) {
    expect(h.name.trim()).not.toBe('');
    expect(h.hours.trim()).not.toBe('');
    for (const phone of h.phones) expect(phone).toMatch(/^\+?\d[\d -]*\d$|^\d$/);
    if (h.text) {
      expect(h.text.number).toMatch(/^\d[\d ]*\d$/);
      if (h.text.keyword !== undefined) expect(h.text.keyword).toMatch(/^[A-Z]+$/);
    }
    if (h.website !== undefined)
      expect(h.website).toMatch(/^https?:\/\/[^\s/]+\.[a-z]{2,}(\/\S*)?$/);
    // Something the user can act on: a number, a text line or a website.
    expect(h.phones.length > 0 || h.text !== undefined || h.website !== undefined).toBe(true);
  }
}

describe('crisis resources', () => {
  test.each(ALL_COUNTRY_RESOURCES.map((r) => [r.country, r] as const))(
    '%s is well formed',
    (_code, r) => {
      expect(r.country).toMatch(/^[A-Z]{2}$/);
      expect(r.countryName.trim()).not.toBe('');
      expect(r.emergencyNumber).toMatch(/^\d{2,4}$/);
      checkEntry(r);
      expect(r.helplines.some((h) => h.phones.length > 0 || h.text !== undefined)).toBe(true);
    },
  );

  test('covers the required countries, with no duplicates', () => {
    for (const code of REQUIRED) expect(SUPPORTED_COUNTRIES).toContain(code);
    expect(new Set(SUPPORTED_COUNTRIES).size).toBe(SUPPORTED_COUNTRIES.length);
    const allNumbers = ALL_COUNTRY_RESOURCES.map((r) => r.country);
    expect(allNumbers).toEqual(SUPPORTED_COUNTRIES);
  });

  test('the fallback points to the local emergency number and the directory', () => {
    expect(FALLBACK_RESOURCES.country).toBeNull();
    expect(FALLBACK_RESOURCES.emergencyNumber).toBeNull();
    expect(FALLBACK_RESOURCES.directoryUrl).toBe(HELPLINE_DIRECTORY_URL);
    expect(FALLBACK_RESOURCES.helplines[0]?.website).toBe(HELPLINE_DIRECTORY_URL);
    checkEntry(FALLBACK_RESOURCES);
  });

  test('the best-known national lines are the ones listed first', () => {
    const first = (code: string) => resourcesFor(code).helplines[0]!;
    expect(first('US').phones).toContain('988');
    expect(first('US').text?.number).toBe('988');
    expect(first('CA').phones).toContain('988');
    expect(first('GB').phones).toContain('116 123');
    expect(first('IE').phones).toContain('116 123');
    expect(first('AU').phones).toContain('13 11 14');
    expect(first('NZ').phones).toContain('1737');
    expect(first('IN').phones).toContain('14416');
    expect(first('DE').phones).toEqual(
      expect.arrayContaining(['0800 111 0 111', '0800 111 0 222']),
    );
    expect(first('FR').phones).toContain('3114');
    expect(first('ES').phones).toContain('024');
    expect(resourcesFor('AU').emergencyNumber).toBe('000');
    expect(resourcesFor('NZ').emergencyNumber).toBe('111');
    expect(resourcesFor('GB').emergencyNumber).toBe('999');
    expect(resourcesFor('US').emergencyNumber).toBe('911');
  });

  test('resourcesFor ignores case and falls back for unknown codes', () => {
    expect(resourcesFor('gb').country).toBe('GB');
    expect(resourcesFor(' nz ').country).toBe('NZ');
    expect(resourcesFor('ZZ')).toBe(FALLBACK_RESOURCES);
    expect(resourcesFor('')).toBe(FALLBACK_RESOURCES);
    expect(resourcesFor('auto')).toBe(FALLBACK_RESOURCES);
  });
});

describe('countryFromLocale', () => {
  test.each([
    ['en-GB', 'GB'],
    ['en-us', 'US'],
    ['en_IE.UTF-8', 'IE'],
    ['zh-Hant-TW', 'TW'],
    ['fr-CA', 'CA'],
    ['fr', 'FR'],
    ['de', 'DE'],
    ['es', 'ES'],
    ['es-419', ''],
    ['en', ''],
    ['pt', ''],
    ['', ''],
    ['not a locale', ''],
  ])('%j → %j', (locale, country) => {
    expect(countryFromLocale(locale)).toBe(country);
  });
});
