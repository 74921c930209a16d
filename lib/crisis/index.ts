/**
 * Crisis language in one sentence. Called on every sentence the user types, so the common case is a
 * single precompiled prefilter regex that rejects the sentence; only candidates get the full check.
 */
import {
  isAccident,
  isFictionOrNews,
  isHyperboleAboutAWork,
  isNegatedBefore,
  isQuoted,
  namesTheWriter,
  nearestSubject,
} from './guards';
import { normalizeForCrisis, normalizedTextOnly, toOriginalRange } from './normalize';
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
  /** The pattern's stems on the normalised text: a cheap test before the full expression. */
  gate: RegExp;
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
  gate: new RegExp(`\\b(?:${pattern.stems})`),
  re: new RegExp(expandMacros(pattern.source), 'g'),
  unlessAfter: pattern.unlessAfter ? new RegExp(`^ ?(?:${pattern.unlessAfter})`) : null,
}));

/** Top-level alternatives of a regex source, with a leading group of alternatives spread out. */
export function splitAlternatives(source: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let inClass = false;
  let current = '';
  for (let k = 0; k < source.length; k++) {
    const c = source[k]!;
    if (c === '\\') {
      current += c + (source[k + 1] ?? '');
      k++;
      continue;
    }
    if (inClass) inClass = c !== ']';
    else if (c === '[') inClass = true;
    else if (c === '(') depth++;
    else if (c === ')') depth--;
    else if (c === '|' && depth === 0) {
      out.push(current);
      current = '';
      continue;
    }
    current += c;
  }
  out.push(current);
  return out.flatMap(spreadLeadingGroup);
}

/** "(?:of|with)\\s+life" → ["of\\s+life", "with\\s+life"], so every alternative starts with a letter. */
function spreadLeadingGroup(alternative: string): string[] {
  if (!alternative.startsWith('(?:')) return [alternative];
  let depth = 0;
  for (let k = 0; k < alternative.length; k++) {
    const c = alternative[k];
    if (c === '\\') k++;
    else if (c === '(') depth++;
    else if (c === ')' && --depth === 0) {
      const rest = alternative.slice(k + 1);
      if (/^[?*+{]/.test(rest)) return [alternative];
      return splitAlternatives(alternative.slice(3, k)).map((head) => head + rest);
    }
  }
  return [alternative];
}

/**
 * Groups alternatives by their first letter ("d(?:ie|ead)|k(?:ms|ys)"): the regex engine then
 * tries one branch per word instead of every stem, which makes the prefilter about three times faster.
 */
function factorByFirstLetter(alternatives: string[]): string {
  const groups = new Map<string, string[]>();
  const rest: string[] = [];
  for (const alternative of alternatives) {
    const first = alternative[0] ?? '';
    if (/^[a-z]$/.test(first) && !/^[a-z][?*+{]/.test(alternative)) {
      const group = groups.get(first) ?? [];
      group.push(alternative.slice(1));
      groups.set(first, group);
    } else rest.push(alternative);
  }
  return [...[...groups].map(([first, tails]) => `${first}(?:${tails.join('|')})`), ...rest].join(
    '|',
  );
}

/**
 * One regex of every pattern's stems, run on the raw sentence in any case. It also lets through
 * the spellings that only normalisation reveals: digits or stars inside a word ("k1ll", "k*ll") and
 * spelled-out letters ("d i e").
 */
export const PREFILTER = new RegExp(
  `\\b(?:${factorByFirstLetter(CRISIS_PATTERNS.flatMap((p) => splitAlternatives(p.stems)))})` +
    `|[a-z][\\d*]+[a-z]|\\b[a-z][\\s.-][a-z][\\s.-][a-z]\\b`,
  'i',
);

/**
 * Could this sentence be part of crisis language, even with no first-person word ("Goodbye everyone.", "Won't need
 * it where I'm going" split oddly)? The patterns' own stems, plus words of farewell and ending. Sentences that
 * fail this and do not speak of the writer are not scored at all.
 */
const CRISIS_CUES =
  /\b(?:good ?bye|bye|farewell|gone|over|end|ending|anymore|forever|tired|done|sorry|goodnight|pills?|bridge|rope|note|letter|last|alive|exist|existing|disappear|burden|better off|without me|wake up|sleep)\b/i;
export const mayCarryCrisis = (sentence: string): boolean =>
  PREFILTER.test(sentence) || CRISIS_CUES.test(sentence);

function isCancelled(compiled: CompiledPattern, text: string, start: number, end: number): boolean {
  const { guards } = compiled.pattern;
  if (compiled.unlessAfter?.test(text.slice(end, end + 60))) return true;
  if (guards.includes('negation') && isNegatedBefore(text, start, end)) return true;
  if (guards.includes('accident') && isAccident(text, start, end)) return true;
  if (guards.includes('other-subject') && isQuoted(text, start, end)) return true;
  if (isHyperboleAboutAWork(text)) return true;
  if (guards.includes('other-subject') || guards.includes('fiction')) {
    const subject = namesTheWriter(text.slice(start, end)) ? 'self' : nearestSubject(text, start);
    if (guards.includes('other-subject') && subject === 'other') return true;
    if (guards.includes('fiction') && subject !== 'self' && isFictionOrNews(text)) return true;
  }
  return false;
}

/** Pattern hits on the normalised text that no guard cancels, one per pattern (its first). */
function findInNormalized(
  text: string,
): { compiled: CompiledPattern; start: number; end: number }[] {
  const found: { compiled: CompiledPattern; start: number; end: number }[] = [];
  for (const compiled of COMPILED) {
    if (!compiled.gate.test(text)) continue;
    compiled.re.lastIndex = 0;
    for (const m of text.matchAll(compiled.re)) {
      const start = m.index;
      const end = start + m[0].length;
      if (m[0].length === 0 || isCancelled(compiled, text, start, end)) continue;
      found.push({ compiled, start, end });
      break;
    }
  }
  return found;
}

/** Every crisis match in `sentence` that no guard cancels, one per pattern (its first), by position. */
export function findCrisisMatches(sentence: string): CrisisMatch[] {
  if (!PREFILTER.test(sentence)) return [];
  // The offset map is built only when something is found: most candidates turn out clean.
  if (findInNormalized(normalizedTextOnly(sentence)).length === 0) return [];
  const norm = normalizeForCrisis(sentence);
  return findInNormalized(norm.text)
    .map(({ compiled, start, end }) => {
      const [origStart, origEnd] = toOriginalRange(norm, start, end);
      return { start: origStart, end: origEnd, rule: `crisis/${compiled.pattern.id}` };
    })
    .sort((a, b) => a.start - b.start || b.end - a.end);
}

/** The first crisis words in `sentence`, or null. Pure and cheap; never throws on any string. */
const POSSIBLE_ONLY = new Set(
  CRISIS_PATTERNS.filter((p) => p.level === 'possible').map((p) => `crisis/${p.id}`),
);

/** 'possible' when the matched pattern is an exasperated death-wish by its very form; otherwise the scorer decides. */
export function levelOfCrisisRule(rule: string): 'possible' | undefined {
  return POSSIBLE_ONLY.has(rule) ? 'possible' : undefined;
}

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
export { describeHelpline, resourceLines } from './format';
