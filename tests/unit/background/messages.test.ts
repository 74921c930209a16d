import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { MAX_EVENTS_PER_MESSAGE } from '../../../lib/messaging/protocol';
import { DEFAULT_SETTINGS } from '../../../lib/storage/schema';
import { getSettings, updateSettings } from '../../../lib/storage/settings';
import { readStats } from '../../../lib/storage/stats';
import { deliver, NOT_ANSWERED, send, senders, startTestBackground } from './fake-extension';

let bg: ReturnType<typeof startTestBackground>;
beforeEach(() => {
  bg = startTestBackground();
});
afterEach(() => bg.stop());

describe('getContentConfig', () => {
  test('answers a content script with the config for its host', async () => {
    expect(await send('getContentConfig', { host: 'mail.example.com' }, senders.content)).toEqual({
      active: true,
      settings: DEFAULT_SETTINGS,
      country: 'US',
      recheckAt: null,
    });
  });

  test('a site the user turned off is inactive', async () => {
    await updateSettings({ disabledSites: ['mail.example.com'] });
    const config = await send('getContentConfig', { host: 'mail.example.com' }, senders.content);
    expect(config).toMatchObject({ active: false });
  });
});

describe('foreign senders get no answer and change nothing', () => {
  test.each([
    ['another extension', senders.otherExtension],
    ['no sender id', senders.noId],
    ['an empty sender', {}],
  ])('%s', async (_, sender) => {
    expect(await send('getContentConfig', { host: 'a.example' }, sender)).toBeUndefined();
    expect(await send('recordStats', { events: [{ kind: 'kind' }] }, sender)).toBeUndefined();
    expect(await send('snooze', { until: Date.now() + 60_000 }, sender)).toBeUndefined();
    expect(await readStats()).toEqual({});
    expect(await getSettings()).toEqual(DEFAULT_SETTINGS);
  });
});

describe('malformed messages are ignored without crashing', () => {
  test.each([
    ['no data', undefined],
    ['a number host', { host: 42 }],
    ['a host with a path', { host: 'example.com/x' }],
    ['an overlong host', { host: 'a'.repeat(300) }],
    ['an extra field', { host: 'example.com', text: 'my secret words' }],
    ['an array', ['example.com']],
  ])('getContentConfig with %s', async (_, data) => {
    expect(await send('getContentConfig', data, senders.content)).toBeUndefined();
  });

  test.each([
    ['no events', {}],
    ['events not a list', { events: 'harsh' }],
    ['an empty list', { events: [] }],
    ['too many events', { events: Array(MAX_EVENTS_PER_MESSAGE + 1).fill({ kind: 'kind' }) }],
    ['an unknown kind', { events: [{ kind: 'typed_text' }] }],
    ['an unknown category', { events: [{ kind: 'harsh', category: 'stupid' }] }],
    ['a zero count', { events: [{ kind: 'harsh', category: 'should', count: 0 }] }],
    ['a huge count', { events: [{ kind: 'harsh', category: 'should', count: 1e6 }] }],
    ['a fractional count', { events: [{ kind: 'kind', count: 1.5 }] }],
    ['a bad severity', { events: [{ kind: 'harsh', category: 'should', severity: 9 }] }],
    ['text smuggled in', { events: [{ kind: 'harsh', category: 'should', text: 'I am awful' }] }],
  ])('recordStats with %s stores nothing', async (_, data) => {
    expect(await send('recordStats', data, senders.content)).toBeUndefined();
    expect(await readStats()).toEqual({});
  });

  test('raw messages that are not in the protocol format are not taken', async () => {
    for (const raw of [null, 'hello', 42, { type: 'recordStats' }, { type: 7, timestamp: 1 }]) {
      expect(await deliver(raw, senders.content)).toBe(NOT_ANSWERED);
    }
    expect(await deliver({ id: 1, type: 'deleteEverything', timestamp: 1 }, senders.page)).toBe(
      NOT_ANSWERED,
    );
    expect(await getSettings()).toEqual(DEFAULT_SETTINGS);
  });

  test('snooze out of range is ignored', async () => {
    const now = Date.now();
    for (const until of [now - 1000, now + 400 * 86_400_000, 'tomorrow', Number.NaN]) {
      await send('snooze', { until }, senders.page);
    }
    expect((await getSettings()).snoozeUntil).toBeNull();
  });

  test('a handler that fails answers nothing and the next message still works', async () => {
    const logged = vi.spyOn(console, 'error').mockImplementation(() => {});
    bg.scripting.executeScript.mockRejectedValueOnce(new Error('Cannot access this frame'));
    expect(await send('loadEngine', undefined, senders.content)).toBeUndefined();
    expect(await send('loadEngine', undefined, senders.content)).toBe(true);
    expect(logged).toHaveBeenCalledTimes(1);
  });
});

describe('recordStats', () => {
  test('counts valid events and drops the malformed ones of a batch', async () => {
    await send(
      'recordStats',
      {
        events: [
          { kind: 'harsh', category: 'should', severity: 2 },
          { kind: 'shown', category: 'should', count: 2 },
          { kind: 'kind', category: 'kind' },
          { kind: 'crisis_shown' },
          { kind: 'nonsense' },
        ],
      },
      senders.content,
    );
    const [day] = Object.values(await readStats());
    expect(day).toEqual({
      counts: { harsh: 1, shown: 2, kind: 1, crisis_shown: 1 },
      byCategory: { should: { harsh: 1, shown: 2 } },
    });
  });

  test('nothing is counted from a private (incognito) window', async () => {
    const content = senders.content;
    const privateTab = { ...content, tab: { ...content.tab!, incognito: true } };
    expect(await send('recordStats', { events: [{ kind: 'harsh' }] }, privateTab)).toBeUndefined();
    expect(await readStats()).toEqual({});
    await send('recordStats', { events: [{ kind: 'harsh' }] }, content);
    expect(Object.values(await readStats())).toHaveLength(1);
  });
});

describe('setSiteEnabled and snooze', () => {
  test('the popup turns a site off and on', async () => {
    await send('setSiteEnabled', { host: 'news.example', enabled: false }, senders.page);
    expect((await getSettings()).disabledSites).toEqual(['news.example']);
    await send('setSiteEnabled', { host: 'news.example', enabled: false }, senders.page);
    expect((await getSettings()).disabledSites).toEqual(['news.example']);
    await send('setSiteEnabled', { host: 'news.example', enabled: true }, senders.page);
    expect((await getSettings()).disabledSites).toEqual([]);
  });

  test('a content script may switch off only its own site', async () => {
    await send('setSiteEnabled', { host: 'bank.example', enabled: false }, senders.content);
    expect((await getSettings()).disabledSites).toEqual([]);
    await send('setSiteEnabled', { host: 'mail.example.com', enabled: false }, senders.content);
    expect((await getSettings()).disabledSites).toEqual(['mail.example.com']);
  });

  test('snooze until a time, then clear it', async () => {
    const until = Date.now() + 3_600_000;
    await send('snooze', { until }, senders.page);
    expect((await getSettings()).snoozeUntil).toBe(until);
    expect(await send('getContentConfig', { host: 'a.example' }, senders.content)).toMatchObject({
      active: false,
    });
    await send('snooze', { until: null }, senders.page);
    expect((await getSettings()).snoozeUntil).toBeNull();
  });
});

describe('loadEngine', () => {
  test('injects the engine into the sending frame only', async () => {
    expect(await send('loadEngine', undefined, senders.content)).toBe(true);
    expect(bg.scripting.executeScript).toHaveBeenCalledWith({
      target: { tabId: 7, frameIds: [3] },
      files: ['/engine.js'],
    });
  });

  test('an extension page cannot ask for it', async () => {
    expect(await send('loadEngine', undefined, senders.page)).toBeUndefined();
    expect(bg.scripting.executeScript).not.toHaveBeenCalled();
  });
});

describe('openPractice and takeHandoff', () => {
  test('the sentence goes to the practice page in memory, taken once', async () => {
    await send(
      'openPractice',
      { exercise: 'letter', sentence: 'I ruin everything' },
      senders.content,
    );
    expect(bg.tabsCreate).toHaveBeenCalledTimes(1);
    const url = new URL(bg.tabsCreate.mock.calls[0]![0].url!);
    expect(url.pathname).toBe('/practice.html');
    const [exercise, token] = url.hash.slice(1).split('&');
    expect(exercise).toBe('letter');
    expect(url.href).not.toContain('ruin');
    expect(bg.tabsCreate.mock.calls[0]![0]).toMatchObject({ openerTabId: 7, index: 3 });

    // A content script cannot take it; the page can, once.
    expect(await send('takeHandoff', { token }, senders.content)).toBeUndefined();
    expect(await send('takeHandoff', { token }, senders.page)).toEqual({
      text: 'I ruin everything',
    });
    expect(await send('takeHandoff', { token }, senders.page)).toBeNull();
    expect(bg.handoffs.size).toBe(0);
  });

  test('without a sentence the page opens on the exercise alone', async () => {
    await send('openPractice', { exercise: 'break' }, senders.page);
    expect(new URL(bg.tabsCreate.mock.calls[0]![0].url!).hash).toBe('#break');
    expect(bg.handoffs.size).toBe(0);
  });

  test('an unknown exercise opens nothing', async () => {
    await send('openPractice', { exercise: 'nap', sentence: 'x' }, senders.page);
    expect(bg.tabsCreate).not.toHaveBeenCalled();
  });

  test('unknown or malformed tokens get null or nothing', async () => {
    expect(
      await send('takeHandoff', { token: '00000000-0000-4000-8000-000000000000' }, senders.page),
    ).toBeNull();
    expect(await send('takeHandoff', { token: '../x' }, senders.page)).toBeNull();
    expect(await send('takeHandoff', {}, senders.page)).toBeNull();
  });
});
