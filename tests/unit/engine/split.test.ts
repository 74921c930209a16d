import { describe, expect, it } from 'vitest';
import { MAX_SENTENCE, splitSentences } from '../../../lib/engine/split';
import { normalizeSentence, toOriginalRange } from '../../../lib/engine/normalize';

const pieces = (text: string): string[] =>
  splitSentences(text).map((s) => text.slice(s.start, s.end));

describe('splitSentences', () => {
  it('splits on terminators and line breaks with exact offsets', () => {
    expect(pieces('One. Two!  Three?\r\nFour…\n\nFive')).toEqual([
      'One.',
      'Two!',
      'Three?',
      'Four…',
      'Five',
    ]);
  });

  it('keeps closing quotes with their sentence and ignores abbreviations and decimals', () => {
    expect(pieces('She said "no." Then Dr. Lee paid 3.50 for it. I. Am. Fine.')).toEqual([
      'She said "no."',
      'Then Dr. Lee paid 3.50 for it.',
      'I.',
      'Am.',
      'Fine.',
    ]);
  });

  it('cuts very long runs without punctuation', () => {
    const long = 'word '.repeat(400);
    for (const s of splitSentences(long))
      expect(s.end - s.start).toBeLessThanOrEqual(2 * MAX_SENTENCE + 1);
  });
});

describe('normalizeSentence', () => {
  it('maps casual spellings, curly quotes and invisible characters back to the original', () => {
    const original = 'i shouldve kn\u200bown, it’s fine';
    const norm = normalizeSentence(original);
    expect(norm.text).toBe("i should've known, it's fine");
    const start = norm.text.indexOf("should've");
    expect(original.slice(...toOriginalRange(norm, start, start + "should've known".length))).toBe(
      'shouldve kn\u200bown',
    );
  });
});
