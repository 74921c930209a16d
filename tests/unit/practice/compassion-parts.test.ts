import { describe, expect, test } from 'vitest';
import type { CompassionPart } from '../../../lib/engine/types';
import { compassionPartsIn, findCompassionParts } from '../../../lib/exercises/compassion-parts';

const cases: [string, CompassionPart[]][] = [
  ['This is hard, and I can be patient with myself while I learn.', ['self_kindness', 'next_step']],
  ["It's okay to feel tired after a week like this.", ['self_kindness']],
  ["Lots of people miss deadlines; it doesn't make me uniquely broken.", ['common_humanity']],
  ["I'm not alone in this.", ['common_humanity']],
  ['Everyone makes mistakes when they are learning.', ['common_humanity']],
  ["I'm only human.", ['common_humanity']],
  ["I'm noticing a thought that says I'm a failure. It's a thought, not a fact.", ['mindfulness']],
  ['Right now I feel overwhelmed.', ['mindfulness']],
  ["I'm feeling really anxious about the call.", ['mindfulness']],
  ['I can send a note and set a reminder.', ['next_step']],
  ['One small step: reply to one email.', ['next_step']],
  ["Next time I'll leave ten minutes earlier.", ['next_step']],
  [
    "I forgot the meeting, and that's understandable after a long week. Lots of people forget things. Right now I notice I'm embarrassed, and I can send a short note.",
    ['self_kindness', 'common_humanity', 'mindfulness', 'next_step'],
  ],
  // Harsh or neutral words must not count as any part.
  ["I'm such an idiot.", []],
  ["I can't do anything right.", []],
  ['Everyone hates me.', []],
  ["I'll never get this right.", []],
  ['I feel like a failure.', []],
  ['The meeting is on Tuesday.', []],
  ['', []],
];

describe('compassionPartsIn', () => {
  test.each(cases)('%s', (text, parts) => {
    expect(compassionPartsIn(text)).toEqual(parts);
  });
});

test('matches carry offsets that slice to the words found', () => {
  const text = 'Honestly, lots of people struggle, and I can rest.';
  for (const match of findCompassionParts(text)) {
    expect(text.slice(match.start, match.end).length).toBeGreaterThan(0);
  }
  const words = findCompassionParts(text).map((match) => text.slice(match.start, match.end));
  expect(words).toEqual(['lots of people', 'I can']);
});
