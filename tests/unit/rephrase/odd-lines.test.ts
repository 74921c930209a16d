/** Lines found by reading samples as a careful user would; each case walks every variant "Another" can show. */
import { describe, expect, test } from 'vitest';
import { analyze } from '../../../lib/engine';
import { buildSuggestions } from '../../../lib/rephrase';

function every(text: string): string[] {
  const out: string[] = [];
  for (let variant = 0; variant < 12; variant++)
    for (const f of analyze(text, { variant }).findings)
      for (const s of f.suggestions) out.push(s.text);
  return out;
}

describe('wordings that read wrong stay out', () => {
  test.each([
    ["I'm a waste of space at this company.", /company (?:is|are) part of me/i],
    ["I'm not good enough for this team.", /team (?:is|are) part of me/i],
    ['What is wrong with me, I cried at the work meeting.', /meeting is part of me/i],
    ["I shouldn't complain about my back, other people have it worse.", /back is a lot for me/i],
    ["My needs aren't important compared to my family.", /needs are a lot for me/i],
    ['It’s all my fault we missed the flight to Lisbon.', /\babout we\b/i],
    ['I’m such a loser, nobody came to my party.', /one small step\.$/],
    ["I ruined my daughter's birthday by being late.", /^My daughter's birthday by being late\./],
    ['I let my whole choir down at the concert.', /^My whole choir down/],
    ['I let my study group down.', /group down,/],
    ["I'm too much for anyone to handle.", /about handling/],
    ["It's my fault the car broke down on the motorway.", /Things with how/],
    ['Compared to my classmates, I am a total failure.', /Compared to my classmates\. /],
    ['Why do I always screw this up?', /^This up\b/],
  ])('"%s" never gets %s', (text, wrong) => {
    const texts = every(text);
    expect(texts.length).toBeGreaterThan(0);
    for (const t of texts) expect(t).not.toMatch(wrong);
  });

  test('"I let| my coach down" is no setback with an object, and no fact of its own', () => {
    const sentence = 'I let my coach down at the tournament.';
    const texts = [0, 1, 2, 3].flatMap((variant) =>
      buildSuggestions({
        category: 'overgeneralizing',
        sentence,
        spanStart: 0,
        spanEnd: 5,
        variant,
      }),
    );
    expect(texts.length).toBeGreaterThan(0);
    for (const s of texts) {
      expect(s.text).not.toMatch(/coach down at the tournament (?:is|,)|over my coach/i);
      expect(s.text).not.toMatch(/^I let my coach down at the tournament\. /);
    }
  });

  test('a generic next step says what kind of step, by what the sentence holds', () => {
    const party = every('I’m such a loser, nobody came to my party.').filter((t) =>
      /^Nobody came to my party\. I can /.test(t),
    );
    expect(party.length).toBeGreaterThan(0);
    for (const t of party) expect(t).toMatch(/reach out to one person|tell one person/);
  });
});
