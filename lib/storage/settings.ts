/**
 * Settings, typed and versioned. Where they live:
 * - `local:settings` always holds this device's copy.
 * - While `syncSettings` is on, `sync:settings` holds the same value and wins over the local copy,
 *   so a change on one device reaches the others through the browser's sync.
 * - Turning sync off keeps the settings in `local:settings` and removes `sync:settings`, which turns
 *   sync off for every device; each then goes on with its own local copy.
 * Reads always pass through parseSettings: a corrupt value falls back to defaults field by field.
 * Settings written by a newer Selfkind (a higher version, say through sync) are read for what is
 * understood and never written back; every write keeps the fields this version does not know.
 */
import { storage } from '@wxt-dev/storage';
import { DEFAULT_SETTINGS, SETTINGS_KEY, type Settings } from './schema';
import { SETTINGS_MIGRATIONS, SETTINGS_VERSION } from './settings-migrations';
import { parseSettings } from './validate-settings';

type Meta = { v?: number } | null;
const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * One stored settings item. Migrations run here rather than in @wxt-dev/storage, which fails on a newer
 * version ("Version downgrade detected") and leaves the next write to overwrite it.
 */
function settingsItem(key: `local:${string}` | `sync:${string}`) {
  const item = storage.defineItem<unknown, { v: number }>(key, {
    fallback: null,
    version: SETTINGS_VERSION,
  });
  const migrate = async (): Promise<void> => {
    const { [key]: value, [`${key}$`]: meta } = Object.fromEntries(
      (await storage.getItems([key, `${key}$`])).map(({ key: k, value: v }) => [k, v]),
    ) as Record<string, unknown>;
    const from = (meta as Meta)?.v ?? 1;
    if (value === null || value === undefined || from >= SETTINGS_VERSION) return;
    let next = value;
    for (let version = from + 1; version <= SETTINGS_VERSION; version++)
      next = SETTINGS_MIGRATIONS[version]?.(next) ?? next;
    await storage.setItems([
      { key, value: next },
      { key: `${key}$`, value: { ...(meta as object | null), v: SETTINGS_VERSION } },
    ]);
  };
  const migrated = migrate().catch(() => undefined);
  return {
    ...item,
    migrate,
    getValue: async () => {
      await migrated;
      return item.getValue();
    },
    getMeta: async () => {
      await migrated;
      return item.getMeta();
    },
  };
}

/** Raw stored values: read them through getSettings, which validates. */
export const localSettingsItem = settingsItem(`local:${SETTINGS_KEY}`);
export const syncSettingsItem = settingsItem(`sync:${SETTINGS_KEY}`);
type SettingsItem = typeof localSettingsItem;

async function isNewer(item: SettingsItem): Promise<boolean> {
  const meta = (await item.getMeta()) as Meta;
  return (meta?.v ?? 0) > SETTINGS_VERSION;
}

/** True when the settings in either area were written by a newer Selfkind (the options page says so). */
export async function settingsFromNewerVersion(): Promise<boolean> {
  try {
    return (await isNewer(localSettingsItem)) || (await isNewer(syncSettingsItem));
  } catch {
    return false;
  }
}

/**
 * Writes a value with its schema version, so it is never mistaken for v1 (e.g. after a wipe), keeping the
 * fields this version does not know. A newer version's value is left as it is. One storage call:
 * storage.sync allows only so many writes a minute.
 */
async function writeVersioned(item: SettingsItem, settings: Settings): Promise<void> {
  if (await isNewer(item)) return;
  const stored = await item.getValue();
  const meta = (await item.getMeta()) as Meta;
  await storage.setItems([
    { key: item.key, value: isRecord(stored) ? { ...stored, ...settings } : settings },
    { key: `${item.key}$`, value: { ...meta, v: SETTINGS_VERSION } },
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
  else if ((await syncSettingsItem.getValue()) !== null && !(await isNewer(syncSettingsItem)))
    await syncSettingsItem.removeValue();
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
