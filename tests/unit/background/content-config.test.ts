import { describe, expect, test } from 'vitest';
import { computeContentConfig, inQuietHours } from '../../../lib/background/content-config';
import { resolveCountry } from '../../../lib/background/country';
import { DEFAULT_SETTINGS, type Settings } from '../../../lib/storage/schema';

const at = (iso: string) => Date.parse(iso);
const context = (iso: string) => ({ now: at(iso), uiLanguage: 'en-GB', timeZone: 'UTC' });
const settings = (patch: Partial<Settings> = {}): Settings => ({ ...DEFAULT_SETTINGS, ...patch });

describe('quiet hours', () => {
  const overnight = { enabled: true, start: '22:00', end: '07:00' };
  test.each([
    ['21:59', false],
    ['22:00', true],
    ['23:30', true],
    ['00:00', true],
    ['06:59', true],
    ['07:00', false],
    ['12:00', false],
  ])('22:00–07:00 spans midnight: %s → %s', (time, quiet) => {
    expect(inQuietHours(overnight, at(`2025-06-11T${time}:00Z`), 'UTC')).toBe(quiet);
  });

  test('a daytime range, a disabled range, an empty range', () => {
    const day = { enabled: true, start: '09:00', end: '17:00' };
    expect(inQuietHours(day, at('2025-06-11T08:59:00Z'), 'UTC')).toBe(false);
    expect(inQuietHours(day, at('2025-06-11T09:00:00Z'), 'UTC')).toBe(true);
    expect(inQuietHours({ ...day, enabled: false }, at('2025-06-11T10:00:00Z'), 'UTC')).toBe(false);
    expect(
      inQuietHours(
        { enabled: true, start: '09:00', end: '09:00' },
        at('2025-06-11T09:00:00Z'),
        'UTC',
      ),
    ).toBe(false);
  });

  test('local time of the zone', () => {
    // 03:00Z is 23:00 the evening before in New York (EDT).
    expect(inQuietHours(overnight, at('2025-06-11T03:00:00Z'), 'America/New_York')).toBe(true);
    expect(inQuietHours(overnight, at('2025-06-11T03:00:00Z'), 'Australia/Sydney')).toBe(false);
  });
});

describe('computeContentConfig', () => {
  test('active by default; country from the browser language', () => {
    expect(computeContentConfig(settings(), 'a.example', context('2025-06-11T12:00:00Z'))).toEqual({
      active: true,
      settings: settings(),
      country: 'GB',
      recheckAt: null,
    });
  });

  test.each<[string, Partial<Settings>, string]>([
    ['switched off', { enabled: false }, 'a.example'],
    ['site turned off', { disabledSites: ['a.example'] }, 'a.example'],
    ['snoozed', { snoozeUntil: at('2025-06-11T13:00:00Z') }, 'a.example'],
    ['quiet hours', { quietHours: { enabled: true, start: '11:00', end: '13:00' } }, 'a.example'],
  ])('inactive when %s', (_, patch, host) => {
    expect(
      computeContentConfig(settings(patch), host, context('2025-06-11T12:00:00Z')).active,
    ).toBe(false);
  });

  test('a snooze that has ended and another site stay active', () => {
    const s = settings({ snoozeUntil: at('2025-06-11T11:00:00Z'), disabledSites: ['b.example'] });
    expect(computeContentConfig(s, 'a.example', context('2025-06-11T12:00:00Z')).active).toBe(true);
  });

  test('recheckAt: when a snooze ends or quiet hours start or end', () => {
    const quiet = { enabled: true, start: '22:00', end: '07:00' };
    const noon = context('2025-06-11T12:00:00Z');
    expect(computeContentConfig(settings({ quietHours: quiet }), 'a.example', noon).recheckAt).toBe(
      at('2025-06-11T22:00:00Z'),
    );
    expect(
      computeContentConfig(
        settings({ quietHours: quiet }),
        'a.example',
        context('2025-06-11T23:00:00Z'),
      ).recheckAt,
    ).toBe(at('2025-06-12T07:00:00Z'));
    const snoozed = settings({ quietHours: quiet, snoozeUntil: at('2025-06-11T13:30:00Z') });
    expect(computeContentConfig(snoozed, 'a.example', noon).recheckAt).toBe(
      at('2025-06-11T13:30:00Z'),
    );
    // New York: quiet from 22:00 EDT is 02:00Z.
    const ny = {
      now: at('2025-06-11T16:00:00Z'),
      uiLanguage: 'en-US',
      timeZone: 'America/New_York',
    };
    expect(computeContentConfig(settings({ quietHours: quiet }), 'a.example', ny).recheckAt).toBe(
      at('2025-06-12T02:00:00Z'),
    );
    expect(
      computeContentConfig(settings({ enabled: false, quietHours: quiet }), 'a.example', noon)
        .recheckAt,
    ).toBeNull();
  });

  test('a chosen country wins over the browser language', () => {
    const s = settings({ resourcesCountry: 'NZ' });
    expect(computeContentConfig(s, 'a.example', context('2025-06-11T12:00:00Z')).country).toBe(
      'NZ',
    );
  });

  test.each([
    ['en-US', 'US'],
    ['pt_BR', 'BR'],
    ['zh-Hant-TW', 'TW'],
  ])('auto country from the UI language %s → %s', (locale, country) => {
    expect(resolveCountry(settings(), locale)).toBe(country);
  });
});
