/**
 * Test helpers: the APIs WXT's fake browser leaves unimplemented (context menus, commands, scripting),
 * a fresh background per test, and a way to deliver a raw message the way @webext-core/messaging does.
 */
import { vi } from 'vitest';
import { defineExtensionMessaging } from '@webext-core/messaging';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { BackgroundProtocol } from '../../../lib/messaging/protocol';
import { startBackground } from '../../../lib/background/start';

type Listener = (...args: never[]) => unknown;

function fakeEvent() {
  const listeners: Listener[] = [];
  return {
    addListener: (listener: Listener) => void listeners.push(listener),
    removeListener: (listener: Listener) => {
      const index = listeners.indexOf(listener);
      if (index >= 0) listeners.splice(index, 1);
    },
    hasListener: (listener: Listener) => listeners.includes(listener),
    trigger: (...args: unknown[]) =>
      Promise.all(listeners.map((listener) => (listener as (...a: unknown[]) => unknown)(...args))),
  };
}

export function installMissingApis() {
  const contextMenus = {
    create: vi.fn(),
    removeAll: vi.fn(async () => undefined),
    onClicked: fakeEvent(),
  };
  const commands = { onCommand: fakeEvent() };
  const scripting = { executeScript: vi.fn(async (_injection: unknown): Promise<unknown[]> => []) };
  Object.assign(fakeBrowser, { contextMenus, commands, scripting });
  return { contextMenus, commands, scripting };
}

/** Starts the background on the fake browser; call the returned `stop` after the test. */
export function startTestBackground() {
  const apis = installMissingApis();
  const tabsCreate = vi.spyOn(fakeBrowser.tabs, 'create');
  const controller = new AbortController();
  const { handoffs } = startBackground({
    signal: controller.signal,
    messenger: defineExtensionMessaging<BackgroundProtocol>(),
  });
  return { ...apis, tabsCreate, handoffs, stop: () => controller.abort() };
}

export const EXTENSION_ID = 'test-extension-id';

export const senders = {
  page: {
    id: EXTENSION_ID,
    url: `chrome-extension://${EXTENSION_ID}/check.html#x`,
    origin: `chrome-extension://${EXTENSION_ID}`,
  },
  content: {
    id: EXTENSION_ID,
    url: 'https://mail.example.com/inbox',
    tab: { id: 7, index: 2, windowId: 1 },
    frameId: 3,
  },
  otherExtension: { id: 'another-extension', url: 'chrome-extension://another-extension/x.html' },
  noId: { url: 'https://mail.example.com/' },
};

/**
 * Delivers a message to the runtime.onMessage listeners, as sent by @webext-core/messaging, and
 * resolves with the answer (`res`), or with the symbol NOT_ANSWERED when no listener took it.
 */
export const NOT_ANSWERED = Symbol('not answered');

export function deliver(raw: unknown, sender: object): Promise<unknown> {
  return new Promise((resolve, reject) => {
    const sendResponse = (response: { res?: unknown; err?: unknown }) => {
      if (response?.err) reject(new Error(`handler threw: ${JSON.stringify(response.err)}`));
      else resolve(response?.res);
    };
    // The fake's trigger is typed with two arguments; the real listener also takes sendResponse.
    const trigger = fakeBrowser.runtime.onMessage.trigger as (
      ...args: unknown[]
    ) => Promise<unknown[]>;
    void trigger(raw, sender, sendResponse).then((results) => {
      if (!results.includes(true)) resolve(NOT_ANSWERED);
    });
  });
}

export function send(type: string, data: unknown, sender: object): Promise<unknown> {
  return deliver({ id: 1, type, data, timestamp: Date.now() }, sender);
}
