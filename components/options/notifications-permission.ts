import { browser } from 'wxt/browser';

/**
 * Makes sure the `notifications` permission is held. Where the manifest lists it as optional, this
 * asks the user (it must run inside a click handler); where it is already granted, it just says yes.
 */
export async function ensureNotificationsPermission(): Promise<boolean> {
  const permission = { permissions: ['notifications' as const] };
  try {
    if (await browser.permissions.contains(permission)) return true;
    return await browser.permissions.request(permission);
  } catch {
    return false;
  }
}
