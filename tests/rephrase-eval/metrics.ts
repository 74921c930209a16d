/**
 * The rephrasing quality checks of issue 11, shared by `npm run eval:rephrase` and the unit tests: does a
 * suggestion reuse the writer's own content words, is it grammatical where it lands, does our own detector
 * find it harsh or in crisis, is it empty praise. Pure functions over the engine's public API.
 */
import { analyze } from '../../lib/engine/index';
import type { CategoryId, Suggestion } from '../../lib/engine/types';
import { parseSelfEvaluation, type SelfJudgement } from '../../lib/engine/self-evaluation';
import {
  DEGREE,
  FAIL_VERBS,
  NEGATIVE_WORDS,
  QUANTIFIERS,
  VERDICT_ADJECTIVES,
  VERDICT_NOUNS,
} from '../../lib/language/en/lexicon';
import { lemma } from '../../lib/language/en/lemma';
import { buildSuggestions, findEmptyPraise } from '../../lib/rephrase';
import { hasHarshWord } from '../../lib/rephrase/harsh-words';

/** Pronouns, function words, auxiliaries and chat fillers: never evidence of the writer's topic. */
const FUNCTION_WORDS = new Set(
  `i me my mine myself you your yours yourself we us our ours he him his she her hers they them their theirs it its
  this that these those a an the and or but so if then than because as of at by for with about against between into
  through during before after above below to from up down in out on off over under again further once here there when
  where why how all any both each few more most other some such no nor not only own same too very can will just don
  should now am is are was were be been being have has had having do does did doing would could might must shall may
  im ive id ill dont didnt cant wont isnt wasnt doesnt couldnt shouldnt havent hasnt arent werent wouldnt
  get got getting gets go going gone went gonna wanna gotta make made makes thing things something anything everything
  nothing lol ugh omg tbh honestly like really literally actually even still ever always never every one ones
  whole today yesterday tomorrow right now way well also back lot bit kind sort much many
  feel feels felt think thinks thought know knows knew say says said tell told want wants keep keeps kept try tried
  oh yeah yes okay ok sorry please what who whom which either else probably yet theyre youre there less except`.split(
    /\s+/,
  ),
);

function words(text: string): string[] {
  return (
    text
      .toLowerCase()
      .replace(/[\u2018\u2019']/g, '')
      .match(/[a-z]+/g) ?? []
  );
}

function isHarsh(word: string): boolean {
  const l = lemma(word);
  return (
    VERDICT_ADJECTIVES.has(word) ||
    VERDICT_NOUNS.has(word) ||
    VERDICT_NOUNS.has(l) ||
    NEGATIVE_WORDS.has(word) ||
    FAIL_VERBS.has(l) ||
    QUANTIFIERS.has(word) ||
    DEGREE.has(word) ||
    hasHarshWord(word)
  );
}

/** The writer's content words, as lemmas: not a harsh word, not a pronoun or function word. */
export function contentLemmas(text: string): Set<string> {
  const out = new Set<string>();
  for (const w of words(text)) {
    if (w.length < 2 || FUNCTION_WORDS.has(w) || isHarsh(w)) continue;
    out.add(lemma(w));
  }
  return out;
}

/** Whether `suggestion` repeats at least one of `content` (lemmas). */
export function reusesContent(suggestion: string, content: ReadonlySet<string>): boolean {
  return words(suggestion).some((w) => content.has(lemma(w)) || content.has(w));
}

/** The words a span suggestion replaces: its own range of the sentence when it has one, else the flagged words. */
export function replacedRange(start: number, end: number, s: Suggestion): [number, number] {
  return s.range ? [s.range.start, s.range.end] : [start, end];
}

export function splice(sentence: string, start: number, end: number, s: Suggestion): string {
  const [from, to] = replacedRange(start, end, s);
  return s.replaces === 'sentence' ? s.text : sentence.slice(0, from) + s.text + sentence.slice(to);
}

/** Problems of one kind in `text`, by name; the count of each. */
function problemCounts(text: string): Map<string, number> {
  const out = new Map<string, number>();
  const add = (name: string, n: number) => n && out.set(name, (out.get(name) ?? 0) + n);
  const count = (re: RegExp) => (text.match(re) ?? []).length;
  add(
    'doubled word',
    [...text.matchAll(/\b([a-z']+)\s+\1\b/gi)].filter((m) => !/^(?:that|had|sorry)$/i.test(m[1]!))
      .length,
  );
  add('doubled punctuation', count(/[,;:]\s*[.,;:!?]|[.!?]\s*[,;:]|(?<!\.)\.\s*\.(?!\.)/g));
  add('space before punctuation', count(/\s[,;:!?](?!\))/g));
  add('double space', count(/ {2,}/g));
  add('lower-case after full stop', count(/[.!?] +[a-z]/g));
  add('verb agreement with I', count(/\bI (?:is|are|has|was been|thinks|does|doesn't)\b/g));
  add('template hole', count(/\b(?:undefined|null|NaN)\b/g));
  add('dangling word at the end', count(/\b(?:a|an|the|my|to|and|of|for|with)\s*[.!?]?\s*$/gi));
  return out;
}

const SECOND_PERSON = /\b(?:you|your|yours|yourself|you're|youre|u|ur)\b/i;

/** Grammar failures of one suggestion where it lands: problems the splice adds to the writer's own text. */
export function grammarFailures(
  sentence: string,
  start: number,
  end: number,
  s: Suggestion,
): string[] {
  const landed = splice(sentence, start, end, s).trim();
  const failures: string[] = [];
  const before = problemCounts(s.replaces === 'sentence' ? '' : sentence.trim());
  for (const [name, n] of problemCounts(landed))
    if (n > (before.get(name) ?? 0)) failures.push(name);
  if (s.replaces === 'sentence') {
    if (!/^["'(]?[A-Z0-9]/.test(landed)) failures.push('lower-case start');
    if (!/[.!?]["')]?$/.test(landed)) failures.push('missing end punctuation');
  } else if (/^[A-Z]/.test(sentence.trim()) && /^[a-z]/.test(landed)) {
    failures.push('lower-case start');
  }
  if (SECOND_PERSON.test(s.text) && !SECOND_PERSON.test(sentence))
    failures.push('person switch ("you")');
  return failures;
}

/** What our own detector says of a suggestion put in place: a finding on its words, or crisis. */
export function detectorVerdict(
  sentence: string,
  start: number,
  end: number,
  s: Suggestion,
): 'harsh' | 'crisis' | null {
  const [from, to] = s.replaces === 'span' ? replacedRange(start, end, s) : [0, sentence.length];
  const text = sentence.slice(0, from) + s.text + sentence.slice(to);
  const ownStart = from + (s.text.length - s.text.trimStart().length);
  const ownEnd = from + s.text.trimEnd().length;
  const analysis = analyze(text);
  if (analysis.crisis && !analyze(sentence).crisis) return 'crisis';
  return analysis.findings.some((f) => f.start < ownEnd && f.end > ownStart) ? 'harsh' : null;
}

export interface EvalItem {
  text: string;
  category?: CategoryId;
}

export interface Produced {
  sentence: string;
  start: number;
  end: number;
  category: CategoryId;
  source: 'rule' | 'parse';
  suggestion: Suggestion;
  /** The content words a suggestion may reuse (the whole sentence's); empty when it has none. */
  content: Set<string>;
}

/**
 * Suggestions for one text: from every engine finding (rule spans), and, where the text has a labelled category,
 * from every span the self-evaluation parser marks (the spans the learned scorer will flag).
 */
export function produce(item: EvalItem, variant = 0): Produced[] {
  const out: Produced[] = [];
  const seen = new Set<string>();
  for (const f of analyze(item.text, { variant }).findings) {
    const sentence = item.text.slice(f.sentenceStart, f.sentenceEnd);
    const [start, end] = [f.start - f.sentenceStart, f.end - f.sentenceStart];
    seen.add(`${start}:${end}`);
    for (const suggestion of f.suggestions)
      out.push({
        sentence,
        start,
        end,
        category: f.category,
        source: 'rule',
        suggestion,
        content: contentLemmas(sentence),
      });
  }
  if (item.category) {
    for (const j of parseSelfEvaluation(item.text).judgements) {
      if (seen.has(`${j.start}:${j.end}`) || !isJudgedSpan(item.text, j)) continue;
      const input = {
        category: item.category,
        sentence: item.text,
        spanStart: j.start,
        spanEnd: j.end,
        variant,
      };
      for (const suggestion of buildSuggestions(input))
        out.push({
          sentence: item.text,
          start: j.start,
          end: j.end,
          category: item.category,
          source: 'parse',
          suggestion,
          content: contentLemmas(item.text),
        });
    }
  }
  return out;
}

/**
 * Parser spans the learned scorer would flag: a judgement with a harsh predicate (a verdict, a negative word, a
 * setback, self-hate, or praise denied) over at least two words. A bare "I" before a modal, a feeling ("I was so
 * tired") or praise ("my poems are good") is not a harsh span.
 */
function isJudgedSpan(text: string, j: SelfJudgement): boolean {
  const harsh =
    ['verdict', 'negative', 'fail', 'hate'].includes(j.predicateClass) ||
    (j.predicateClass === 'praise' && j.negated);
  return harsh && /\S\s+\S/.test(text.slice(j.start, j.end));
}

export interface Figures {
  texts: number;
  findings: number;
  findingsWithSpan: number;
  suggestions: number;
  /** Suggestions from sentences that have any content word to reuse. */
  withContent: number;
  reusing: number;
  /** The same, counting only the suggestion's own text (span suggestions included, judged on their words alone). */
  reusingStrict: number;
  distinct: number;
  /** Distinct texts as they land in the writer's sentence (a span wording read with the words around it). */
  distinctLanded: number;
  grammar: Array<{ text: string; landed: string; failures: string[] }>;
  harsh: Array<{ text: string; landed: string; verdict: string }>;
  praise: Array<{ text: string; phrase: string }>;
}

/**
 * A span suggestion keeps every word around the span; it reuses the writer's content when its own words
 * repeat the span's content words, or when the span held none (so the writer's topic is all still there).
 */
function spanReuses(p: Produced): boolean {
  const [from, to] = replacedRange(p.start, p.end, p.suggestion);
  const inSpan = contentLemmas(p.sentence.slice(from, to));
  if (inSpan.size === 0) return true;
  return reusesContent(p.suggestion.text, inSpan);
}

export function evaluate(items: readonly EvalItem[], variant = 0, detector = true): Figures {
  const fig: Figures = {
    texts: items.length,
    findings: 0,
    findingsWithSpan: 0,
    suggestions: 0,
    withContent: 0,
    reusing: 0,
    reusingStrict: 0,
    distinct: 0,
    distinctLanded: 0,
    grammar: [],
    harsh: [],
    praise: [],
  };
  const texts = new Set<string>();
  const landedTexts = new Set<string>();
  for (const item of items) {
    const produced = produce(item, variant);
    const spans = new Map<string, boolean>();
    for (const p of produced) {
      const key = `${p.source}:${p.start}:${p.end}:${p.category}`;
      spans.set(key, (spans.get(key) ?? false) || p.suggestion.replaces === 'span');
      fig.suggestions += 1;
      texts.add(p.suggestion.text.trim());
      if (p.content.size > 0) {
        fig.withContent += 1;
        const strict = reusesContent(p.suggestion.text, p.content);
        if (strict) fig.reusingStrict += 1;
        if (p.suggestion.replaces === 'span' ? spanReuses(p) : strict) fig.reusing += 1;
      }
      const landed = splice(p.sentence, p.start, p.end, p.suggestion);
      landedTexts.add(landed.trim());
      const failures = grammarFailures(p.sentence, p.start, p.end, p.suggestion);
      if (failures.length) fig.grammar.push({ text: p.sentence, landed, failures });
      const praise = findEmptyPraise(p.suggestion.text);
      if (praise) fig.praise.push({ text: p.suggestion.text, phrase: praise });
      if (detector) {
        const verdict = detectorVerdict(p.sentence, p.start, p.end, p.suggestion);
        if (verdict) fig.harsh.push({ text: p.sentence, landed, verdict });
      }
    }
    fig.findings += spans.size;
    fig.findingsWithSpan += [...spans.values()].filter(Boolean).length;
  }
  fig.distinct = texts.size;
  fig.distinctLanded = landedTexts.size;
  return fig;
}

export const percent = (n: number, d: number): number =>
  d === 0 ? 0 : Math.round((1000 * n) / d) / 10;
