import { describe, expect, it } from 'vitest';
import { analyze, createAnalyzer } from '../../../lib/engine/index';

const TEXT = "The trip was fine. I'm such an idiot for missing the train again.";

describe('suggestions worked out on first read', () => {
  it('are there when read, and the same on every read', () => {
    const [finding] = analyze(TEXT).findings;
    expect(finding).toBeDefined();
    const first = finding!.suggestions;
    expect(first.length).toBeGreaterThan(0);
    expect(finding!.suggestions).toBe(first);
  });

  it('travel with the finding through JSON, structured clone and spreading', () => {
    const [finding] = analyze(TEXT).findings;
    const viaJson = JSON.parse(JSON.stringify(finding)) as typeof finding;
    expect(viaJson!.suggestions.length).toBeGreaterThan(0);
    expect(structuredClone(finding)).toEqual(viaJson);
    expect({ ...finding }.suggestions).toEqual(viaJson!.suggestions);
    expect(Object.keys(finding!)).toContain('suggestions');
  });

  it('are the same from the incremental analyzer as from a full analysis', () => {
    const analyzer = createAnalyzer();
    analyzer.update(TEXT.slice(0, 30));
    const incremental = analyzer.update(TEXT);
    expect(JSON.parse(JSON.stringify(incremental))).toEqual(
      JSON.parse(JSON.stringify(analyze(TEXT))),
    );
  });

  it('stay empty everywhere in a text in crisis', () => {
    const a = analyze("I'm such a burden. I want to die.");
    expect(a.crisis).toBe(true);
    for (const f of a.findings) expect(f.suggestions).toEqual([]);
  });
});
