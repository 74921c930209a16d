import { browser } from 'wxt/browser';

/** `notifications` is an optional permission (wxt.config.ts): asked for only when the user wants the notification. */
const NOTIFICATIONS = { permissions: ['notifications' as const] };

/**
 * Asks the browser for `notifications`; resolves to whether it is held. Call it straight from the user's click,
 * with no `await` before it: browsers show the prompt only for a user's gesture (Firefox refuses outright
 * otherwise). Already granted: yes, with no prompt. Refused, or failed: no.
 */
export function requestNotificationsPermission(): Promise<boolean> {
  return noOnFailure(() => browser.permissions.request(NOTIFICATIONS));
}

/** Whether the permission is held now (the user may have taken it back in the browser's settings). */
export function holdsNotificationsPermission(): Promise<boolean> {
  return noOnFailure(() => browser.permissions.contains(NOTIFICATIONS));
}

/** A permissions call that throws or rejects (no permissions API, a refused prompt) answers no. */
function noOnFailure(call: () => Promise<boolean>): Promise<boolean> {
  try {
    return call().catch(() => false);
  } catch {
    return Promise.resolve(false);
  }
}
