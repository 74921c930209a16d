import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { detectCrisis, findCrisisMatches } from '../../../lib/crisis/index';
import { normalizeForCrisis, normalizedTextOnly } from '../../../lib/crisis/normalize';

const WORDS = [
  'i',
  'want',
  'to',
  'die',
  'kill',
  'myself',
  'not',
  'never',
  'don’t',
  'dont',
  'be',
  'here',
  'anymore',
  'better',
  'off',
  'without',
  'me',
  'suicidal',
  'cut',
  'end',
  'it',
  'all',
  'lol',
  '😭',
  '💀',
  'the',
  'film',
  'he',
  'she',
  'my',
  'friend',
  ',',
  '.',
  '"',
  'self-harm',
  'k*ll',
  'wanna',
  'dieeee',
  'אני',
  'רוצה',
  '\u200b',
  '\u202e',
  'İ',
  'ß',
];
const sentence = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 200 }),
  fc.string({ unit: 'binary', maxLength: 200 }),
  fc.array(fc.constantFrom(...WORDS), { maxLength: 30 }).map((w) => w.join(' ')),
);

function checkMatches(text: string) {
  for (const m of findCrisisMatches(text)) {
    expect(Number.isInteger(m.start) && Number.isInteger(m.end)).toBe(true);
    expect(m.start).toBeGreaterThanOrEqual(0);
    expect(m.end).toBeLessThanOrEqual(text.length);
    expect(m.end).toBeGreaterThan(m.start);
    const words = text.slice(m.start, m.end);
    // The span starts and ends on a letter or digit, never mid surrogate pair or on a space.
    expect(words).toMatch(/^[\p{L}\p{N}*]/u);
    expect(words).toMatch(/[\p{L}\p{N}*]$/u);
    expect(m.rule).toMatch(/^crisis\/[a-z-]+$/);
  }
}

describe('detectCrisis properties', () => {
  test('never throws, offsets in range, spans are words', () => {
    fc.assert(
      fc.property(sentence, (text) => {
        checkMatches(text);
      }),
      { numRuns: 2000 },
    );
  });

  test('is deterministic', () => {
    fc.assert(
      fc.property(sentence, (text) => {
        expect(findCrisisMatches(text)).toEqual(findCrisisMatches(text));
        expect(detectCrisis(text)).toEqual(detectCrisis(text));
      }),
      { numRuns: 500 },
    );
  });

  test('normalised text maps every character back into the original', () => {
    fc.assert(
      fc.property(sentence, (text) => {
        const norm = normalizeForCrisis(text);
        expect(norm.starts).toHaveLength(norm.text.length);
        expect(norm.ends).toHaveLength(norm.text.length);
        for (let k = 0; k < norm.text.length; k++) {
          expect(norm.starts[k]).toBeLessThan(norm.ends[k]!);
          expect(norm.ends[k]).toBeLessThanOrEqual(text.length);
          if (k > 0) expect(norm.starts[k]).toBeGreaterThanOrEqual(norm.ends[k - 1]!);
        }
      }),
      { numRuns: 1000 },
    );
  });

  test('the fast text-only normalisation gives exactly the mapped text', () => {
    fc.assert(
      fc.property(sentence, (text) => {
        expect(normalizedTextOnly(text)).toBe(normalizeForCrisis(text).text);
      }),
      { numRuns: 3000 },
    );
    for (const text of [
      'DIEEEE!!!',
      'İstanbul’s ΣΑΣ',
      "can ' t",
      'k*ll  m y s e l f',
      '😭😭 i',
      "''x",
    ]) {
      expect(normalizedTextOnly(text)).toBe(normalizeForCrisis(text).text);
    }
  });

  test('copes with a 100k-character sentence quickly', () => {
    const long = 'this is an ordinary sentence about a film, '.repeat(2400) + 'i want to die';
    const started = performance.now();
    const match = detectCrisis(long);
    expect(performance.now() - started).toBeLessThan(2000);
    expect(long.slice(match!.start, match!.end)).toBe('want to die');
    checkMatches(long);
  });

  test('handles zero-width characters, RTL marks and lone surrogates', () => {
    for (const text of [
      '\u200bi want to die\u200b',
      '\u202ei want to die',
      'i want to die\ud800',
      '\udc00',
    ]) {
      checkMatches(text);
    }
    expect(detectCrisis('\u200bi want to die\u200b')).not.toBeNull();
  });
});
