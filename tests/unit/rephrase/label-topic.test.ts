import { describe, expect, test } from 'vitest';
import { buildSuggestions } from '../../../lib/rephrase';
import { readFocus } from '../../../lib/rephrase/focus';
import { extractTopic } from '../../../lib/rephrase/topic';
import type { CategoryId } from '../../../lib/engine/types';

function texts(category: CategoryId, sentence: string, flagged: string, variants = 12): string[] {
  const spanStart = sentence.indexOf(flagged);
  const out = new Set<string>();
  for (let variant = 0; variant < variants; variant++)
    for (const s of buildSuggestions({
      category,
      sentence,
      spanStart,
      spanEnd: spanStart + flagged.length,
      variant,
    }))
      out.add(s.text);
  return [...out];
}

describe('a short label speaks to what the writer named', () => {
  test('"im such a screw up with money": the next step and the kind word are about money', () => {
    const all = texts('labeling', 'honestly im such a screw up with money', 'im such a screw up');
    expect(all.some((t) => /\bmoney\b/.test(t) && /\bI can\b/.test(t))).toBe(true);
    expect(all).not.toContain('This is a hard moment, and I can pick one small thing to do next.');
    expect(all).not.toContain('What happened was something I did, not who I am.');
  });

  test('"I\'m a terrible friend": the role is the topic, never the verdict', () => {
    const all = texts('labeling', "I'm a terrible friend.", "I'm a terrible friend");
    expect(all.some((t) => /being a friend/.test(t))).toBe(true);
    expect(all.every((t) => !/terrible/i.test(t))).toBe(true);
  });

  test('"I\'m the problem in every relationship": the verdict cut before its object is no topic', () => {
    const sentence = "I'm the problem in every relationship.";
    const focus = readFocus(sentence, 0, "I'm the problem".length, extractTopic(sentence));
    expect(focus.about).toBeNull();
    const all = texts('self_blame', sentence, "I'm the problem");
    expect(all.every((t) => !/\bproblem in\b/i.test(t))).toBe(true);
  });
});
