import { describe, expect, it } from 'vitest';
import { analyze } from '../../../lib/engine/index';
import type { Finding } from '../../../lib/engine/index';

const flagged = (
  text: string,
  sensitivity: 'gentle' | 'standard' | 'thorough' = 'thorough',
): string[] => analyze(text, { sensitivity }).findings.map((f) => text.slice(f.start, f.end));
const only = (text: string): Finding => {
  const { findings } = analyze(text);
  expect(findings).toHaveLength(1);
  return findings[0]!;
};

describe('analyze: language, not keywords', () => {
  it('flags the first person only', () => {
    expect(flagged("I'm such an idiot")).toEqual(["I'm such an idiot"]);
    expect(flagged("He's such an idiot")).toEqual([]);
    expect(flagged('This movie is stupid')).toEqual([]);
  });

  it('reads casual spelling: im, lowercase i, curly and missing apostrophes, emoji', () => {
    expect(flagged('im such a loser')).toHaveLength(1);
    expect(flagged('Im such a loser')).toHaveLength(1);
    expect(flagged('i’m such a loser')).toHaveLength(1);
    expect(flagged('i shouldve known better')).toHaveLength(1);
    expect(flagged('its all my fault')).toHaveLength(1);
    expect(flagged('😩i dont deserve love😩')).toEqual(['i dont deserve love']);
  });

  it('respects negation and rejection', () => {
    expect(flagged("I'm not a failure")).toEqual([]);
    expect(flagged('I used to think I was worthless, but now I see my worth')).toEqual([]);
    expect(flagged("I don't think I'm stupid")).toEqual([]);
    expect(flagged("I can't believe I'm such an idiot")).toHaveLength(1);
  });

  it('leaves reported speech and other people’s quotations alone', () => {
    expect(flagged('She said I was lazy')).toEqual([]);
    expect(flagged('My coach always told me I was useless')).toEqual([]);
    expect(flagged('He wrote "I am a failure" on the board as an example')).toEqual([]);
    expect(flagged('I told myself I was an idiot')).toHaveLength(1);
  });

  it('lowers questions unless they are a rhetorical self-attack', () => {
    expect(only('Am I an idiot?').severity).toBeLessThan(only("I'm an idiot.").severity);
    expect(only('Why am I so stupid?').severity).toBeGreaterThanOrEqual(2);
  });

  it('raises severity for intensifiers and swearing', () => {
    expect(only("I'm an idiot").severity).toBe(2);
    expect(only("I'm such a complete idiot").severity).toBe(3);
    expect(only("I'm a fucking idiot").severity).toBe(3);
  });
});

describe('analyze: the finding contract', () => {
  it('gives exact offsets, sentence bounds, rule id, explanation and suggestions', () => {
    const text = 'Nice day.\r\nBut honestly I always ruin everything.';
    const [f] = analyze(text).findings;
    expect(f).toBeDefined();
    expect(text.slice(f!.start, f!.end)).toBe('I always ruin everything');
    expect(text.slice(f!.sentenceStart, f!.sentenceEnd)).toBe(
      'But honestly I always ruin everything.',
    );
    expect(f!.rule).toMatch(/^overgeneralizing\//);
    expect(f!.explanation).toMatch(/^[A-Z][^.]+\.$/);
    expect(f!.severity).toBeGreaterThanOrEqual(1);
  });

  it('maps sensitivity to a severity threshold and drops disabled categories', () => {
    const text = "Am I an idiot? I'm an idiot. I'm such a complete idiot.";
    expect(flagged(text, 'thorough')).toHaveLength(3);
    expect(flagged(text, 'standard')).toHaveLength(2);
    expect(flagged(text, 'gentle')).toHaveLength(1);
    expect(analyze(text, { disabledCategories: ['labeling'] }).findings).toEqual([]);
  });

  it('reports kind self-talk separately', () => {
    const r = analyze("I did my best and I'm proud of myself for trying.");
    expect(r.findings).toEqual([]);
    expect(r.kind.map((k) => k.category)).toEqual(['kind', 'kind']);
  });

  it('is deterministic', () => {
    const text = "I'm such an idiot. Everyone thinks I'm pathetic. I should have known better.";
    expect(analyze(text, { variant: 2 })).toEqual(analyze(text, { variant: 2 }));
  });
});

describe('a stake the writer names', () => {
  it.each([
    "Revise the chapter tonight or I'm going to fail the quiz.",
    "Finish the draft tonight, otherwise I'll fail the course.",
  ])('is a condition they act on, not a prediction: "%s"', (text) => {
    expect(analyze(text).findings).toEqual([]);
  });

  it('the same prediction without the stake is still caught', () => {
    expect(analyze("I'm going to fail the quiz.").findings.map((f) => f.category)).toEqual([
      'catastrophizing',
    ]);
  });
});
