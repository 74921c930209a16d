import { describe, expect, test } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { pruneStoredStats, readStats, recordStatEvents } from '../../../lib/storage/stats';
import { parseStatsHistory } from '../../../lib/storage/validate-stats';

const JUNE_11_NOON_UTC = Date.parse('2025-06-11T12:00:00Z');

describe('stored stats', () => {
  test('events are counted on the local day, and concurrent writes add up', async () => {
    await Promise.all([
      recordStatEvents([{ kind: 'harsh', category: 'should' }], JUNE_11_NOON_UTC, 'UTC'),
      recordStatEvents([{ kind: 'harsh', category: 'should', count: 2 }], JUNE_11_NOON_UTC, 'UTC'),
      recordStatEvents([{ kind: 'kind' }], JUNE_11_NOON_UTC, 'Australia/Sydney'),
    ]);
    // Noon UTC is 22:00 in Sydney: still the 11th there too.
    expect(await readStats()).toEqual({
      '2025-06-11': { counts: { harsh: 3, kind: 1 }, byCategory: { should: { harsh: 3 } } },
    });
  });

  test('writing prunes days older than 53 weeks', async () => {
    await fakeBrowser.storage.local.set({
      stats: {
        '2024-06-05': { counts: { harsh: 1 }, byCategory: {} }, // 371 days before: gone
        '2024-06-06': { counts: { kind: 1 }, byCategory: {} }, // 370 days before: kept
      },
    });
    await recordStatEvents([{ kind: 'shown', category: 'labeling' }], JUNE_11_NOON_UTC, 'UTC');
    expect(Object.keys(await readStats()).sort()).toEqual(['2024-06-06', '2025-06-11']);
  });

  test('the daily prune removes old days without a new event', async () => {
    await fakeBrowser.storage.local.set({
      stats: {
        '2023-01-01': { counts: { harsh: 1 }, byCategory: {} },
        '2025-06-01': { counts: { kind: 2 }, byCategory: {} },
      },
    });
    await pruneStoredStats(JUNE_11_NOON_UTC, 'UTC');
    expect(Object.keys((await fakeBrowser.storage.local.get('stats')).stats as object)).toEqual([
      '2025-06-01',
    ]);
  });

  test('corrupt parts are dropped on read, the rest kept', async () => {
    await fakeBrowser.storage.local.set({
      stats: {
        '2025-06-10': {
          counts: { harsh: 2, kind: -1, nonsense: 3 },
          byCategory: { should: { harsh: 2 }, madeup: { harsh: 1 } },
        },
        'not-a-day': { counts: { harsh: 1 } },
        '2025-06-09': 'garbage',
      },
    });
    expect(await readStats()).toEqual({
      '2025-06-10': { counts: { harsh: 2 }, byCategory: { should: { harsh: 2 } } },
    });
    const problems: string[] = [];
    parseStatsHistory((await fakeBrowser.storage.local.get('stats')).stats, problems);
    expect(problems).toHaveLength(5);
  });
});
