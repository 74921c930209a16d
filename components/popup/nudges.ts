import type { RecentNudge } from '../../lib/messaging/protocol';
import type { ActiveTab } from './active-tab';
import { toContent } from './messaging';

/** What the popup knows of the page's recent findings. */
export type NudgesState =
  | { status: 'loading' }
  | { status: 'unavailable' }
  | { status: 'silent' }
  | { status: 'ready'; nudges: PopupNudge[] };

/**
 * A nudge as the popup lists it. `opened` is false for a nudge whose card the person has not opened yet (the content
 * script may add the flag); absent means unknown, and is shown like an opened one.
 */
export type PopupNudge = RecentNudge & { opened?: boolean };

const MAX_NUDGES = 20;
const MAX_TEXT = 2000;

function isNudge(value: unknown): value is RecentNudge {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  return (
    typeof v.category === 'string' &&
    typeof v.text === 'string' &&
    typeof v.explanation === 'string' &&
    typeof v.at === 'number' &&
    Number.isFinite(v.at)
  );
}

/** Keeps only well-formed nudges, newest first, bounded in number and length. */
export function parseNudges(value: unknown): PopupNudge[] {
  if (!Array.isArray(value)) return [];
  return value
    .filter(isNudge)
    .map((n) => ({
      category: n.category.slice(0, 40),
      text: n.text.slice(0, MAX_TEXT),
      explanation: n.explanation.slice(0, MAX_TEXT),
      at: n.at,
      ...(typeof (n as PopupNudge).opened === 'boolean'
        ? { opened: (n as PopupNudge).opened }
        : {}),
    }))
    .sort((a, b) => b.at - a.at)
    .slice(0, MAX_NUDGES);
}

type Ask = (tabId: number) => Promise<unknown>;
const askTab: Ask = (tabId) => toContent.sendMessage('getRecentNudges', undefined, tabId);

/** Asks the tab's content script; no answer means it is not running there (yet). */
export async function loadNudges(tab: ActiveTab | null, ask: Ask = askTab): Promise<NudgesState> {
  if (!tab || !tab.scriptable) return { status: 'unavailable' };
  try {
    return { status: 'ready', nudges: parseNudges(await ask(tab.id)) };
  } catch {
    return { status: 'silent' };
  }
}
