import { describe, expect, it } from 'vitest';
import { RULE_FILES } from '../../../lib/rules/index';
import { analyze } from '../../../lib/engine/index';

/** Every rule file's own examples: "flag" sentences are flagged as that category, "pass" ones are left alone. */
describe.each(RULE_FILES.map((f) => [f.category, f] as const))(
  '%s rule examples',
  (category, file) => {
    it.each(file.examples.flag)('flags %j', (text) => {
      const result = analyze(text, { sensitivity: 'thorough' });
      const found = category === 'kind' ? result.kind : result.findings;
      expect(found.map((f) => f.category)).toContain(category);
    });

    it.each(file.examples.pass)('does not flag %j', (text) => {
      const result = analyze(text, { sensitivity: 'thorough' });
      if (category === 'kind') expect(result.kind).toEqual([]);
      else
        expect(result.findings.map((f) => `${f.rule}: ${text.slice(f.start, f.end)}`)).toEqual([]);
    });
  },
);
