import { describe, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DEFAULT_SETTINGS, type Settings } from '../../../lib/storage/schema';
import {
  getSettings,
  localSettingsItem,
  saveSettings,
  syncSettingsItem,
  updateSettings,
} from '../../../lib/storage/settings';
import type { SettingsV1 } from '../../../lib/storage/settings-migrations';
import { parseSettings, settingsProblems } from '../../../lib/storage/validate-settings';

const firstReleaseSettings: SettingsV1 = {
  enabled: false,
  sensitivity: 'high',
  disabledCategories: ['shoulds', 'personalizing', 'comparison'],
  disabledSites: ['mail.example.com'],
  snoozeUntil: null,
  quietHours: { enabled: true, startHour: 23, endHour: 6 },
  summaryDay: 5,
  summaryHour: 9,
  notifySummary: true,
  country: 'gb',
};

describe('settings migrations', () => {
  test('v1 (first release) migrates to the current shape', async () => {
    // A v1 item stored by the first release: value and version meta.
    await fakeBrowser.storage.local.set({ settings: firstReleaseSettings, settings$: { v: 1 } });
    await localSettingsItem.migrate();

    const stored = await fakeBrowser.storage.local.get(['settings', 'settings$']);
    expect(stored.settings$).toEqual({ v: 2 });
    const expected: Settings = {
      enabled: false,
      sensitivity: 'thorough',
      disabledCategories: ['should', 'self_blame', 'comparison'],
      disabledSites: ['mail.example.com'],
      snoozeUntil: null,
      quietHours: { enabled: true, start: '23:00', end: '06:00' },
      pauseDelayMs: DEFAULT_SETTINGS.pauseDelayMs,
      summaryDay: 5,
      summaryTime: '09:00',
      summaryNotification: true,
      resourcesCountry: 'GB',
      syncSettings: false,
    };
    expect(await getSettings()).toEqual(expected);
  });

  test('a v1 value without version meta is treated as v1; country null becomes auto', async () => {
    await fakeBrowser.storage.local.set({ settings: { ...firstReleaseSettings, country: null } });
    await localSettingsItem.migrate();
    expect((await getSettings()).resourcesCountry).toBe('auto');
  });

  test('the migration leaves a current value as it is', async () => {
    const current: Settings = { ...DEFAULT_SETTINGS, sensitivity: 'gentle', summaryTime: '07:45' };
    await fakeBrowser.storage.local.set({ settings: current });
    await localSettingsItem.migrate();
    expect(await getSettings()).toEqual(current);
  });

  test('saved settings carry their version, so they are never migrated again', async () => {
    await saveSettings({ ...DEFAULT_SETTINGS, sensitivity: 'gentle' });
    expect((await fakeBrowser.storage.local.get('settings$')).settings$).toEqual({ v: 2 });
  });
});

describe('corrupt stored settings', () => {
  test('garbage falls back to defaults without throwing or wiping other data', async () => {
    await fakeBrowser.storage.local.set({
      settings: 'not settings at all',
      settings$: { v: 2 },
      stats: { '2025-06-10': { counts: { harsh: 1 }, byCategory: {} } },
      practiceNotes: [{ id: 'n1', exercise: 'letter', createdAt: 1, text: 'a kept note' }],
    });
    expect(await getSettings()).toEqual(DEFAULT_SETTINGS);
    const rest = await fakeBrowser.storage.local.get(['stats', 'practiceNotes', 'settings']);
    expect(rest.stats).toBeDefined();
    expect(rest.practiceNotes).toHaveLength(1);
    expect(rest.settings).toBe('not settings at all');
  });

  test('wrong fields fall back one by one; good fields are kept', async () => {
    await fakeBrowser.storage.local.set({
      settings: {
        enabled: 'yes',
        sensitivity: 'thorough',
        disabledCategories: ['should', 'nonsense', 7],
        disabledSites: 'example.com',
        snoozeUntil: -5,
        quietHours: { enabled: true, start: '25:00', end: '06:30' },
        pauseDelayMs: 1e9,
        summaryDay: 9,
        summaryTime: '20:15',
        summaryNotification: null,
        resourcesCountry: 'Narnia',
        syncSettings: false,
      },
      settings$: { v: 2 },
    });
    expect(await getSettings()).toEqual({
      ...DEFAULT_SETTINGS,
      sensitivity: 'thorough',
      disabledCategories: ['should'],
      quietHours: { enabled: true, start: DEFAULT_SETTINGS.quietHours.start, end: '06:30' },
      summaryTime: '20:15',
    });
  });

  test('settingsProblems names exactly the fields that were replaced', () => {
    expect(settingsProblems(DEFAULT_SETTINGS)).toEqual([]);
    expect(settingsProblems({ ...DEFAULT_SETTINGS, summaryDay: 7, enabled: 1 })).toEqual([
      'enabled',
      'summaryDay',
    ]);
    expect(settingsProblems([])).toEqual(['settings']);
  });

  test('parseSettings never throws on odd values', () => {
    for (const value of [null, undefined, 0, 'x', [], { quietHours: null }, Object.create(null)]) {
      expect(parseSettings(value)).toEqual(DEFAULT_SETTINGS);
    }
  });
});

describe('sync', () => {
  test('turning sync on puts the settings in storage.sync, where they win', async () => {
    await updateSettings({ syncSettings: true, sensitivity: 'gentle' });
    const synced = await fakeBrowser.storage.sync.get('settings');
    expect(synced.settings).toMatchObject({ syncSettings: true, sensitivity: 'gentle' });

    // Another device changes a synced setting.
    await syncSettingsItem.setValue({ ...(synced.settings as Settings), sensitivity: 'thorough' });
    expect((await getSettings()).sensitivity).toBe('thorough');
  });

  test('turning sync off keeps the settings locally and removes them from sync', async () => {
    await updateSettings({ syncSettings: true, summaryDay: 3 });
    await updateSettings({ syncSettings: false });
    expect((await fakeBrowser.storage.sync.get('settings')).settings).toBeUndefined();
    expect(await getSettings()).toMatchObject({ syncSettings: false, summaryDay: 3 });
  });

  test('a local copy that says synced, with nothing in sync, reads as not synced', async () => {
    await fakeBrowser.storage.local.set({
      settings: { ...DEFAULT_SETTINGS, syncSettings: true, summaryDay: 4 },
      settings$: { v: 2 },
    });
    expect(await getSettings()).toMatchObject({ syncSettings: false, summaryDay: 4 });
  });

  test('one sync write per change (storage.sync limits writes a minute)', async () => {
    await updateSettings({ syncSettings: true });
    const writes = vi.spyOn(fakeBrowser.storage.sync, 'set');
    await updateSettings({ pauseDelayMs: 900 });
    expect(writes).toHaveBeenCalledTimes(1);
    expect(writes.mock.calls[0]![0]).toMatchObject({
      settings: { pauseDelayMs: 900 },
      settings$: { v: 2 },
    });
  });

  test('with sync off, saving never writes to storage.sync', async () => {
    const writes = vi.spyOn(fakeBrowser.storage.sync, 'set');
    const removals = vi.spyOn(fakeBrowser.storage.sync, 'remove');
    await updateSettings({ pauseDelayMs: 800 });
    expect(writes).not.toHaveBeenCalled();
    expect(removals).not.toHaveBeenCalled();
  });

  test('updates made at once all land', async () => {
    await Promise.all([
      updateSettings((s) => ({ ...s, disabledSites: [...s.disabledSites, 'a.example'] })),
      updateSettings((s) => ({ ...s, disabledSites: [...s.disabledSites, 'b.example'] })),
    ]);
    expect((await getSettings()).disabledSites).toEqual(['a.example', 'b.example']);
  });
});
