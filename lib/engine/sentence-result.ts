/** Turns one sentence's raw detection into what the user sees under the chosen options (offsets still relative). */
import { buildSuggestions } from '../rephrase/index';
import type {
  AnalyzeOptions,
  CategoryId,
  CrisisSpan,
  Finding,
  KindFinding,
  Severity,
} from './types';
import { detectSentence } from './detect-sentence';

export interface SentenceResult {
  findings: Finding[];
  kind: KindFinding[];
  crisis: CrisisSpan | null;
}

export interface ResolvedOptions {
  minSeverity: Severity;
  disabled: ReadonlySet<CategoryId>;
  variant: number;
}

const MIN_SEVERITY = { gentle: 3, standard: 2, thorough: 1 } as const;

export function resolveOptions(options: AnalyzeOptions = {}): ResolvedOptions {
  return {
    minSeverity: MIN_SEVERITY[options.sensitivity ?? 'thorough'] ?? 1,
    disabled: new Set(options.disabledCategories ?? []),
    variant: Number.isFinite(options.variant) ? Math.trunc(options.variant!) : 0,
  };
}

const EMPTY: SentenceResult = Object.freeze({
  findings: [],
  kind: [],
  crisis: null,
}) as SentenceResult;

export function analyzeSentence(sentence: string, options: ResolvedOptions): SentenceResult {
  const raw = detectSentence(sentence);
  if (raw.findings.length === 0 && !raw.crisis) return EMPTY;
  const findings: Finding[] = [];
  const kind: KindFinding[] = [];
  for (const f of raw.findings) {
    if (f.category === 'kind') {
      kind.push({ category: 'kind', start: f.start, end: f.end, rule: f.rule });
      continue;
    }
    if (f.severity < options.minSeverity || options.disabled.has(f.category)) continue;
    findings.push({
      category: f.category,
      start: f.start,
      end: f.end,
      sentenceStart: 0,
      sentenceEnd: sentence.length,
      severity: f.severity,
      rule: f.rule,
      explanation: f.explanation,
      suggestions: raw.crisis
        ? []
        : buildSuggestions({
            category: f.category,
            sentence,
            spanStart: f.start,
            spanEnd: f.end,
            variant: options.variant,
          }),
    });
  }
  return { findings, kind, crisis: raw.crisis };
}
