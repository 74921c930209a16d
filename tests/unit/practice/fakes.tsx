import type { ComponentChildren } from 'preact';
import type { Analysis, CategoryId, Finding } from '../../../lib/engine/types';
import {
  emptyDrillProgress,
  recordDrillAnswer,
  type DrillProgress,
} from '../../../lib/exercises/drill-progress';
import {
  PracticeServicesContext,
  type AnalyzeText,
  type PracticeServices,
} from '../../../components/practice/services';
import { SupportProvider } from '../../../components/practice/support';

export const HANDOFF_TOKEN = 'abcdef12-3456-7890-abcd-ef1234567890';

/** A tiny stand-in engine: "idiot" is labelling, "want to die" is crisis. */
export const fakeAnalyze: AnalyzeText = (text) => {
  const findings: Finding[] = [];
  const at = text.indexOf('idiot');
  if (at >= 0) {
    findings.push({
      category: 'labeling',
      start: at,
      end: at + 5,
      sentenceStart: 0,
      sentenceEnd: text.length,
      severity: 3,
      rule: 'labeling/fake',
      explanation: '',
      suggestions: [],
    });
  }
  const crisis = /want to die/i.test(text);
  return { findings, kind: [], crisis, crisisSpans: [] } satisfies Analysis;
};

export function fakeServices(
  options: {
    engine?: boolean;
    trapCounts?: Partial<Record<CategoryId, number>>;
    progress?: DrillProgress;
  } = {},
) {
  const recorded: string[] = [];
  const drills = { progress: options.progress ?? emptyDrillProgress() };
  const handoffs: string[] = [];
  const services: PracticeServices = {
    loadAnalyzer: async () => (options.engine === false ? null : fakeAnalyze),
    recordExercise: (kind) => recorded.push(kind),
    takeHandoff: async (token) => {
      handoffs.push(token);
      return token === HANDOFF_TOKEN ? 'I am such an idiot for missing the train.' : null;
    },
    country: async () => 'GB',
    drillInputs: async () => ({ trapCounts: options.trapCounts ?? {}, progress: drills.progress }),
    saveDrillAnswer: async (drill, verdict) =>
      (drills.progress = recordDrillAnswer(drills.progress, drill, verdict)),
  };
  return { services, recorded, handoffs, drills };
}

export function WithServices({
  services,
  children,
}: {
  services: PracticeServices;
  children: ComponentChildren;
}) {
  return (
    <PracticeServicesContext.Provider value={services}>
      <SupportProvider>{children}</SupportProvider>
    </PracticeServicesContext.Provider>
  );
}
