import type { Finding, Suggestion } from './types';

/**
 * Gives a finding its `suggestions` as an own, enumerable property that is worked out the first time it is read
 * and kept. Wording suggestions costs more than finding the words, and most findings are never opened, so a
 * keystroke does not pay for it. Serialising (JSON, structured clone, message passing) reads it like any property.
 */
export function withLazySuggestions<T extends Omit<Finding, 'suggestions'>>(
  finding: T,
  compute: () => Suggestion[],
): T & Pick<Finding, 'suggestions'> {
  let cached: Suggestion[] | undefined;
  return Object.defineProperty(finding, 'suggestions', {
    enumerable: true,
    configurable: true,
    get: () => (cached ??= compute()),
  }) as T & Pick<Finding, 'suggestions'>;
}
