/**
 * Counting, for the weekly summary: each finding once, each card once, and only what the user wrote. A text
 * the page set (no trusted input behind it) is remembered as seen and never counted. Counts only: no text
 * leaves this file.
 */
import type { CategoryId } from '@/lib/engine/types';
import type { FieldSession, TrackedFinding } from './session';
import type { StatsQueue } from './stats';

/** What makes two findings the same to the person: the rule and the words. */
export const findingKey = (finding: TrackedFinding) =>
  `${finding.rule}\u0000${finding.flagged.toLowerCase()}`;

export function createCounting(stats: StatsQueue) {
  const seenIn = new WeakMap<HTMLElement, Set<string>>();
  const seen = (session: FieldSession) => {
    let set = seenIn.get(session.element);
    if (!set) seenIn.set(session.element, (set = new Set()));
    return set;
  };
  /** True the first time a key is met in this field. */
  const firstTime = (session: FieldSession, key: string) => {
    const set = seen(session);
    if (set.has(key)) return false;
    set.add(key);
    return true;
  };

  return {
    /** After an analysis: the harsh and kind findings that are new, if the user wrote them. */
    analysed(session: FieldSession) {
      for (const finding of session.findings) {
        const key = `${findingKey(finding)}\u0000${finding.start}`;
        if (!firstTime(session, key) || !session.byUser) continue;
        stats.record({
          kind: 'harsh',
          category: finding.category as CategoryId,
          severity: finding.severity,
        });
      }
      for (const kind of session.kind) {
        const key = `kind\u0000${kind.rule}\u0000${kind.start}`;
        if (firstTime(session, key) && session.byUser) stats.record({ kind: 'kind' });
      }
    },
    /** A nudge card showed this finding: once, however often it is opened and closed again. */
    shown(session: FieldSession, finding: TrackedFinding) {
      if (!firstTime(session, `shown\u0000${findingKey(finding)}\u0000${finding.start}`)) return;
      stats.record({ kind: 'shown', category: finding.category, severity: finding.severity });
    },
    crisisShown: () => stats.record({ kind: 'crisis_shown' }),
    used: (finding: TrackedFinding) =>
      stats.record({ kind: 'used', category: finding.category, severity: finding.severity }),
    dismissed: (finding: TrackedFinding) =>
      stats.record({ kind: 'dismissed', category: finding.category, severity: finding.severity }),
    fieldOff: (finding: TrackedFinding) =>
      stats.record({ kind: 'field_off', category: finding.category }),
    flush: () => stats.flush(),
  };
}

export type Counting = ReturnType<typeof createCounting>;
