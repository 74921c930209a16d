/** The CLI's readable report for one text. */
import type { Analysis } from './index';
import * as crisis from '../crisis/index';

const PARTS: Record<string, string> = {
  self_kindness: 'self-kindness',
  common_humanity: 'common humanity',
  mindfulness: 'mindfulness',
  next_step: 'next step',
};

type ResourcesFor = (country: string) => unknown;

function crisisLines(country: string): string[] {
  const resourcesFor = (crisis as Record<string, unknown>)['resourcesFor'] as
    ResourcesFor | undefined;
  const fallback = [
    'If you are thinking about ending your life or hurting yourself, please reach out now:',
    '  US & Canada: call or text 988 · UK & Ireland: Samaritans 116 123 · anywhere: your local emergency number.',
  ];
  if (typeof resourcesFor !== 'function') return fallback;
  const data = resourcesFor(country);
  const list = Array.isArray(data) ? data : data && typeof data === 'object' ? [data] : [];
  if (list.length === 0) return fallback;
  return [fallback[0]!, ...list.map((r) => `  ${describe(r)}`)];
}

function describe(r: unknown): string {
  if (!r || typeof r !== 'object') return String(r);
  const o = r as Record<string, unknown>;
  const bits = ['name', 'phone', 'text', 'sms', 'url', 'hours', 'description']
    .map((k) => o[k])
    .filter((v) => typeof v === 'string' && v);
  return bits.length > 0 ? bits.join(' · ') : JSON.stringify(r);
}

export function formatReport(text: string, analysis: Analysis, country = 'US'): string {
  const out: string[] = [];
  if (analysis.crisis) {
    out.push(
      '⚠ This sounds really painful. You deserve support right now.',
      ...crisisLines(country),
      '',
    );
  }
  if (analysis.findings.length === 0) out.push('No harsh self-talk found.');
  for (const f of analysis.findings) {
    out.push(
      `• ${f.category} (severity ${f.severity}, ${f.rule}): "${text.slice(f.start, f.end)}" [${f.start}–${f.end}]`,
    );
    out.push(`  ${f.explanation}`);
    if (f.suggestions.length === 0 && !analysis.crisis) out.push('  (no suggestions available)');
    for (const s of f.suggestions) {
      out.push(`  → [${PARTS[s.part] ?? s.part}, replaces ${s.replaces}] ${s.text}`);
    }
  }
  for (const k of analysis.kind)
    out.push(`♥ kind self-talk (${k.rule}): "${text.slice(k.start, k.end)}"`);
  return out.join('\n') + '\n';
}
