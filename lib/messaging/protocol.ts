/**
 * Messages, named by receiving side. Every receiver validates what it gets (see lib/messaging/validate.ts)
 * and ignores what does not fit. No message ever carries typed text to storage.
 */
import type { Settings, StatEvent } from '../storage/schema';

/** What a content script needs to decide whether, and how, to run in its frame. */
export interface ContentConfig {
  /** False when off globally, on this site, snoozed, or in quiet hours. */
  active: boolean;
  settings: Settings;
  /** Resolved ISO country for crisis resources. */
  country: string;
  /** Epoch ms when `active` may change by itself (a snooze ends, quiet hours start or end); ask again then. null: not by time. */
  recheckAt?: number | null;
}

/** The most count events one recordStats message may carry; the background ignores a longer one. */
export const MAX_EVENTS_PER_MESSAGE = 200;

/** Sent to the background (from content scripts and extension pages). */
export interface BackgroundProtocol {
  getContentConfig(data: { host: string }): ContentConfig;
  /** `batch`: an id per message; the content script resends a batch that got no answer, and it counts once. */
  recordStats(data: { events: StatEvent[]; batch?: string }): void;
  setSiteEnabled(data: { host: string; enabled: boolean }): void;
  snooze(data: { until: number | null }): void;
  /** Load the analysis engine into the sender's frame (isolated world; never web-accessible). */
  loadEngine(): boolean;
  /** Open the practice page; `sentence` is kept in memory only until the page takes it. */
  openPractice(data: {
    exercise: 'break' | 'drills' | 'letter' | 'patterns';
    sentence?: string;
  }): void;
  /** An extension page takes the text handed to it in memory (context menu check, practice from a nudge). */
  takeHandoff(data: { token: string }): { text: string } | null;
}

/** A nudge as the popup shows it: text lives only in the tab's memory. */
export interface RecentNudge {
  category: string;
  text: string;
  explanation: string;
  at: number;
}

/** Sent to a tab's content script (from the popup). */
export interface ContentProtocol {
  getRecentNudges(): RecentNudge[];
}
