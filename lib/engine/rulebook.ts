/** The rule files compiled once: trigger sets for the prefilter and compromise patterns for the matcher. */
import { RULE_FILES } from '../rules/index';
import type { RuleFile, RulePattern } from '../rules/types';
import { compilePattern, type CompiledPattern } from './nlp';
import { anchorsOf } from './anchors';

export interface CompiledRuleFile {
  file: RuleFile;
  patterns: readonly {
    rule: RulePattern;
    compiled: CompiledPattern;
    /** The pattern names a part-of-speech tag, so its sentence needs compromise's tagger. */
    needsTags: boolean;
    anchors: readonly ReadonlySet<string>[];
  }[];
}

/**
 * Widens a pattern for what compromise does to real text. A pattern that starts with "i" also matches when a
 * softener or intensifier follows it ("I really should...",
 * "I honestly hate myself"). Words that patterns use right after "i" stay out of this list: compromise does not backtrack.
 */
const AFTER_I =
  '(really|honestly|literally|seriously|definitely|probably|truly|actually|totally|genuinely|clearly|obviously|basically|also|kinda|sometimes|often|even|so|fucking|freaking|def|lowkey|highkey)?';

export function widen(match: string): string {
  return (
    match
      .replace(/^i /, `i ${AFTER_I} `)
      // compromise sometimes expands "it's" to "it has" ("It's my fault we broke up"), so "is" also accepts "has".
      .replace(/(?<=[(|])is(?=[|)])/g, 'is|has')
      .replace(/(?<=^|\s)is(?=\s|$)/g, '(is|has)')
  );
}

function compileFile(file: RuleFile): CompiledRuleFile {
  return {
    file,
    patterns: file.patterns.map((rule) => ({
      rule,
      compiled: compilePattern(widen(rule.match)),
      needsTags: rule.match.includes('#'),
      anchors: anchorsOf(rule.match),
    })),
  };
}

export const RULEBOOK: readonly CompiledRuleFile[] = RULE_FILES.map(compileFile);
