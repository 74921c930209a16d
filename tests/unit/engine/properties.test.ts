import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { analyze, createAnalyzer } from '../../../lib/engine/index';

/** Pieces that make texts likely to hit the rules, the splitter's edge cases and odd Unicode. */
const PIECES = [
  "I'm such an idiot",
  'im so stupid',
  'I always ruin everything',
  'I should have known better',
  "it's all my fault",
  'Everyone thinks I am pathetic',
  'I did my best',
  'I hate myself',
  'he is an idiot',
  'the film was dull',
  '. ',
  '! ',
  '? ',
  '\n',
  '\r\n',
  ' ',
  '"',
  '’',
  '\u200b',
  '\u200d',
  '😅',
  '👩‍👩‍👧',
  'مرحبا',
  '\u202e',
  '\ud800',
  '\udc00',
  'Dr. ',
  '...',
  'x',
];

const textArb = fc.oneof(
  fc.array(fc.constantFrom(...PIECES), { maxLength: 30 }).map((a) => a.join('')),
  fc.string({ unit: 'binary', maxLength: 200 }),
  fc.string({ unit: 'grapheme', maxLength: 120 }),
);

function checkOffsets(text: string): void {
  const result = analyze(text, { sensitivity: 'thorough' });
  for (const f of [...result.findings, ...result.kind, ...result.crisisSpans]) {
    expect(f.start).toBeGreaterThanOrEqual(0);
    expect(f.end).toBeGreaterThan(f.start);
    expect(f.end).toBeLessThanOrEqual(text.length);
  }
  for (const f of result.findings) {
    expect(f.sentenceStart).toBeLessThanOrEqual(f.start);
    expect(f.sentenceEnd).toBeGreaterThanOrEqual(f.end);
    expect(text.slice(f.start, f.end).trim()).toBe(text.slice(f.start, f.end));
  }
}

describe('engine properties', () => {
  it('never throws, keeps offsets in range and is deterministic', { timeout: 60_000 }, () => {
    fc.assert(
      fc.property(textArb, (text) => {
        checkOffsets(text);
        expect(analyze(text)).toEqual(analyze(text));
      }),
      { numRuns: 300 },
    );
  });

  it('handles 100k characters of mixed text', { timeout: 60_000 }, () => {
    const chunk = "I'm such an idiot 😅 for this.\u200b Ok\r\nthe film was dull… ";
    const text = chunk.repeat(Math.ceil(100_000 / chunk.length)).slice(0, 100_000);
    checkOffsets(text);
    checkOffsets('a'.repeat(100_000));
    checkOffsets('i so '.repeat(20_000));
  });

  it('flagged words slice out of the exact input, emoji, CRLF and zero-width characters included', () => {
    const text = '😅😅 ok.\r\nHonestly I’m such an id\u200biot lol';
    const [finding] = analyze(text).findings;
    expect(finding).toBeDefined();
    expect(text.slice(finding!.start, finding!.end)).toBe('I’m such an id\u200biot');
  });

  it(
    'update returns exactly what analyze returns, for random edit sequences',
    { timeout: 60_000 },
    () => {
      const edit = fc.record({
        at: fc.nat(),
        remove: fc.nat({ max: 12 }),
        insert: fc.oneof(fc.constantFrom(...PIECES), fc.string({ maxLength: 3 })),
      });
      fc.assert(
        fc.property(textArb, fc.array(edit, { maxLength: 15 }), (start, edits) => {
          const analyzer = createAnalyzer();
          let text = start;
          expect(analyzer.update(text)).toEqual(analyze(text));
          for (const e of edits) {
            const at = text.length === 0 ? 0 : e.at % (text.length + 1);
            text = text.slice(0, at) + e.insert + text.slice(at + e.remove);
            expect(analyzer.update(text)).toEqual(analyze(text));
          }
        }),
        { numRuns: 150 },
      );
    },
  );

  it('update follows typing one character at a time', () => {
    const target = "Fine day. I'm such an idiot. I always ruin everything, honestly. I did my best";
    const analyzer = createAnalyzer({ sensitivity: 'standard' });
    for (let i = 0; i <= target.length; i++) {
      const text = target.slice(0, i);
      expect(analyzer.update(text)).toEqual(analyze(text, { sensitivity: 'standard' }));
    }
  });
});
