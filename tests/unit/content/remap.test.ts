import { describe, expect, test } from 'vitest';
import { diffTexts, remapFinding } from '../../../entrypoints/content/remap';

const finding = { start: 10, end: 15, sentenceStart: 5, sentenceEnd: 20 };

describe('diffTexts', () => {
  test.each([
    ['abc', 'abc', null],
    ['abc', 'abXc', { start: 2, oldEnd: 2, newEnd: 3 }],
    ['abXc', 'abc', { start: 2, oldEnd: 3, newEnd: 2 }],
    ['aaaa', 'aaa', { start: 3, oldEnd: 4, newEnd: 3 }],
    ['', 'x', { start: 0, oldEnd: 0, newEnd: 1 }],
  ])('%j → %j', (before, after, expected) => {
    expect(diffTexts(before, after)).toEqual(expected);
  });
});

describe('remapFinding', () => {
  test.each([
    [
      'insert before the sentence shifts all',
      { start: 0, oldEnd: 0, newEnd: 3 },
      { start: 13, end: 18, sentenceStart: 8, sentenceEnd: 23 },
    ],
    ['insert after the sentence keeps all', { start: 25, oldEnd: 25, newEnd: 27 }, finding],
    [
      'insert inside the sentence, before the words',
      { start: 7, oldEnd: 7, newEnd: 8 },
      { start: 11, end: 16, sentenceStart: 5, sentenceEnd: 21 },
    ],
    ['typing right after the words drops it', { start: 15, oldEnd: 15, newEnd: 16 }, null],
    ['typing right before the words drops it', { start: 10, oldEnd: 10, newEnd: 11 }, null],
    ['deleting inside the words drops it', { start: 11, oldEnd: 12, newEnd: 11 }, null],
  ])('%s', (_name, edit, expected) => {
    expect(remapFinding(finding, edit)).toEqual(expected);
  });
});
