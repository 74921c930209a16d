/** The CLI's readable report for one text. */
import type { Analysis } from './types';
import { countryFromLocale, resourceLines, resourcesFor } from '../crisis/index';

const PARTS: Record<string, string> = {
  self_kindness: 'self-kindness',
  common_humanity: 'common humanity',
  mindfulness: 'mindfulness',
  next_step: 'next step',
};

/** The country whose crisis lines to print: from the environment's locale (LANG, LC_ALL), else the fallback. */
export function countryFromEnvironment(env: Record<string, string | undefined>): string {
  return countryFromLocale(env['LC_ALL'] || env['LC_MESSAGES'] || env['LANG'] || '');
}

export function formatReport(text: string, analysis: Analysis, country = ''): string {
  const out: string[] = [];
  if (analysis.crisis) out.push(...resourceLines(resourcesFor(country)), '');
  if (analysis.findings.length === 0) out.push('No harsh self-talk found.');
  for (const f of analysis.findings) {
    out.push(
      `• ${f.category} (severity ${f.severity}, ${f.rule}): "${text.slice(f.start, f.end)}" [${f.start}–${f.end}]`,
    );
    out.push(`  ${f.explanation}`);
    if (f.suggestions.length === 0) {
      out.push(
        analysis.crisis
          ? '  (no rephrasing offered here; please reach out to the people above)'
          : '  (no suggestions)',
      );
    }
    for (const s of f.suggestions) {
      out.push(
        `  → [${PARTS[s.part] ?? s.part}, replaces the ${s.replaces === 'span' ? 'flagged words' : 'sentence'}] ${s.text}`,
      );
    }
  }
  for (const k of analysis.kind)
    out.push(`♥ kind self-talk (${k.rule}): "${text.slice(k.start, k.end)}"`);
  return out.join('\n') + '\n';
}
