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

/** 'GB' from 'en-GB'; 'US' when the locale has no region. */
function regionOf(locale: string): string {
  const region = locale.split(/[-_]/)[1];
  return region && /^[A-Za-z]{2}$/.test(region) ? region.toUpperCase() : 'US';
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
      const { resourcesCountry } = await getSettings();
      if (resourcesCountry !== 'auto') return resourcesCountry;
    } catch {
      // Fall back to the browser's locale.
    }
    return regionOf(navigator.language);
  },
};
