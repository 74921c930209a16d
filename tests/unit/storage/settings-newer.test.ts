/** Settings written by a newer Selfkind are read for what is understood and never written back. */
import { describe, expect, test } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DEFAULT_SETTINGS } from '../../../lib/storage/schema';
import {
  getSettings,
  settingsFromNewerVersion,
  updateSettings,
} from '../../../lib/storage/settings';
import { importData, validateExportDocument } from '../../../lib/storage/data-transfer';

const fromTheFuture = {
  ...DEFAULT_SETTINGS,
  syncSettings: true,
  sensitivity: 'gentle',
  disabledSites: ['a.example'],
  aFieldFromLater: { deep: [1, 2, 3] },
};

describe('settings never downgrade', () => {
  test.each(['local', 'sync'] as const)(
    'a newer version in %s storage is read, left untouched by a change, and noted',
    async (area) => {
      await fakeBrowser.storage[area].set({ settings: fromTheFuture, settings$: { v: 999 } });
      if (area === 'local')
        await fakeBrowser.storage.local.set({
          settings: { ...fromTheFuture, syncSettings: false },
        });
      const before = JSON.stringify(await fakeBrowser.storage[area].get(null));
      const settings = await getSettings();
      expect(settings.sensitivity).toBe('gentle');
      expect(settings.disabledSites).toEqual(['a.example']);
      expect(await settingsFromNewerVersion()).toBe(true);
      await updateSettings((current) => ({
        ...current,
        disabledSites: [...current.disabledSites, 'b.example'],
      }));
      expect(JSON.stringify(await fakeBrowser.storage[area].get(null))).toBe(before);
    },
  );

  test('unknown fields survive every write of the current version', async () => {
    await fakeBrowser.storage.local.set({
      settings: { ...DEFAULT_SETTINGS, aFieldFromLater: 'kept' },
      settings$: { v: 2 },
    });
    await updateSettings({ sensitivity: 'thorough' });
    await updateSettings({ disabledSites: ['x.example'] });
    const { settings } = await fakeBrowser.storage.local.get('settings');
    expect(settings).toMatchObject({
      aFieldFromLater: 'kept',
      sensitivity: 'thorough',
      disabledSites: ['x.example'],
    });
    expect(await settingsFromNewerVersion()).toBe(false);
  });

  test('an import file from a newer version names its version and changes nothing', async () => {
    const before = JSON.stringify(await fakeBrowser.storage.local.get(null));
    const file = {
      format: 'selfkind-export',
      formatVersion: 7,
      settings: {},
      stats: {},
      notes: [],
    };
    expect(() => validateExportDocument(file)).toThrow(/newer version of Selfkind \(format 7;/);
    await expect(importData(file)).rejects.toMatchObject({ newerVersion: 7 });
    expect(JSON.stringify(await fakeBrowser.storage.local.get(null))).toBe(before);
  });
});
