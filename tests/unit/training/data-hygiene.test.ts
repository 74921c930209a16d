import { existsSync, readFileSync, statSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { codeExamples, readItems } from '../../../training/scripts/data';

const EVAL = '../shared/eval';
const normal = (t: string) => t.toLowerCase().replace(/\s+/g, ' ').trim();

describe('training data', () => {
  const items = [...readItems(), ...codeExamples()];

  it('keeps every item traceable: an id, a source, a text, unique ids', () => {
    // One assertion over all items: an expect per item made this test slow on 20,000 items.
    const ids = new Set<string>();
    const problems: string[] = [];
    for (const i of items) {
      if (!/\S/.test(i.id ?? '')) problems.push(`no id: ${JSON.stringify(i).slice(0, 80)}`);
      if (!/\S/.test(i.source ?? '')) problems.push(`no source: ${i.id}`);
      if (!i.text?.trim()) problems.push(`no text: ${i.id}`);
      if (ids.has(i.id)) problems.push(`duplicate id: ${i.id}`);
      ids.add(i.id);
    }
    expect(problems).toEqual([]);
    expect(items.length).toBeGreaterThan(10_000);
  });

  it.skipIf(!existsSync(`${EVAL}/dev.jsonl`))('holds no text of the evaluation sets', () => {
    const evalTexts = new Set(
      ['dev.jsonl', 'ordinary_dev.jsonl'].flatMap((f) =>
        readFileSync(`${EVAL}/${f}`, 'utf8')
          .split('\n')
          .filter((l) => l.trim())
          .map((l) => normal((JSON.parse(l) as { text: string }).text)),
      ),
    );
    const leaked = items.filter((i) => evalTexts.has(normal(i.text))).map((i) => i.id);
    expect(leaked).toEqual([]);
  });

  it('ships weights of at most 1.5 MB', () => {
    expect(statSync('training/model/weights.json').size).toBeLessThanOrEqual(1.5 * 1024 * 1024);
  });
});
