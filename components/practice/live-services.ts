/** The practice page's real services: the engine loaded lazily, the background over typed messages. */
import { defineExtensionMessaging } from '@webext-core/messaging';
import type { BackgroundProtocol } from '../../lib/messaging/protocol';
import { emptyDrillProgress } from '../../lib/exercises/drill-progress';
import { dayKeyOf } from '../../lib/stats/days';
import { recentTrapCounts } from '../../lib/stats/trap-counts';
import { readDrillProgress, saveDrillAnswer } from '../../lib/storage/drill-progress';
import { getSettings } from '../../lib/storage/settings';
import { readStats } from '../../lib/storage/stats';
import type { AnalyzeText, PracticeServices } from './services';

const toBackground = defineExtensionMessaging<BackgroundProtocol>();

let analyzer: Promise<AnalyzeText | null> | null = null;

/** The engine, loaded on first use only so the page opens fast. */
function loadAnalyzer(): Promise<AnalyzeText | null> {
  analyzer ??= import('../../lib/engine').then(
    // Exercises check the user's own words: report every trap, as the CLI does.
    (engine) => (text: string) => engine.analyze(text, { sensitivity: 'thorough' }),
    () => {
      analyzer = null;
      return null;
    },
  );
  return analyzer;
}

export const livePracticeServices: PracticeServices = {
  loadAnalyzer,
  recordExercise(kind) {
    void toBackground.sendMessage('recordStats', { events: [{ kind }] }).catch(() => undefined);
  },
  async takeHandoff(token) {
    try {
      return (await toBackground.sendMessage('takeHandoff', { token }))?.text ?? null;
    } catch {
      return null;
    }
  },
  async drillInputs() {
    const [history, progress] = await Promise.all([
      readStats().catch(() => ({})),
      readDrillProgress().catch(() => emptyDrillProgress()),
    ]);
    return { trapCounts: recentTrapCounts(history, dayKeyOf(Date.now())), progress };
  },
  saveDrillAnswer,
  async country() {
    try {
      return (await getSettings()).resourcesCountry;
    } catch {
      return 'auto';
    }
  },
};
