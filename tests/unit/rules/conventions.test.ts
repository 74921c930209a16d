import { describe, expect, it } from 'vitest';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { RULE_FILES } from '../../../lib/rules/index';
import { CATEGORY_IDS } from '../../../lib/engine/types';
import * as rephrase from '../../../lib/rephrase/index';
import { patternProblems } from '../../../lib/engine/pattern-lint';

const rulesDir = resolve(__dirname, '../../../lib/rules');

describe('rule file conventions', () => {
  it.each([...CATEGORY_IDS, 'kind' as const])(
    '%s has its own file, examples both ways and an explanation',
    (category) => {
      expect(existsSync(resolve(rulesDir, `${category}.ts`))).toBe(true);
      const files = RULE_FILES.filter((f) => f.category === category);
      expect(files).toHaveLength(1);
      const file = files[0]!;
      expect(file.examples.flag.length).toBeGreaterThanOrEqual(8);
      expect(file.examples.pass.length).toBeGreaterThanOrEqual(8);
      expect(file.explanation).toMatch(/^[A-Z].+\.$/);
      expect(file.explanation.split(/[.!?](\s|$)/).filter((s) => s.trim()).length).toBe(1);
      expect(file.patterns.length).toBeGreaterThan(0);
    },
  );

  it('pattern ids are unique within each file and well formed', () => {
    for (const file of RULE_FILES) {
      const ids = file.patterns.map((p) => p.id);
      expect(new Set(ids).size).toBe(ids.length);
      for (const id of ids) expect(id).toMatch(/^[a-z0-9-]+$/);
    }
  });

  it.each(CATEGORY_IDS)('%s has a rephrase builder', (category) => {
    const builders = (rephrase as Record<string, unknown>)['REPHRASE_BUILDERS'] as
      Record<string, unknown> | undefined;
    expect(builders, 'lib/rephrase/index.ts exports REPHRASE_BUILDERS').toBeDefined();
    expect(typeof builders![category]).toBe('function');
  });
});

describe('pattern syntax', () => {
  it.each(
    RULE_FILES.flatMap((f) => f.patterns.map((p) => [`${f.category}/${p.id}`, p.match] as const)),
  )('%s avoids constructs compromise silently ignores', (_id, match) => {
    expect(patternProblems(match)).toEqual([]);
  });
});
