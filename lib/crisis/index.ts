/**
 * Crisis language in one sentence. Called on every sentence the user types, so the common case is a
 * single precompiled prefilter regex that rejects the sentence; only candidates get the full check.
 */
import {
  isAccident,
  isFictionOrNews,
  isNegatedBefore,
  isQuoted,
  namesTheWriter,
  nearestSubject,
} from './guards';
import { normalizeForCrisis, toOriginalRange } from './normalize';
import { CRISIS_PATTERNS, MACROS, type CrisisPattern } from './patterns';

export interface CrisisMatch {
  /** UTF-16 offsets inside the given sentence; `sentence.slice(start, end)` is the crisis words. */
  start: number;
  end: number;
  /** `crisis/<pattern-id>`. */
  rule: string;
}

interface CompiledPattern {
  pattern: CrisisPattern;
  re: RegExp;
  unlessAfter: RegExp | null;
}

export function expandMacros(source: string): string {
  return source.replace(/\{([A-Z]+)\}/g, (whole, name: string) => {
    const expansion = MACROS[name];
    if (expansion === undefined) throw new Error(`crisis pattern: unknown macro ${whole}`);
    return expansion;
  });
}

const COMPILED: readonly CompiledPattern[] = CRISIS_PATTERNS.map((pattern) => ({
  pattern,
  re: new RegExp(expandMacros(pattern.source), 'g'),
  unlessAfter: pattern.unlessAfter ? new RegExp(`^ ?(?:${pattern.unlessAfter})`) : null,
}));

/** One regex of every pattern's trigger stems, run on the normalised sentence. */
export const PREFILTER = new RegExp(CRISIS_PATTERNS.map((p) => `(?:${p.stems})`).join('|'));

function isCancelled(compiled: CompiledPattern, text: string, start: number, end: number): boolean {
  const { guards } = compiled.pattern;
  if (compiled.unlessAfter?.test(text.slice(end, end + 60))) return true;
  if (guards.includes('negation') && isNegatedBefore(text, start, end)) return true;
  if (guards.includes('accident') && isAccident(text, start, end)) return true;
  if (guards.includes('other-subject') && isQuoted(text, start, end)) return true;
  if (guards.includes('other-subject') || guards.includes('fiction')) {
    const subject = namesTheWriter(text.slice(start, end)) ? 'self' : nearestSubject(text, start);
    if (guards.includes('other-subject') && subject === 'other') return true;
    if (guards.includes('fiction') && subject !== 'self' && isFictionOrNews(text)) return true;
  }
  return false;
}

/** Every crisis match in `sentence` that no guard cancels, one per pattern (its first), by position. */
export function findCrisisMatches(sentence: string): CrisisMatch[] {
  const norm = normalizeForCrisis(sentence);
  const text = norm.text;
  if (!PREFILTER.test(text)) return [];
  const found: CrisisMatch[] = [];
  for (const compiled of COMPILED) {
    compiled.re.lastIndex = 0;
    for (const m of text.matchAll(compiled.re)) {
      const start = m.index;
      const end = start + m[0].length;
      if (m[0].length === 0 || isCancelled(compiled, text, start, end)) continue;
      const [origStart, origEnd] = toOriginalRange(norm, start, end);
      found.push({ start: origStart, end: origEnd, rule: `crisis/${compiled.pattern.id}` });
      break;
    }
  }
  return found.sort((a, b) => a.start - b.start || b.end - a.end);
}

/** The first crisis words in `sentence`, or null. Pure and cheap; never throws on any string. */
export function detectCrisis(sentence: string): CrisisMatch | null {
  return findCrisisMatches(sentence)[0] ?? null;
}

export { CRISIS_PATTERNS } from './patterns';
export {
  ALL_COUNTRY_RESOURCES,
  FALLBACK_RESOURCES,
  HELPLINE_DIRECTORY_URL,
  SUPPORTED_COUNTRIES,
  countryFromLocale,
  resourcesFor,
  type CrisisResources,
  type Helpline,
  type TextLine,
} from './resources';
