import type { Finding, Suggestion } from './types';

/** What a finding says apart from its suggestions and its sentence's bounds. */
type FindingCore = Pick<
  Finding,
  'category' | 'start' | 'end' | 'severity' | 'rule' | 'explanation'
>;

/**
 * A finding whose `suggestions` is an own, enumerable property that is worked out the first time it is read and
 * kept. Wording suggestions costs more than finding the words, and most findings are never opened, so a
 * keystroke does not pay for it. Serialising (JSON, structured clone, message passing) reads it like any property.
 * Built as one object literal with its getter: V8 gives every such finding one fast shape, where defining the
 * property afterwards would cost a shape change per finding on every keystroke.
 */
export function findingAt(
  core: FindingCore,
  shift: number,
  sentenceStart: number,
  sentenceEnd: number,
  compute: () => Suggestion[],
): Finding {
  let cached: Suggestion[] | undefined;
  return {
    category: core.category,
    start: core.start + shift,
    end: core.end + shift,
    sentenceStart,
    sentenceEnd,
    severity: core.severity,
    rule: core.rule,
    explanation: core.explanation,
    get suggestions() {
      return (cached ??= compute());
    },
  };
}
