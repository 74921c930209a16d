import { describe, expect, it } from 'vitest';
import { analyze } from '../../../lib/engine/index';

/** The text with one finding's span suggestion put in place. */
function landedSpanSuggestions(text: string): { landed: string; part: string }[] {
  const out: { landed: string; part: string }[] = [];
  for (const f of analyze(text).findings)
    for (const s of f.suggestions)
      if (s.replaces === 'span')
        out.push({ landed: text.slice(0, f.start) + s.text + text.slice(f.end), part: s.part });
  return out;
}

describe('naming a judgement as a thought, in place', () => {
  it('works for a judgement whose subject is not "I", and leaves the rest of the sentence alone', () => {
    const text = "It's all my fault we missed the flight to Lisbon.";
    const defusions = landedSpanSuggestions(text).filter((s) => /the thought/.test(s.landed));
    expect(defusions).toHaveLength(1);
    expect(defusions[0]!.landed).toMatch(
      /^I(?:'m having|'m noticing| notice) the thought that it's all my fault we missed the flight to Lisbon\.$/,
    );
    expect(defusions[0]!.part).toBe('mindfulness');
  });

  it('is read by the detector as a thought named, however far the judgement sits from the cue', () => {
    for (const cue of ["I'm noticing the thought that", 'I notice the thought that'])
      expect(analyze(`${cue} it's all my fault they broke up.`).findings).toEqual([]);
    expect(
      analyze("I'm having the thought that it's all my fault they broke up.").findings,
    ).toEqual([]);
    expect(
      analyze("I'm having the thought that one mistake and I'm finished, that's how it feels.")
        .findings,
    ).toEqual([]);
  });

  it('never turns a plain fact into "a thought"', () => {
    for (const { landed } of landedSpanSuggestions(
      "I'm such a failure, my sourdough collapsed in the oven.",
    ))
      expect(landed).not.toMatch(/thought that my sourdough/);
  });

  it('is not offered for a question or a condition', () => {
    for (const text of ['Do you hate me now?', "If my painting isn't perfect, it's worthless."])
      for (const { landed } of landedSpanSuggestions(text))
        expect(landed).not.toMatch(/the thought that (do|if)\b/i);
  });
});
