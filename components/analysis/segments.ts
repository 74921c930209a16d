import type { Analysis } from '../../lib/engine/types';

export type SegmentTone = 'plain' | 'harsh' | 'kind';

export interface TextSegment {
  text: string;
  tone: SegmentTone;
  /** Index into `analysis.findings` for harsh segments. */
  finding?: number;
}

interface Span {
  start: number;
  end: number;
  tone: Exclude<SegmentTone, 'plain'>;
  finding?: number;
}

/**
 * Cuts `text` into plain, harsh and kind runs for highlighting. Offsets are clamped to the text;
 * where spans overlap, the earlier one wins (a harsh finding before kind talk at the same start).
 */
export function segmentText(
  text: string,
  analysis: Pick<Analysis, 'findings' | 'kind'>,
): TextSegment[] {
  const spans: Span[] = [
    ...analysis.findings.map((f, index) => ({
      start: f.start,
      end: f.end,
      tone: 'harsh' as const,
      finding: index,
    })),
    ...analysis.kind.map((k) => ({ start: k.start, end: k.end, tone: 'kind' as const })),
  ]
    .map((span) => ({
      ...span,
      start: Math.max(0, Math.min(span.start, text.length)),
      end: Math.max(0, Math.min(span.end, text.length)),
    }))
    .filter((span) => span.end > span.start)
    .sort((a, b) => a.start - b.start || (a.tone === 'harsh' ? -1 : 1));

  const segments: TextSegment[] = [];
  let at = 0;
  for (const span of spans) {
    if (span.start < at) continue;
    if (span.start > at) segments.push({ text: text.slice(at, span.start), tone: 'plain' });
    segments.push({
      text: text.slice(span.start, span.end),
      tone: span.tone,
      finding: span.finding,
    });
    at = span.end;
  }
  if (at < text.length) segments.push({ text: text.slice(at), tone: 'plain' });
  return segments;
}
