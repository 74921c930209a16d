/**
 * The always-on content script's channel to the background, with no library under it: it runs in every frame
 * of every page, so it speaks the wire format of @webext-core/messaging (which the background listens with)
 * over the browser's own `runtime.sendMessage`, without loading webextension-polyfill or the messaging library.
 */
import type { BackgroundProtocol } from './protocol';

/** The few extension APIs the always-on script touches. Chrome has `chrome`; Firefox has `browser` and `chrome`. */
export interface BareExtensionApi {
  runtime?: { id?: string; sendMessage(message: unknown): Promise<unknown> };
  storage?: {
    onChanged: {
      addListener(listener: StorageListener): void;
      removeListener(listener: StorageListener): void;
    };
  };
}
export type StorageListener = (changes: Record<string, unknown>, area: string) => void;

type ApiScope = { browser?: BareExtensionApi; chrome?: BareExtensionApi };

export function bareExtensionApi(): BareExtensionApi | undefined {
  const scope = globalThis as unknown as ApiScope;
  return scope.browser?.runtime ? scope.browser : scope.chrome;
}

/** The extension was reloaded, updated or removed since this script started: its APIs are gone. */
export const extensionGone = (): boolean => !bareExtensionApi()?.runtime?.id;

let nextId = Math.floor(Math.random() * 10_000);

type Message = keyof BackgroundProtocol;
type Data<K extends Message> = Parameters<BackgroundProtocol[K]>[0];
type Reply<K extends Message> = ReturnType<BackgroundProtocol[K]>;

/** Same envelope as @webext-core/messaging: `{ id, type, data, timestamp }` out, `{ res }` or `{ err }` back. */
export async function sendBare<K extends Message>(
  type: K,
  ...data: Data<K> extends undefined ? [] : [Data<K>]
): Promise<Reply<K>> {
  const runtime = bareExtensionApi()?.runtime;
  if (!runtime?.id) throw new Error('Selfkind is no longer running in this page');
  const reply = (await runtime.sendMessage({
    id: nextId++,
    type,
    data: data[0],
    timestamp: Date.now(),
  })) as { res?: Reply<K>; err?: unknown } | undefined;
  if (!reply || reply.err != null) throw new Error(`No answer to ${type}`);
  return reply.res as Reply<K>;
}
