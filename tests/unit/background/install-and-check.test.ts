import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { CHECK_COMMAND, CHECK_MENU_ID } from '../../../lib/background/check-selection';
import { HandoffStore, HANDOFF_TTL_MS } from '../../../lib/background/handoff';
import { send, senders, startTestBackground } from './fake-extension';

let bg: ReturnType<typeof startTestBackground>;
beforeEach(() => {
  bg = startTestBackground();
});
afterEach(() => bg.stop());

const EXTENSION = 'chrome-extension://test-extension-id';
const openedUrls = () => bg.tabsCreate.mock.calls.map(([props]) => props.url);

describe('install', () => {
  test('first install opens the welcome page and adds the context menu', async () => {
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'install', temporary: false });
    expect(openedUrls()).toEqual([`${EXTENSION}/welcome.html`]);
    expect(bg.contextMenus.create).toHaveBeenCalledWith(
      { id: CHECK_MENU_ID, title: 'Check with Selfkind', contexts: ['selection'] },
      expect.any(Function),
    );
  });

  test.each(['install', 'update'] as const)(
    'on %s the always-on script joins the web pages already open, in all their frames',
    async (reason) => {
      for (const url of [
        'https://mail.example/',
        'chrome://settings/',
        'file:///home/me/notes.html',
      ])
        await fakeBrowser.tabs.create({ url });
      bg.scripting.executeScript.mockRejectedValueOnce(new Error('closed'));
      await fakeBrowser.runtime.onInstalled.trigger({ reason, temporary: false });
      const targets = bg.scripting.executeScript.mock.calls.map(([call]) => call);
      expect(targets).toHaveLength(2);
      for (const call of targets) {
        expect(call).toMatchObject({ target: { allFrames: true }, files: ['/watch.js'] });
      }
    },
  );

  test('an update does not open the welcome page again', async () => {
    await fakeBrowser.runtime.onInstalled.trigger({
      reason: 'update',
      previousVersion: '0.0.9',
      temporary: false,
    });
    expect(bg.tabsCreate).not.toHaveBeenCalled();
    expect(bg.contextMenus.removeAll).toHaveBeenCalled();
    expect(bg.contextMenus.create).toHaveBeenCalledTimes(1);
  });
});

function tokenFrom(url: string | undefined): string {
  const parsed = new URL(url!);
  expect(parsed.pathname).toBe('/check.html');
  return parsed.hash.slice(1);
}

describe('Check with Selfkind', () => {
  const tab = { id: 4, index: 0, windowId: 1, url: 'https://forum.example/' };

  test('the context menu hands the selection to the check page in memory', async () => {
    await bg.contextMenus.onClicked.trigger(
      { menuItemId: CHECK_MENU_ID, selectionText: 'Nobody could like me', editable: false },
      tab,
    );
    const [url] = openedUrls();
    expect(url).not.toMatch(/Nobody|like/);
    const token = tokenFrom(url);
    expect(await send('takeHandoff', { token }, senders.page)).toEqual({
      text: 'Nobody could like me',
    });
    expect(await send('takeHandoff', { token }, senders.page)).toBeNull();
    expect(await fakeBrowser.storage.local.get(null)).toEqual({});
  });

  test('other menu items are not ours', async () => {
    await bg.contextMenus.onClicked.trigger({ menuItemId: 'other', selectionText: 'x' }, tab);
    expect(bg.tabsCreate).not.toHaveBeenCalled();
  });

  test('the keyboard command reads the selection in the tab and does the same', async () => {
    bg.scripting.executeScript.mockResolvedValueOnce([
      { frameId: 0, result: '' },
      { frameId: 2, result: 'I always mess this up' },
    ]);
    await bg.commands.onCommand.trigger(CHECK_COMMAND, tab);
    await expect.poll(() => bg.tabsCreate.mock.calls.length).toBe(1);
    expect(bg.scripting.executeScript).toHaveBeenCalledWith(
      expect.objectContaining({
        target: { tabId: 4, allFrames: true },
        func: expect.any(Function),
      }),
    );
    const token = tokenFrom(openedUrls()[0]);
    expect(await send('takeHandoff', { token }, senders.page)).toEqual({
      text: 'I always mess this up',
    });
  });

  test('with no readable selection the check page opens empty', async () => {
    bg.scripting.executeScript.mockRejectedValueOnce(new Error('Cannot access a chrome:// URL'));
    await bg.commands.onCommand.trigger(CHECK_COMMAND, tab);
    await expect.poll(() => openedUrls()).toEqual([`${EXTENSION}/check.html`]);
    expect(bg.handoffs.size).toBe(0);
  });
});

describe('HandoffStore', () => {
  test('an entry not taken within 60 seconds is gone', () => {
    vi.useFakeTimers();
    try {
      const store = new HandoffStore();
      const kept = store.put('a sentence');
      const expiring = store.put('another sentence');
      vi.advanceTimersByTime(HANDOFF_TTL_MS - 1);
      expect(store.take(kept)).toEqual({ text: 'a sentence' });
      vi.advanceTimersByTime(1);
      expect(store.take(expiring)).toBeNull();
      expect(store.size).toBe(0);
    } finally {
      vi.useRealTimers();
    }
  });

  test('tokens are random and unguessable', () => {
    const store = new HandoffStore();
    const tokens = new Set(Array.from({ length: 50 }, () => store.put('x')));
    expect(tokens.size).toBe(50);
    for (const token of tokens) expect(token).toMatch(/^[0-9a-f-]{36}$/);
    store.clear();
  });
});
