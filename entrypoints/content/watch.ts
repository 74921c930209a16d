/**
 * The always-on half of Selfkind's content script: it only watches for an eligible field getting focus, then
 * asks the background to inject the engine (entrypoints/engine.ts) into this frame's isolated world and hands
 * the field over. It runs on every page and frame, so it loads no library: not webextension-polyfill, not the
 * messaging library, and not WXT's content-script context (which also announces itself to the page with a
 * `postMessage` and a document event).
 */
import { trackUserEdits, type UserEdits } from './trust';
import type { ContentConfig } from '@/lib/messaging/protocol';
import {
  bareExtensionApi,
  extensionGone,
  sendBare,
  type StorageListener,
} from '@/lib/messaging/bare-send';
import { SETTINGS_KEY } from '@/lib/storage/schema';
import { editableRootOf, isEligibleField } from './eligibility';
import { installedEngine, type EngineApi } from './engine-api';

/** Set on the isolated world's global once a watcher runs, so a second injection into the frame does nothing. */
const WATCHING = Symbol.for('selfkind.watch.v1');

export function watchFields(): void {
  // The manifest adds this script to new pages, and the background to pages already open at install: a page
  // loading at that moment may get both.
  const scope = globalThis as { [WATCHING]?: true };
  if (scope[WATCHING]) return;
  scope[WATCHING] = true;
  // Aborted once the extension is reloaded or removed: this script and the engine it started stop for good.
  const lifetime = new AbortController();
  const { signal } = lifetime;
  let config: Promise<ContentConfig | null> | null = null;
  let engine: Promise<EngineApi | null> | null = null;

  const stillRunning = (): boolean => {
    if (!signal.aborted && extensionGone()) lifetime.abort();
    return !signal.aborted;
  };
  let edits: UserEdits | null = null;
  const userEdits = (): UserEdits => (edits ??= trackUserEdits(signal));
  const loadConfig = () => {
    followSettings();
    return (config ??= sendBare('getContentConfig', { host: location.hostname }).then(
      (answer) => answer ?? forgetConfig(),
      forgetConfig,
    ));
  };
  // No answer (the background worker stopped while answering): ask again at the next focus, rather than leave
  // Selfkind off in this tab until it is reloaded.
  const forgetConfig = (): null => {
    config = null;
    return null;
  };
  const loadEngine = () =>
    (engine ??= (installedEngine() ? Promise.resolve(true) : sendBare('loadEngine'))
      .then(() => {
        // Once the engine runs, an update of the extension must stop it (and its UI) at the next keystroke,
        // not only at the next focus: the new version's script is taking over this page.
        document.addEventListener('input', stillRunning, { capture: true, passive: true, signal });
        return installedEngine()?.start(signal, userEdits()) ?? null;
      })
      .catch(() => {
        engine = null;
        return null;
      }));

  const consider = async (target: EventTarget | null) => {
    const field = editableRootOf(target);
    if (!field || !isEligibleField(field) || !stillRunning()) return;
    // From the first focus on, the user's own keys are recorded, so those typed while the engine loads count.
    userEdits();
    const current = await loadConfig();
    if (!current?.active || !stillRunning()) return;
    (await loadEngine())?.attach(field, current);
  };

  // Only focus the browser moved loads the engine: a page's made-up focusin event does nothing.
  document.addEventListener(
    'focusin',
    (event) => event.isTrusted && void consider(event.composedPath()[0] ?? null),
    { capture: true, signal },
  );

  // Stats are written often while people type; only a settings change alters the config. The listener is
  // added with the first config: touching an extension API at all costs milliseconds on every page load.
  let following = false;
  const followSettings = () => {
    const storage = bareExtensionApi()?.storage;
    if (following || !storage) return;
    following = true;
    const onStorageChanged: StorageListener = (changes) => {
      if (!(SETTINGS_KEY in changes) || !stillRunning()) return;
      config = null;
      if (!engine) return;
      void Promise.all([loadConfig(), engine]).then(([fresh, loaded]) => {
        if (fresh && loaded && stillRunning()) loaded.setConfig(fresh);
      });
    };
    storage.onChanged.addListener(onStorageChanged);
    signal.addEventListener('abort', () => storage.onChanged.removeListener(onStorageChanged));
  };

  // A field that already had focus when the script arrived (autofocus).
  let active: Element | null = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  if (active && active !== document.body) void consider(active);
}
