import { afterEach, describe, expect, it } from 'vitest';
import { defineExtensionMessaging } from '@webext-core/messaging';
import { extensionGone, sendBare } from '../../../lib/messaging/bare-send';
import type { BackgroundProtocol } from '../../../lib/messaging/protocol';

type RootListener = (
  message: unknown,
  sender: unknown,
  sendResponse: (response: unknown) => void,
) => boolean;

/** A fake `chrome` whose runtime delivers messages to listeners registered through @webext-core/messaging. */
function fakeChrome(id: string | undefined) {
  const listeners: RootListener[] = [];
  const sent: unknown[] = [];
  const runtime = {
    id,
    lastError: undefined,
    onMessage: {
      addListener: (l: RootListener) => listeners.push(l),
      removeListener: (l: RootListener) => listeners.splice(listeners.indexOf(l), 1),
    },
    sendMessage: (message: unknown) => {
      sent.push(message);
      return new Promise((resolve) => {
        for (const l of listeners) if (l(message, { id }, resolve)) return;
        resolve(undefined);
      });
    },
  };
  // Chrome's content scripts have `chrome` only (the unit setup's fake `browser` is hidden for these tests).
  scope.browser = undefined;
  scope.chrome = { runtime };
  return { sent };
}

const scope = globalThis as { chrome?: unknown; browser?: unknown };
const setupBrowser = scope.browser;
afterEach(() => {
  delete scope.chrome;
  scope.browser = setupBrowser;
});

describe('sendBare', () => {
  it('is answered by a background listening with @webext-core/messaging', async () => {
    const { sent } = fakeChrome('selfkind');
    const background = defineExtensionMessaging<BackgroundProtocol>();
    background.onMessage('getContentConfig', ({ data }) => ({
      active: data.host === 'example.org',
      country: 'GB',
      settings: {} as never,
    }));
    const config = await sendBare('getContentConfig', { host: 'example.org' });
    expect(config).toMatchObject({ active: true, country: 'GB' });
    expect(sent[0]).toMatchObject({ type: 'getContentConfig', data: { host: 'example.org' } });
    background.removeAllListeners();
  });

  it('rejects when the background answers with an error or not at all', async () => {
    fakeChrome('selfkind');
    const background = defineExtensionMessaging<BackgroundProtocol>();
    background.onMessage('loadEngine', () => {
      throw new Error('no frame');
    });
    await expect(sendBare('loadEngine')).rejects.toThrow(/loadEngine/);
    background.removeAllListeners();
    await expect(sendBare('loadEngine')).rejects.toThrow(/loadEngine/);
  });

  it('knows when the extension has gone away (reloaded or removed)', async () => {
    fakeChrome(undefined);
    expect(extensionGone()).toBe(true);
    await expect(sendBare('loadEngine')).rejects.toThrow(/no longer running/);
    fakeChrome('selfkind');
    expect(extensionGone()).toBe(false);
  });
});
