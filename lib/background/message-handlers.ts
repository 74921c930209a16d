/**
 * Answers BackgroundProtocol. Every message is validated first; a malformed or out-of-range message,
 * or one from anything but this extension's own contexts, gets no answer (undefined) and changes nothing.
 */
import { browser } from 'wxt/browser';
import type { ExtensionMessenger } from '@webext-core/messaging';
import type { BackgroundProtocol, ContentConfig } from '../messaging/protocol';
import {
  parseHostMessage,
  parseNoData,
  parseOpenPractice,
  parseRecordStats,
  parseSetSiteEnabled,
  parseSnooze,
  parseTakeHandoff,
} from '../messaging/validate';
import { getSettings, updateSettings } from '../storage/settings';
import { recordStatEvents } from '../storage/stats';
import { computeContentConfig } from './content-config';
import type { HandoffStore } from './handoff';
import { loadEngineInto } from './load-engine';
import { openExtensionPage } from './open-page';
import { contentFrame, isExtensionPage, isOwnSender, type Sender } from './sender';

export const PRACTICE_PAGE = '/practice.html';

type Messenger = ExtensionMessenger<BackgroundProtocol>;
type MessageType = keyof BackgroundProtocol;
type Answer<K extends MessageType> = ReturnType<BackgroundProtocol[K]>;

/** Who may send a message: any of our contexts, only pages, or only content scripts. */
type Audience = 'own' | 'page' | 'content';

function allowed(audience: Audience, sender: Sender | undefined): boolean {
  if (audience === 'page') return isExtensionPage(sender);
  if (audience === 'content') return contentFrame(sender) !== null;
  return isOwnSender(sender);
}

async function getContentConfig(data: unknown): Promise<ContentConfig | undefined> {
  const message = parseHostMessage(data);
  if (!message) return undefined;
  return computeContentConfig(await getSettings(), message.host, {
    now: Date.now(),
    uiLanguage: browser.i18n.getUILanguage(),
  });
}

async function setSiteEnabled(data: unknown, sender: Sender): Promise<void> {
  const message = parseSetSiteEnabled(data);
  if (!message) return;
  // A content script may only switch its own site.
  const frame = contentFrame(sender);
  if (frame && frame.host !== message.host) return;
  await updateSettings((current) => {
    const others = current.disabledSites.filter((host) => host !== message.host);
    return { ...current, disabledSites: message.enabled ? others : [...others, message.host] };
  });
}

export function registerMessageHandlers(
  messenger: Messenger,
  handoffs: HandoffStore,
  signal: AbortSignal,
): void {
  function on<K extends MessageType>(
    type: K,
    audience: Audience,
    handle: (
      data: unknown,
      sender: Sender,
    ) => Promise<Answer<K> | undefined> | Answer<K> | undefined,
  ): void {
    const remove = messenger.onMessage(type, async (message) => {
      const sender = message.sender as Sender | undefined;
      if (!allowed(audience, sender)) return undefined as Answer<K>;
      try {
        return (await handle(message.data as unknown, sender!)) as Answer<K>;
      } catch (error) {
        console.error(`[selfkind] ${String(type)}`, error);
        return undefined as Answer<K>;
      }
    });
    signal.addEventListener('abort', remove, { once: true });
  }

  on('getContentConfig', 'own', getContentConfig);
  on('recordStats', 'own', async (data, sender) => {
    const message = parseRecordStats(data);
    // A private (incognito) window keeps no history, so Selfkind keeps no counts from it either.
    if (message && !sender.tab?.incognito)
      await recordStatEvents(message.events, Date.now(), undefined, message.batch);
  });
  on('setSiteEnabled', 'own', setSiteEnabled);
  on('snooze', 'own', async (data) => {
    const message = parseSnooze(data, Date.now());
    if (message) await updateSettings({ snoozeUntil: message.until });
  });
  on('loadEngine', 'content', async (data, sender) => {
    const frame = contentFrame(sender);
    if (!parseNoData(data) || !frame) return undefined;
    return loadEngineInto(frame.tabId, frame.frameId);
  });
  on('openPractice', 'own', async (data, sender) => {
    const message = parseOpenPractice(data);
    if (!message) return;
    const hash = message.sentence
      ? `${message.exercise}&${handoffs.put(message.sentence)}`
      : message.exercise;
    await openExtensionPage(`${PRACTICE_PAGE}#${hash}`, sender.tab);
  });
  on('takeHandoff', 'page', (data) => {
    const message = parseTakeHandoff(data);
    return message ? handoffs.take(message.token) : null;
  });
}
