/**
 * Issue 11's checks as tests: the eval's own metrics catch what they should (table tests), and over every rule
 * example, our own sentences and the set kept aside, no suggestion fails grammar where it lands, is flagged by our
 * own detector, or is empty praise; our sentences keep the writer's words and the set kept aside stays varied.
 */
import { describe, expect, test } from 'vitest';
import type { Suggestion } from '../../../lib/engine/types';
import { RULE_EXAMPLES, SENTENCES, UNSEEN } from '../../rephrase-eval/data';
import {
  contentLemmas,
  evaluate,
  grammarFailures,
  percent,
  reusesContent,
} from '../../rephrase-eval/metrics';

const sentence = (text: string): Suggestion => ({
  text,
  part: 'mindfulness',
  replaces: 'sentence',
});
const span = (text: string): Suggestion => ({ text, part: 'mindfulness', replaces: 'span' });

describe('content words', () => {
  test.each([
    // "forgot" is a setback verb in the lexicon, so it is not counted as the writer's topic.
    ["I'm such an idiot, I forgot the dentist appointment.", ['dentist', 'appointment']],
    ['ugh im so stupid lol', []],
    ['I always screw up job interviews.', ['job', 'interview']],
  ])('%s → %j', (text, expected) => {
    expect([...contentLemmas(text)].sort()).toEqual([...expected].sort());
  });

  test.each([
    ['Job interviews are hard for me.', 'I always screw up job interviews.', true],
    ["I'm being hard on myself.", 'I always screw up job interviews.', false],
    ['I forgot the appointment.', "I'm so dumb for forgetting the appointment", true],
  ])('"%s" reuses a word of "%s": %s', (suggestion, original, expected) => {
    expect(reusesContent(suggestion, contentLemmas(original))).toBe(expected);
  });
});

describe('grammar where a suggestion lands', () => {
  test.each([
    ["I'm such an idiot.", sentence('I forgot the the meeting.'), ['doubled word']],
    ["I'm such an idiot.", sentence('i forgot the meeting.'), ['lower-case start']],
    ["I'm such an idiot.", sentence('I forgot the meeting'), ['missing end punctuation']],
    ["I'm such an idiot.", sentence('You forgot the meeting.'), ['person switch ("you")']],
    ["I'm such an idiot, I forgot.", span("i'm being hard on myself,"), ['lower-case start']],
    ["I'm such an idiot.", sentence('I forgot the meeting.'), []],
    ['Are you mad at me?', sentence('Thanks for your patience.'), []],
  ])('%s + %j → %j', (original, suggestion, expected) => {
    const end = original.indexOf(',') > 0 ? original.indexOf(',') + 1 : original.length - 1;
    expect(grammarFailures(original, 0, end, suggestion)).toEqual(expected);
  });
});

describe.each([
  ['rule examples', RULE_EXAMPLES],
  ['our own sentences', SENTENCES],
  ['the set kept aside', UNSEEN],
])('suggestions for %s', (_name, items) => {
  const figures = evaluate(items);
  test('read cleanly where they land', () => {
    expect(figures.grammar).toEqual([]);
  });
  test('are never flagged as harsh or crisis by our own detector', () => {
    expect(figures.harsh).toEqual([]);
  });
  test('are never empty praise', () => {
    expect(figures.praise).toEqual([]);
  });
});

test('our own sentences: at least 200, and 80% of suggestions reuse a content word of the writer', () => {
  expect(SENTENCES.length).toBeGreaterThanOrEqual(200);
  const figures = evaluate(SENTENCES, 0, false);
  expect(percent(figures.reusing, figures.withContent)).toBeGreaterThanOrEqual(80);
});

test('the set kept aside is disjoint and varied: at least 85 distinct texts per 100 suggestions', () => {
  const seen = new Set(SENTENCES.map((s) => s.text));
  expect(UNSEEN.filter((s) => seen.has(s.text))).toEqual([]);
  const figures = evaluate(UNSEEN, 0, false);
  expect(percent(figures.distinct, figures.suggestions)).toBeGreaterThanOrEqual(85);
});
