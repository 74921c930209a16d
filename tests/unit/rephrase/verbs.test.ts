import { describe, expect, test } from 'vitest';
import { baseToPast, gerundToBase, gerundToPast, isGerund } from '../../../lib/rephrase/verbs';

describe('gerundToPast', () => {
  test.each([
    ['forgetting', 'forgot'],
    ['missing', 'missed'],
    ['yelling', 'yelled'],
    ['crying', 'cried'],
    ['staying', 'stayed'],
    ['hoping', 'hoped'],
    ['stopping', 'stopped'],
    ['oversleeping', 'overslept'],
    ['overthinking', 'overthought'],
    ['saying', 'said'],
    ['leaving', 'left'],
    ['panicking', 'panicked'],
    ['agreeing', 'agreed'],
    ['being', 'was'],
  ])('%s → %s', (gerund, past) => {
    expect(gerundToPast(gerund)).toBe(past);
  });
});

describe('gerundToBase', () => {
  test.each([
    ['calling', 'call'],
    ['texting', 'text'],
    ['stopping', 'stop'],
    ['making', 'make'],
    ['hoping', 'hope'],
    ['waiting', 'wait'],
    ['listening', 'listen'],
    ['answering', 'answer'],
    ['procrastinating', 'procrastinate'],
    ['apologizing', 'apologize'],
    ['changing', 'change'],
    ['forgetting', 'forget'],
    ['judging', 'judge'],
  ])('%s → %s', (gerund, base) => {
    expect(gerundToBase(gerund)).toBe(base);
  });
});

describe('isGerund', () => {
  test.each(['forgetting', 'calling', 'being', 'sleeping'])('%s is a gerund', (word) => {
    expect(isGerund(word)).toBe(true);
  });
  test.each(['thing', 'morning', 'nothing', 'sing', 'bring', 'go'])('%s is not', (word) => {
    expect(isGerund(word)).toBe(false);
  });
});

describe('baseToPast', () => {
  test.each([
    ['burn', 'burned'],
    ['lose', 'lost'],
    ['stop', 'stopped'],
    ['visit', 'visited'],
    ['cry', 'cried'],
    ['miss', 'missed'],
    ['say', 'said'],
  ])('%s → %s', (base, past) => {
    expect(baseToPast(base)).toBe(past);
  });
});
