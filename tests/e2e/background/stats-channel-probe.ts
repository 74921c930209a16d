/**
 * Watches, from the test, every count batch a tab's content script sends to the background, and what became of
 * each send. Chromium only: CDP reaches Selfkind's isolated world (the execution context named after the
 * extension), wraps `chrome.runtime.sendMessage` there and reports through a binding that only that world sees.
 * The wrapper passes every call through unchanged; the page's own world sees none of it.
 */
import type { CDPSession, Page } from 'playwright-core';

/** The extension APIs as Selfkind's content-script world sees them (wrapSendMessage runs there). */
declare const chrome: (typeof import('wxt/browser'))['browser'] & {
  runtime: { lastError?: { message?: string } };
};

export interface BatchSend {
  batch: string;
  events: number;
  /** 'ok', or the browser's error message for a send that got no answer. */
  outcome: string;
}

export interface StatsChannelProbe {
  /** Every recordStats send so far, in order, each with its outcome once known. */
  sends(): Promise<BatchSend[]>;
}

const BINDING = 'selfkindTestFirstSend';
const WORLD = 'Selfkind';

/**
 * Runs in Selfkind's isolated world. The engine's sending path calls sendMessage with a callback
 * (webextension-polyfill) or for a promise; both are watched. The first send of each batch calls the binding.
 */
function wrapSendMessage(binding: string): void {
  type Sent = { type?: string; data?: { batch?: string; events?: unknown[] } };
  const g = globalThis as unknown as Record<string, unknown> & {
    selfkindTestSends: { batch: string; events: number; outcome: string }[];
  };
  g.selfkindTestSends = [];
  const announced = new Set<string>();
  const runtime = chrome.runtime as unknown as Record<string, (...args: unknown[]) => unknown>;
  const original = runtime.sendMessage!;
  runtime.sendMessage = function (...args: unknown[]) {
    const message = args[0] as Sent | undefined;
    if (message?.type !== 'recordStats' || !message.data?.batch) return original.apply(this, args);
    const entry = {
      batch: message.data.batch,
      events: message.data.events?.length ?? 0,
      outcome: '',
    };
    g.selfkindTestSends.push(entry);
    if (!announced.has(entry.batch)) {
      announced.add(entry.batch);
      (g[binding] as (payload: string) => void)(entry.batch);
    }
    const settle = (error?: { message?: string }) => {
      entry.outcome = error ? String(error.message) : 'ok';
    };
    const last = args.at(-1);
    if (typeof last === 'function') {
      return original.apply(this, [
        ...args.slice(0, -1),
        (answer: unknown) => {
          settle(chrome.runtime.lastError);
          (last as (answer: unknown) => void)(answer);
        },
      ]);
    }
    const answer = original.apply(this, args) as Promise<unknown>;
    answer.then(
      () => settle(),
      (error: Error) => settle(error),
    );
    return answer;
  };
}

/**
 * Installs the probe in `page` (call before it loads the fixture). `onFirstSend` runs, in the test, as each batch
 * is first sent: the message is then on its way to the worker.
 */
export async function probeStatsChannel(
  page: Page,
  onFirstSend: (batch: string) => void,
): Promise<{ ready(): Promise<StatsChannelProbe> }> {
  const cdp: CDPSession = await page.context().newCDPSession(page);
  let selfkindWorld: (id: number) => void;
  const worldStarted = new Promise<number>((started) => (selfkindWorld = started));
  cdp.on('Runtime.executionContextCreated', ({ context }) => {
    if (context.name === WORLD) selfkindWorld(context.id);
  });
  cdp.on('Runtime.bindingCalled', ({ name, payload }) => {
    if (name === BINDING) onFirstSend(payload);
  });
  await cdp.send('Runtime.enable');
  await cdp.send('Runtime.addBinding', { name: BINDING, executionContextName: WORLD });

  const evaluateIn = async <T>(contextId: number, expression: string): Promise<T> => {
    const { result, exceptionDetails } = await cdp.send('Runtime.evaluate', {
      contextId,
      expression,
      returnByValue: true,
    });
    if (exceptionDetails) throw new Error(exceptionDetails.text);
    return result.value as T;
  };

  return {
    /** After the fixture loaded (one frame, one load): waits for Selfkind's world and wraps its sendMessage. */
    async ready() {
      const world = await worldStarted;
      await evaluateIn(world, `(${wrapSendMessage.toString()})(${JSON.stringify(BINDING)})`);
      return { sends: () => evaluateIn<BatchSend[]>(world, 'globalThis.selfkindTestSends') };
    },
  };
}
