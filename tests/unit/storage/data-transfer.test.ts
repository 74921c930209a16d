import { describe, expect, test } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  deleteAllData,
  exportData,
  exportDataJson,
  importData,
  ImportError,
} from '../../../lib/storage/data-transfer';
import { addNote, readNotes } from '../../../lib/storage/notes';
import { DEFAULT_SETTINGS } from '../../../lib/storage/schema';
import { getSettings, updateSettings } from '../../../lib/storage/settings';
import { readStats, recordStatEvents } from '../../../lib/storage/stats';

const NOW = Date.parse('2025-06-11T12:00:00Z');

async function seed() {
  await updateSettings({ sensitivity: 'gentle', disabledSites: ['news.example'], summaryDay: 2 });
  await recordStatEvents([{ kind: 'harsh', category: 'should', count: 2 }], NOW, 'UTC');
  await recordStatEvents([{ kind: 'used', category: 'should' }], NOW - 86_400_000, 'UTC');
  await addNote('letter', 'Dear me, that was a long week.', NOW);
}

async function snapshot() {
  return {
    local: await fakeBrowser.storage.local.get(null),
    sync: await fakeBrowser.storage.sync.get(null),
  };
}

describe('export, delete, import', () => {
  test('round trip restores settings, stats and notes', async () => {
    await seed();
    const json = await exportDataJson(NOW);
    const doc = JSON.parse(json);
    expect(doc).toMatchObject({ format: 'selfkind-export', formatVersion: 1 });
    const before = await exportData(NOW);

    await deleteAllData();
    expect(await getSettings()).toEqual(DEFAULT_SETTINGS);
    expect(await readStats()).toEqual({});
    expect(await readNotes()).toEqual([]);
    expect(await fakeBrowser.storage.local.get(null)).toEqual({});

    expect(await importData(json, NOW)).toEqual({ days: 2, notes: 1 });
    expect(await exportData(NOW)).toEqual(before);
    expect((await fakeBrowser.storage.local.get('settings$')).settings$).toEqual({ v: 2 });
  });

  test('importing synced settings puts them back in storage.sync', async () => {
    await updateSettings({ syncSettings: true, summaryTime: '08:30' });
    const doc = await exportData(NOW);
    await deleteAllData();
    expect(await fakeBrowser.storage.sync.get(null)).toEqual({});
    await importData(doc, NOW);
    expect((await fakeBrowser.storage.sync.get('settings')).settings).toMatchObject({
      syncSettings: true,
      summaryTime: '08:30',
    });
  });
});

describe('import rejects bad documents and changes nothing', () => {
  const bad: Array<[string, (doc: Record<string, unknown>) => unknown]> = [
    ['not JSON', () => '{"format": "selfkind-export",'],
    ['an array', () => []],
    ['another format', (doc) => ({ ...doc, format: 'something-else' })],
    ['a newer format version', (doc) => ({ ...doc, formatVersion: 2 })],
    [
      'a wrong setting',
      (doc) => ({ ...doc, settings: { ...(doc.settings as object), summaryDay: 12 } }),
    ],
    ['settings missing', (doc) => ({ ...doc, settings: undefined })],
    ['a bad stats day', (doc) => ({ ...doc, stats: { ...(doc.stats as object), yesterday: {} } })],
    [
      'a negative count',
      (doc) => ({ ...doc, stats: { '2025-06-10': { counts: { harsh: -3 }, byCategory: {} } } }),
    ],
    ['stats as a list', (doc) => ({ ...doc, stats: [] })],
    [
      'a malformed note',
      (doc) => ({ ...doc, notes: [{ id: 'x', exercise: 'nap', createdAt: 1, text: 'hi' }] }),
    ],
    ['notes missing', (doc) => ({ ...doc, notes: undefined })],
  ];

  test.each(bad)('%s', async (_, spoil) => {
    await seed();
    const doc = JSON.parse(await exportDataJson(NOW)) as Record<string, unknown>;
    const before = await snapshot();
    const spoilt = spoil(doc);
    const input = typeof spoilt === 'string' ? spoilt : JSON.stringify(spoilt);
    await expect(importData(input, NOW)).rejects.toBeInstanceOf(ImportError);
    await expect(importData(input, NOW)).rejects.toThrow(/Selfkind|JSON|format/);
    expect(await snapshot()).toEqual(before);
  });

  test('the error lists what is wrong', async () => {
    await seed();
    const doc = await exportData(NOW);
    const error = await importData(
      { ...doc, settings: { ...doc.settings, pauseDelayMs: 'slow' } },
      NOW,
    ).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ImportError);
    expect((error as ImportError).problems).toEqual(['settings.pauseDelayMs']);
  });
});
