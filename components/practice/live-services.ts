/** The practice page's real services: the engine loaded lazily, the background over typed messages. */
import { defineExtensionMessaging } from '@webext-core/messaging';
import type { BackgroundProtocol } from '../../lib/messaging/protocol';
import { getSettings } from '../../lib/storage/settings';
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
  async country() {
    try {
      return (await getSettings()).resourcesCountry;
    } catch {
      return 'auto';
    }
  },
};
