import { describe, expect, test } from 'vitest';
import { extractTopic, type Topic } from '../../../lib/rephrase/topic';

type Expected = Partial<Topic>;

describe('extractTopic keeps the user’s own facts', () => {
  test.each<[string, Expected]>([
    [
      "I'm so dumb for leaving my umbrella on the train.",
      { event: 'I left my umbrella on the train', activity: 'leaving my umbrella on the train' },
    ],
    ['im such a clown for not texting Priya back', { event: "I didn't text Priya back" }],
    [
      'I hate myself for snapping at my partner and slamming the door',
      { event: 'I snapped at my partner and slammed the door' },
    ],
    ["I'm an idiot for being late to the dentist", { event: 'I was late to the dentist' }],
    ["I'm hopeless at parallel parking", { skill: 'parallel parking' }],
    [
      'I suck at remembering birthdays',
      { skill: 'remembering birthdays', activity: 'remembering birthdays' },
    ],
    ['I feel like a loser because I burned the lasagna', { event: 'I burned the lasagna' }],
    ["I'm so awkward when I meet new coworkers", { situation: 'when I meet new coworkers' }],
    ['I completely botched the budget spreadsheet today', { thing: 'the budget spreadsheet' }],
    [
      "I'm going to flunk the statistics final and everyone will know",
      { thing: 'the statistics final' },
    ],
    ['My cousin is way more successful than me', { otherSubject: 'My cousin' }],
    ['If I lose this client my whole career is over', { thing: 'this client', future: false }],
    ['I always burn the rice', { habit: 'I burned the rice' }],
    ['I hate myself for how I acted at dinner', { thing: 'how I acted at dinner' }],
    ['i keep losing my keys', { habit: 'I lost my keys' }],
    ['I always mess up presentations', { habit: null }],
    ["I'm such a mess, I locked my keys in the car", { event: 'I locked my keys in the car' }],
    ["I'm the reason we lost the client", { event: 'we lost the client' }],
    ['I will probably bomb the audition tomorrow', { thing: 'the audition', future: true }],
    ['I will never be as fit as Marco', { other: 'Marco' }],
    ['The other parents probably think I am a mess', { otherSubject: 'The other parents' }],
    ['she must think im boring', { other: 'her', otherSubject: 'she' }],
    ['I only got the internship because my uncle knows someone', { good: 'I got the internship' }],
  ])('%s', (sentence, expected) => {
    expect(extractTopic(sentence)).toMatchObject(expected);
  });

  test.each([
    'I always ruin everything',
    "I'm so stupid for being so stupid",
    "I'm such a failure for failing again and again",
    'ugh',
    '',
  ])('gives no harsh or empty topic for %j', (sentence) => {
    const topic = extractTopic(sentence);
    for (const value of Object.values(topic)) {
      if (typeof value !== 'string') continue;
      expect(value).not.toMatch(/\b(?:stupid|failure|failing|ruin|everything|always)\b/i);
      expect(value.trim()).not.toBe('');
    }
  });
});
