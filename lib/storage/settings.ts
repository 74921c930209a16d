/**
 * Settings, typed and versioned. Where they live:
 * - `local:settings` always holds this device's copy.
 * - While `syncSettings` is on, `sync:settings` holds the same value and wins over the local copy,
 *   so a change on one device reaches the others through the browser's sync.
 * - Turning sync off keeps the settings in `local:settings` and removes `sync:settings`, which turns
 *   sync off for every device; each then goes on with its own local copy.
 * Reads always pass through parseSettings: a corrupt value falls back to defaults field by field.
 */
import { storage } from '@wxt-dev/storage';
import { DEFAULT_SETTINGS, SETTINGS_KEY, type Settings } from './schema';
import { SETTINGS_MIGRATIONS, SETTINGS_VERSION } from './settings-migrations';
import { parseSettings } from './validate-settings';

const itemOptions = {
  fallback: null,
  version: SETTINGS_VERSION,
  migrations: SETTINGS_MIGRATIONS,
};

/** Raw stored values: read them through getSettings, which validates. */
export const localSettingsItem = storage.defineItem<unknown, { v: number }>(
  `local:${SETTINGS_KEY}`,
  itemOptions,
);
export const syncSettingsItem = storage.defineItem<unknown, { v: number }>(
  `sync:${SETTINGS_KEY}`,
  itemOptions,
);

/**
 * Writes a value with its schema version, so it is never mistaken for v1 (e.g. after a wipe). One
 * storage call: storage.sync allows only so many writes a minute.
 */
async function writeVersioned(item: typeof localSettingsItem, settings: Settings): Promise<void> {
  await item.getMeta(); // waits for this item's migration, which must not run after our write
  await storage.setItems([
    { key: item.key, value: settings },
    { key: `${item.key}$`, value: { v: SETTINGS_VERSION } },
  ]);
}

/** The settings in force on this device. Never throws. */
export async function getSettings(): Promise<Settings> {
  try {
    const synced = await syncSettingsItem.getValue();
    if (synced !== null && synced !== undefined) {
      const settings = parseSettings(synced);
      if (settings.syncSettings) return settings;
    }
    const local = parseSettings(await localSettingsItem.getValue());
    // A local copy that says "synced" while the sync area has nothing: sync was turned off elsewhere.
    return local.syncSettings ? { ...local, syncSettings: false } : local;
  } catch {
    return structuredClone(DEFAULT_SETTINGS);
  }
}

/** Stores validated settings in the right area(s); moves them when `syncSettings` changes. */
export async function saveSettings(value: Settings): Promise<Settings> {
  const settings = parseSettings(value);
  await writeVersioned(localSettingsItem, settings);
  if (settings.syncSettings) await writeVersioned(syncSettingsItem, settings);
  // Only when there is something to remove: storage.sync counts every write, removals included.
  else if ((await syncSettingsItem.getValue()) !== null) await syncSettingsItem.removeValue();
  return settings;
}

let queue: Promise<unknown> = Promise.resolve();

/** Read, change and save settings, one update at a time in this context. Returns the saved value. */
export function updateSettings(
  change: Partial<Settings> | ((current: Settings) => Settings),
): Promise<Settings> {
  const run = queue.then(async () => {
    const current = await getSettings();
    const next = typeof change === 'function' ? change(current) : { ...current, ...change };
    return saveSettings(next);
  });
  queue = run.catch(() => undefined);
  return run;
}

/** Calls back with the settings in force whenever either area changes; returns the unsubscribe. */
export function watchSettings(callback: (settings: Settings) => void): () => void {
  const notify = () => void getSettings().then(callback);
  const unwatchLocal = localSettingsItem.watch(notify);
  const unwatchSync = syncSettingsItem.watch(notify);
  return () => {
    unwatchLocal();
    unwatchSync();
  };
}
