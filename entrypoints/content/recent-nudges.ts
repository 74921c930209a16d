/**
 * The last few nudges of this tab, in memory only, for the popup (`ContentProtocol.getRecentNudges`).
 * Answers on the wire format of @webext-core/messaging. Frames with nothing to tell stay silent, so
 * the frame that has nudges answers (the top frame always answers).
 */
import { browser } from 'wxt/browser';
import type { RecentNudge } from '@/lib/messaging/protocol';

const KEEP = 5;

export function createRecentNudges(signal: AbortSignal) {
  let nudges: RecentNudge[] = [];
  const listener = (message: unknown): Promise<{ res: RecentNudge[] }> | undefined => {
    if (typeof message !== 'object' || message === null) return undefined;
    if ((message as { type?: unknown }).type !== 'getRecentNudges') return undefined;
    if (nudges.length === 0 && window !== window.top) return undefined;
    return Promise.resolve({ res: nudges.slice() });
  };
  browser.runtime.onMessage.addListener(listener);
  signal.addEventListener('abort', () => browser.runtime.onMessage.removeListener(listener));
  return {
    add(nudge: RecentNudge) {
      nudges = [nudge, ...nudges.filter((n) => n.text !== nudge.text)].slice(0, KEEP);
    },
    list: () => nudges.slice(),
  };
}
