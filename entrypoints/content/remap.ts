/**
 * Keeps findings valid between analyses: an edit is the span between the common prefix and common
 * suffix of the old and new text; findings before it stay, findings after it shift, findings the edit
 * touches are dropped until the next analysis (as Harper does), so highlights never jump.
 */
import type { Finding } from '@/lib/engine/types';
import { commonPrefix, commonSuffix } from '@/lib/engine/text-diff';

export interface TextEdit {
  /** Where the old and new text start to differ. */
  start: number;
  /** End of the changed stretch in the old text (exclusive). */
  oldEnd: number;
  /** End of the changed stretch in the new text (exclusive). */
  newEnd: number;
}

export function diffTexts(before: string, after: string): TextEdit | null {
  if (before === after) return null;
  const start = commonPrefix(before, after);
  const suffix = commonSuffix(before, after, start);
  return { start, oldEnd: before.length - suffix, newEnd: after.length - suffix };
}

type Spanned = Pick<Finding, 'start' | 'end' | 'sentenceStart' | 'sentenceEnd'>;

/** An offset of the old text moved into the new text (offsets inside the edit go to its end). */
function shift(offset: number, edit: TextEdit): number {
  if (offset <= edit.start) return offset;
  if (offset >= edit.oldEnd) return offset + edit.newEnd - edit.oldEnd;
  return edit.newEnd;
}

/**
 * The finding moved through the edit, or null when the edit touches the flagged words (typing right
 * next to them counts: "idiot" → "idiots"). Sentence bounds follow; a sentence-wide suggestion is
 * still re-checked against the text before it is applied.
 */
export function remapFinding<T extends Spanned>(finding: T, edit: TextEdit): T | null {
  if (edit.start <= finding.end && edit.oldEnd >= finding.start) return null;
  return {
    ...finding,
    start: shift(finding.start, edit),
    end: shift(finding.end, edit),
    sentenceStart: shift(finding.sentenceStart, edit),
    sentenceEnd: shift(finding.sentenceEnd, edit),
  };
}

export function remapAll<T extends Spanned>(findings: readonly T[], edit: TextEdit): T[] {
  return findings.flatMap((finding) => {
    const moved = remapFinding(finding, edit);
    return moved ? [moved] : [];
  });
}
