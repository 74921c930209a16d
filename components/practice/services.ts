/**
 * What the exercises need from the outside world, behind one context so component tests can pass fakes:
 * the analysis engine (loaded lazily), the background (stats counts, handoff), and the user's country.
 */
import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { Analysis, CategoryId } from '../../lib/engine/types';
import type { DrillProgress } from '../../lib/exercises/drill-progress';
import type { Drill, TrapVerdict } from '../../lib/exercises/drills';

export type AnalyzeText = (text: string) => Analysis;

export interface PracticeServices {
  /** The engine's analyze function, or null when it cannot be loaded. */
  loadAnalyzer(): Promise<AnalyzeText | null>;
  /** Counts only: one exercise started or finished. */
  recordExercise(kind: 'exercise_started' | 'exercise_finished'): void;
  /** The sentence handed over by a nudge's "Practice this", taken once; null when gone. */
  takeHandoff(token: string): Promise<string | null>;
  /** The crisis-resources country setting: an ISO code, or 'auto' for the browser's region. */
  country(): Promise<string>;
  /** What the drills adapt to: recent harsh counts per trap (counts only) and the progress kept across sessions. */
  drillInputs(): Promise<{
    trapCounts: Partial<Record<CategoryId, number>>;
    progress: DrillProgress;
  }>;
  /** Keeps one drill answer (the drill id and whether its trap was spotted); returns the new progress. */
  saveDrillAnswer(drill: Drill, verdict: TrapVerdict): Promise<DrillProgress>;
}

const missing = () => {
  throw new Error('PracticeServices not provided');
};

export const PracticeServicesContext = createContext<PracticeServices>({
  loadAnalyzer: missing,
  recordExercise: missing,
  takeHandoff: missing,
  country: missing,
  drillInputs: missing,
  saveDrillAnswer: missing,
});

export function usePracticeServices(): PracticeServices {
  return useContext(PracticeServicesContext);
}
