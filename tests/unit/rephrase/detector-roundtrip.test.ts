/**
 * The key check: every suggestion generated for every rule example, spliced into its text, must
 * not be flagged as harsh by the detector itself, and must not be empty praise.
 */
import { describe, expect, test } from 'vitest';
import { analyze } from '../../../lib/engine/index';
import type { Finding, Suggestion } from '../../../lib/engine/types';
import { buildSuggestions, findEmptyPraise } from '../../../lib/rephrase';
import { HARSH_SENTENCES } from './corpus';
import { EXAMPLES, inputFor } from './examples';
import { RULE_FILES } from '../../../lib/rules/index';
import { grammarProblems } from './grammar';

interface Applied {
  text: string;
  /** Where the suggestion's own words sit in `text`. */
  start: number;
  end: number;
}

function apply(original: string, finding: Finding, suggestion: Suggestion): Applied {
  const { range } = suggestion;
  const [from, to] =
    suggestion.replaces === 'sentence'
      ? [finding.sentenceStart, finding.sentenceEnd]
      : range
        ? [finding.sentenceStart + range.start, finding.sentenceStart + range.end]
        : [finding.start, finding.end];
  const text = original.slice(0, from) + suggestion.text + original.slice(to);
  const lead = suggestion.text.length - suggestion.text.trimStart().length;
  return { text, start: from + lead, end: from + suggestion.text.trimEnd().length };
}

const VARIANTS = [0, 1, 2];
const trapFiles = RULE_FILES.filter((file) => file.category !== 'kind');

describe.each(trapFiles)('suggestions for $category rule examples', (file) => {
  test('are never flagged as harsh and never empty praise', () => {
    const problems: string[] = [];
    let checked = 0;
    for (const example of file.examples.flag) {
      for (const variant of VARIANTS) {
        for (const finding of analyze(example, { variant }).findings) {
          for (const suggestion of finding.suggestions) {
            checked += 1;
            const applied = apply(example, finding, suggestion);
            const praise = findEmptyPraise(suggestion.text);
            if (praise) problems.push(`${suggestion.text} → empty praise "${praise}"`);
            const flagged = analyze(applied.text).findings.filter(
              (f) => f.start < applied.end && f.end > applied.start,
            );
            for (const f of flagged) {
              problems.push(
                `[${finding.category} v${variant}] "${example}" → "${applied.text}" flagged ${f.rule} on "${applied.text.slice(f.start, f.end)}"`,
              );
            }
          }
        }
      }
    }
    expect(problems).toEqual([]);
    expect(checked).toBeGreaterThan(0);
  });

  test('read cleanly once spliced in', () => {
    const problems: string[] = [];
    for (const example of file.examples.flag) {
      for (const finding of analyze(example).findings) {
        for (const suggestion of finding.suggestions) {
          const applied = apply(example, finding, suggestion);
          const growth = applied.text.length - example.length;
          const sentence = applied.text.slice(finding.sentenceStart, finding.sentenceEnd + growth);
          // Only what the suggestion adds: the writer's own "Sorry sorry sorry" around a span stays theirs.
          const own = grammarProblems(example.slice(finding.sentenceStart, finding.sentenceEnd));
          for (const problem of grammarProblems(sentence))
            if (suggestion.replaces === 'sentence' || !own.includes(problem))
              problems.push(`"${sentence}": ${problem}`);
        }
      }
    }
    expect(problems).toEqual([]);
  });
});

describe('suggestions for our own example sentences', () => {
  test.each(EXAMPLES)('$category: $sentence', (example) => {
    const problems: string[] = [];
    for (let variant = 0; variant < 6; variant += 1) {
      const input = inputFor(example, variant);
      for (const suggestion of buildSuggestions(input)) {
        const from = suggestion.replaces === 'span' ? input.spanStart : 0;
        const to = suggestion.replaces === 'span' ? input.spanEnd : input.sentence.length;
        const text = input.sentence.slice(0, from) + suggestion.text + input.sentence.slice(to);
        const end = from + suggestion.text.length;
        for (const f of analyze(text).findings.filter((f) => f.start < end && f.end > from)) {
          problems.push(
            `v${variant} "${text}" flagged ${f.rule} on "${text.slice(f.start, f.end)}"`,
          );
        }
      }
    }
    expect(problems).toEqual([]);
  });
});

describe('suggestions for a wider set of our own sentences', () => {
  test.each(HARSH_SENTENCES)('%s', (text) => {
    const problems: string[] = [];
    for (const variant of [0, 1]) {
      for (const finding of analyze(text, { variant }).findings) {
        for (const suggestion of finding.suggestions) {
          const applied = apply(text, finding, suggestion);
          for (const f of analyze(applied.text).findings.filter(
            (f) => f.start < applied.end && f.end > applied.start,
          )) {
            problems.push(
              `"${applied.text}" flagged ${f.rule} on "${applied.text.slice(f.start, f.end)}"`,
            );
          }
          const growth = applied.text.length - text.length;
          const sentence = applied.text.slice(finding.sentenceStart, finding.sentenceEnd + growth);
          // Only what the suggestion adds: the writer's own "Sorry sorry sorry" around a span stays theirs.
          const own = grammarProblems(text.slice(finding.sentenceStart, finding.sentenceEnd));
          for (const problem of grammarProblems(sentence))
            if (suggestion.replaces === 'sentence' || !own.includes(problem))
              problems.push(`"${sentence}": ${problem}`);
          if (findEmptyPraise(suggestion.text)) problems.push(`empty praise: ${suggestion.text}`);
        }
      }
    }
    expect(problems).toEqual([]);
  });
});
