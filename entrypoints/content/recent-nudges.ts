/**
 * What the popup's "Lately on this page" lists: every finding in this frame's fields, opened or not, read
 * from memory when the popup asks (`ContentProtocol.getRecentNudges`). Answers on the wire format of
 * @webext-core/messaging. Frames with nothing to tell stay silent, so the frame that has findings answers
 * (the top frame always answers).
 */
import { browser } from 'wxt/browser';
import type { RecentNudge } from '@/lib/messaging/protocol';

const KEEP = 20;

export function createRecentNudges(signal: AbortSignal, current: () => RecentNudge[]): void {
  const listener = (message: unknown): Promise<{ res: RecentNudge[] }> | undefined => {
    if (typeof message !== 'object' || message === null) return undefined;
    if ((message as { type?: unknown }).type !== 'getRecentNudges') return undefined;
    const seen = new Set<string>();
    const nudges = current()
      .filter(
        (nudge) => !seen.has(nudge.text + nudge.category) && seen.add(nudge.text + nudge.category),
      )
      .slice(0, KEEP);
    if (nudges.length === 0 && window !== window.top) return undefined;
    return Promise.resolve({ res: nudges });
  };
  browser.runtime.onMessage.addListener(listener);
  signal.addEventListener('abort', () => browser.runtime.onMessage.removeListener(listener));
}
