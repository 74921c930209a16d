import { describe, expect, test } from 'vitest';
import { parsePracticeHash, practiceHash } from '../../../lib/exercises/route';
import { rephraseFeedback } from '../../../lib/exercises/rephrase-check';
import type { Analysis, Finding } from '../../../lib/engine/types';

describe('parsePracticeHash', () => {
  test.each([
    ['', { exercise: null }],
    ['#', { exercise: null }],
    ['#nope', { exercise: null }],
    ['#break', { exercise: 'break' }],
    ['#letter', { exercise: 'letter' }],
    ['#break&abcDEF123_-xyz', { exercise: 'break', token: 'abcDEF123_-xyz' }],
    ['#break&short', { exercise: 'break' }],
    ['#break&<script>', { exercise: 'break' }],
    ['#drills&trap=comparison', { exercise: 'drills', trap: 'comparison' }],
    ['#drills&trap=bogus', { exercise: 'drills' }],
  ])('%s', (hash, route) => {
    expect(parsePracticeHash(hash)).toEqual(route);
  });

  test('practiceHash never carries a token back into the address', () => {
    expect(practiceHash({ exercise: 'break', token: 'abcdefgh1234' })).toBe('#break');
    expect(practiceHash({ exercise: 'drills', trap: 'should' })).toBe('#drills&trap=should');
  });
});

describe('rephraseFeedback', () => {
  const finding = (category: Finding['category']): Finding => ({
    category,
    start: 0,
    end: 1,
    sentenceStart: 0,
    sentenceEnd: 1,
    severity: 2,
    rule: `${category}/x`,
    explanation: '',
    suggestions: [],
  });
  const analysis = (over: Partial<Analysis>): Analysis => ({
    findings: [],
    kind: [],
    crisis: false,
    crisisSpans: [],
    ...over,
  });

  test('crisis wins over any feedback', () => {
    expect(
      rephraseFeedback('x', analysis({ crisis: true, findings: [finding('labeling')] })),
    ).toEqual({
      kind: 'crisis',
    });
  });

  test('lists each remaining trap once, and the parts present', () => {
    expect(
      rephraseFeedback(
        'Lots of people do this, and I can rest.',
        analysis({ findings: [finding('should'), finding('should'), finding('labeling')] }),
      ),
    ).toEqual({
      kind: 'checked',
      harsh: true,
      traps: ['should', 'labeling'],
      parts: ['common_humanity', 'next_step'],
      evidence: { common_humanity: ['Lots of people do'], next_step: ['I can'] },
      verdict: 'harsh',
    });
    expect(rephraseFeedback('It is what it is.', analysis({}))).toEqual({
      kind: 'checked',
      harsh: false,
      traps: [],
      parts: [],
      evidence: {},
      verdict: 'no_parts',
    });
  });

  test('the verdict follows the parts: it never calls words kind while finding no part in them', () => {
    const text = "I'm worried about the exam and I've not started, that's scary.";
    expect(rephraseFeedback(text, analysis({}))).toMatchObject({
      verdict: 'one_part',
      parts: ['mindfulness'],
    });
    expect(rephraseFeedback("It's okay. I'll rest.", analysis({}))).toMatchObject({
      verdict: 'kind',
    });
    // The engine's own parts, when it reports them, are the ones used.
    expect(
      rephraseFeedback('anything', analysis({ parts: ['self_kindness', 'next_step'] })),
    ).toMatchObject({ verdict: 'kind', parts: ['self_kindness', 'next_step'] });
  });
});
