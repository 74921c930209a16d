/**
 * The always-on half of Selfkind's content script: it only watches for an eligible field getting
 * focus, then asks the background to inject the engine (entrypoints/engine.ts) into this frame's
 * isolated world and hands the field over. Keep it tiny: it runs on every page and frame.
 */
import { browser } from 'wxt/browser';
import type { ContentConfig } from '@/lib/messaging/protocol';
import { SETTINGS_KEY } from '@/lib/storage/schema';
import { editableRootOf, isEligibleField } from './eligibility';
import { installedEngine, type EngineApi } from './engine-api';
import { sendToBackground } from './messaging';

export default defineContentScript({
  matches: ['<all_urls>'],
  allFrames: true,
  matchAboutBlank: true,
  main(ctx) {
    let config: Promise<ContentConfig | null> | null = null;
    let engine: Promise<EngineApi | null> | null = null;

    const loadConfig = () =>
      (config ??= sendToBackground('getContentConfig', { host: location.hostname }).catch(
        () => null,
      ));
    const loadEngine = () =>
      (engine ??= (installedEngine() ? Promise.resolve(true) : sendToBackground('loadEngine'))
        .then(() => installedEngine()?.start(ctx.signal) ?? null)
        .catch(() => {
          engine = null;
          return null;
        }));

    const consider = async (target: EventTarget | null) => {
      const field = editableRootOf(target);
      if (!field || !isEligibleField(field)) return;
      const current = await loadConfig();
      if (!current?.active || ctx.isInvalid) return;
      (await loadEngine())?.attach(field, current);
    };

    document.addEventListener(
      'focusin',
      (event) => void consider(event.composedPath()[0] ?? null),
      {
        capture: true,
        signal: ctx.signal,
      },
    );

    // Stats are written often while people type; only a settings change alters the config.
    const onStorageChanged = (changes: Record<string, unknown>) => {
      if (!(SETTINGS_KEY in changes)) return;
      config = null;
      if (!engine) return;
      void Promise.all([loadConfig(), engine]).then(([fresh, loaded]) => {
        if (fresh && loaded && !ctx.isInvalid) loaded.setConfig(fresh);
      });
    };
    browser.storage.onChanged.addListener(onStorageChanged);
    ctx.onInvalidated(() => browser.storage.onChanged.removeListener(onStorageChanged));

    // A field that already had focus when the script arrived (autofocus).
    let active: Element | null = document.activeElement;
    while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
    if (active && active !== document.body) void consider(active);
  },
});
