import { describe, expect, test } from 'vitest';
import { analyze, carriesContact, offersFor } from '../../../lib/engine';

const placed = (text: string) => {
  const finding = analyze(text, { sensitivity: 'standard' }).findings[0]!;
  return offersFor(finding, text).map((offer) => ({
    ...offer,
    result: text.slice(0, offer.start) + offer.text + text.slice(offer.end),
  }));
};

describe('a suggestion replaces only what it says it replaces', () => {
  test.each([
    ['ok so honestly ', "I'm such an idiot for missing the train again."],
    ['éé שלום 🇺🇸 ', "I'm such an idiot for missing the train again."],
    [
      'In the meeting I froze when Dana asked about the budget numbers, and honestly ',
      "I'm useless at my job, everyone could see I had no clue.",
    ],
  ])('whole-sentence suggestions keep "%s"', (before, harsh) => {
    const offers = placed(before + harsh);
    const wholes = offers.filter((offer) => offer.replaces === 'sentence');
    expect(wholes.length).toBeGreaterThan(0);
    for (const offer of offers) {
      expect(offer.result.startsWith(before)).toBe(true);
      expect(offer.original).toBe((before + harsh).slice(offer.start, offer.end));
    }
    for (const offer of wholes) expect(offer.start).toBe(before.length);
  });

  test('span suggestions replace exactly the flagged words', () => {
    const text = "I'm such an idiot for missing the train again.";
    for (const offer of placed(text).filter((o) => o.replaces === 'span'))
      expect(offer.original).toBe("I'm such an idiot");
  });

  test('phone numbers, addresses and links from the field never appear in a suggestion', () => {
    const text =
      "I'm such an idiot for not calling 1-900-555-0199 at scam-support.example or help@scam.example.";
    const offers = placed(text);
    expect(offers.length).toBeGreaterThan(0);
    for (const offer of offers) expect(carriesContact(offer.text)).toBe(false);
    expect(offers.map((o) => o.text).join(' ')).not.toMatch(/1-900|scam|@/);
  });

  test.each([
    'call 1-900-555-0199',
    'mail me@example.com',
    'see www.example.com',
    'at https://x.io/a',
  ])('carriesContact spots "%s"', (text) => expect(carriesContact(text)).toBe(true));

  test.each(["I'm frustrated with myself", "It was one thing I did, and it doesn't sum me up."])(
    'carriesContact lets "%s" through',
    (text) => expect(carriesContact(text)).toBe(false),
  );
});
