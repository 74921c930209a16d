/** The focus reads the writer's own verb, object, verdict and all-or-nothing word from the parse. */
import { describe, expect, test } from 'vitest';
import { readFocus } from '../../../lib/rephrase/focus';
import { extractTopic } from '../../../lib/rephrase/topic';
import { baseToGerund } from '../../../lib/rephrase/verbs';

function focusOf(sentence: string, flagged: string) {
  const start = sentence.indexOf(flagged);
  return readFocus(sentence, start, start + flagged.length, extractTopic(sentence));
}

describe('the writer’s own words from the parse', () => {
  test.each([
    ["i'll never find someone who loves me", "i'll never find", 'finding someone who loves me'],
    [
      'I have to deal with this alone.',
      'I have to deal with this alone',
      'dealing with this alone',
    ],
    [
      'I should be able to handle this on my own.',
      'I should be able to',
      'handling this on my own',
    ],
  ])('%s → doing "%s"', (sentence, flagged, doing) => {
    expect(focusOf(sentence, flagged).doing).toBe(doing);
  });

  test.each([
    ["I'm always the one who gets left out of plans", "I'm always the one"],
    ['I should have tried harder for that interview.', 'I should have tried harder'],
    ["I'm such an idiot, I left my keys in the car again.", "I'm such an idiot"],
    ["I'll never be as smart as my sister.", "I'll never be"],
  ])('no doing from a description, a perfect tense or a past verb: %s', (sentence, flagged) => {
    expect(focusOf(sentence, flagged).doing).toBeNull();
  });

  test.each([
    ['My career is over because of one bad presentation.', 'My career is over', 'my career'],
    ['I let my whole team down today.', 'I let my whole team down', 'my team'],
    ["I'm always the one who gets left out of plans", "I'm always the one", 'plans'],
    ['The interviewer could tell I was a fraud.', 'could tell I was a fraud', 'the interviewer'],
  ])('%s → object "%s"', (sentence, flagged, object) => {
    expect(focusOf(sentence, flagged).object).toBe(object);
  });

  test('a superlative frame is no object: "the dumbest person"', () => {
    expect(focusOf("I'm the dumbest person here", "I'm the dumbest").object).toBeNull();
  });

  test.each([
    ["I'm worthless.", "I'm worthless", 'my worth'],
    [
      'She probably thinks I am annoying.',
      'She probably thinks I am annoying',
      'how I come across',
    ],
    ["I'm a lost cause.", "I'm a lost cause", null],
  ])('%s → the verdict weighs %s, never quoted', (sentence, flagged, domain) => {
    expect(focusOf(sentence, flagged).domain).toBe(domain);
  });

  test('the all-or-nothing word the writer used', () => {
    expect(focusOf('I always mess everything up.', 'I always mess everything up').quantifier).toBe(
      'always',
    );
    expect(focusOf('I messed up the form.', 'I messed up').quantifier).toBeNull();
  });

  test('a person is not a noun to be hard at', () => {
    expect(
      focusOf("I'm not good enough for my girlfriend.", "I'm not good enough").noun,
    ).toBeNull();
  });
});

test.each([
  ['find', 'finding'],
  ['make', 'making'],
  ['plan', 'planning'],
  ['agree', 'agreeing'],
  ['lie', 'lying'],
  ['visit', 'visiting'],
  ['handle', 'handling'],
])('gerund of %s is %s', (base, gerund) => {
  expect(baseToGerund(base)).toBe(gerund);
});

describe('what others do to the writer, and a good word denied', () => {
  test.each([
    ['Nobody will ever hire me after this.', 'Nobody will ever hire me', 'being hired'],
    ['Nobody could ever love someone like me.', 'Nobody could ever love', 'being loved'],
    ['nothing ever works out for me, so why try', 'nothing ever works out', 'things working out'],
  ])('%s → "%s"', (sentence, flagged, doing) => {
    expect(focusOf(sentence, flagged).doing).toBe(doing);
  });

  test.each([
    ["I'm not good at anything.", "I'm not good at anything", "what I'm good at"],
    ["I'm not good enough for her.", "I'm not good enough", "whether I'm good enough"],
    ['i dont deserve love', 'i dont deserve love', 'whether I deserve love'],
  ])('%s → weighs "%s"', (sentence, flagged, domain) => {
    expect(focusOf(sentence, flagged).domain).toBe(domain);
  });
});
