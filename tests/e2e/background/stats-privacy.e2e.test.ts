/**
 * After real nudges and a used rephrasing in a page, the extension's storage holds the counts and
 * none of the typed words. Reads chrome.storage (local and sync) from the service worker.
 */
import { resolve } from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import {
  launchWithExtension,
  serveFixtures,
  type ExtensionBrowser,
  type FixtureServer,
} from '../harness';
import { selfkindUi } from '../ui';

/** The extension APIs as the service worker sees them (the callbacks below run there). */
declare const chrome: (typeof import('wxt/browser'))['browser'];

const FIXTURES = resolve(__dirname, '../fixtures/pages');

// Written for this test; the rare words make any leak easy to spot.
const FIRST = "I'm such a loser for losing the Pemberton spreadsheet twice.";
const SECOND = ' I should have known better than to trust Quillfeather.';
const TYPED_WORDS = ['loser', 'losing', 'pemberton', 'spreadsheet', 'quillfeather', 'trust'];

const INDICATOR = { role: 'button', name: /^Selfkind/ } as const;
const DIALOG = { role: 'dialog', name: /Selfkind/ } as const;

let browser: ExtensionBrowser;
let server: FixtureServer;
beforeAll(async () => {
  [browser, server] = await Promise.all([launchWithExtension(), serveFixtures(FIXTURES)]);
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

interface StoredAreas {
  local: Record<string, unknown>;
  sync: Record<string, unknown>;
  session: Record<string, unknown>;
}

function readStorage(): Promise<StoredAreas> {
  return browser.worker.evaluate(async () => ({
    local: await chrome.storage.local.get(null),
    sync: await chrome.storage.sync.get(null),
    session: await chrome.storage.session.get(null),
  }));
}

interface DayBucket {
  counts: Record<string, number>;
  byCategory: Record<string, Record<string, number>>;
}

function todaysBucket(areas: StoredAreas): DayBucket | undefined {
  const stats = areas.local.stats as Record<string, DayBucket> | undefined;
  return stats ? Object.values(stats)[0] : undefined;
}

test('the first install opens the welcome page, sets the alarms, adds the menu and command', async () => {
  await expect
    .poll(() => browser.context.pages().map((page) => new URL(page.url()).pathname), {
      timeout: 10_000,
    })
    .toContain('/welcome.html');
  const alarms = await browser.worker.evaluate(() => chrome.alarms.getAll());
  expect(alarms.map((alarm) => alarm.name).sort()).toEqual([
    'selfkind-daily-prune',
    'selfkind-weekly-summary',
  ]);
  // The context menu exists: updating an unknown id would fail.
  const menuExists = (id: string) =>
    browser.worker.evaluate(
      (menuId) =>
        chrome.contextMenus.update(menuId, {}).then(
          () => true,
          () => false,
        ),
      id,
    );
  expect(await menuExists('selfkind-check-selection')).toBe(true);
  expect(await menuExists('no-such-menu')).toBe(false);
  const commands = await browser.worker.evaluate(() => chrome.commands.getAll());
  expect(commands.find((command) => command.name === 'check-selection')).toBeDefined();
});

test('nudges and a used rephrasing are counted; no typed word is stored', async () => {
  const page = await browser.context.newPage();
  await page.goto(server.url('/textarea.html'));
  const ui = await selfkindUi(page);

  await page.click('#entry');
  await page.keyboard.type(FIRST);
  await ui.click(await ui.waitFor(INDICATOR));
  await ui.waitFor(DIALOG);
  await ui.click(await ui.waitFor({ role: 'button', name: /^Use this: / }));
  await ui.waitForNone(DIALOG);
  await expect.poll(() => page.inputValue('#entry')).not.toBe(FIRST);

  await page.keyboard.press('End');
  await page.keyboard.type(SECOND);
  await ui.waitFor(INDICATOR);
  // Leaving the page flushes the content script's batch of counts.
  await page.close({ runBeforeUnload: true });

  // The batch is sent on pagehide (or after a few seconds at the latest).
  await expect
    .poll(async () => todaysBucket(await readStorage())?.counts.used ?? 0, { timeout: 10_000 })
    .toBe(1);
  const areas = await readStorage();
  const bucket = todaysBucket(areas)!;
  expect(bucket.counts.harsh).toBeGreaterThanOrEqual(1);
  expect(bucket.byCategory.labeling?.harsh).toBeGreaterThanOrEqual(1);
  expect(bucket.counts.shown).toBeGreaterThanOrEqual(1);
  expect(bucket.byCategory.labeling?.used).toBe(1);
  expect(Object.keys(areas.local.stats as object)).toEqual([
    expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/),
  ]);

  const everything = JSON.stringify(areas).toLowerCase();
  for (const word of TYPED_WORDS) expect(everything).not.toContain(word);
  expect(areas.sync).toEqual({});
  expect(browser.outsideRequests()).toEqual([]);
});
