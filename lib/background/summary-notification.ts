/** The opt-in "your weekly look back is ready" notification; a click opens the summary page. */
import { browser } from 'wxt/browser';
import { t } from '../i18n';
import { listen } from './listen';
import { extensionPageUrl, openExtensionPage } from './open-page';

export const SUMMARY_NOTIFICATION_ID = 'selfkind-weekly-summary';
export const SUMMARY_PAGE = '/summary.html';
export const NOTIFICATION_ICON = '/icon/128.png';

/** `notifications` is an optional permission: the API exists only once the user granted it. */
const notificationsApi = () =>
  (browser as Partial<typeof browser>).notifications as typeof browser.notifications | undefined;

export async function showSummaryNotification(): Promise<void> {
  const notifications = notificationsApi();
  if (!notifications) return;
  await notifications.create(SUMMARY_NOTIFICATION_ID, {
    type: 'basic',
    iconUrl: extensionPageUrl(NOTIFICATION_ICON),
    title: t('background_summary_notification_title'),
    message: t('background_summary_notification_body'),
  });
}

export function registerSummaryNotification(signal: AbortSignal): void {
  const register = () => {
    const notifications = notificationsApi();
    if (!notifications || registered) return;
    registered = true;
    listen(
      notifications.onClicked,
      (id: string) => {
        if (id !== SUMMARY_NOTIFICATION_ID) return;
        void notifications.clear(id);
        void openExtensionPage(SUMMARY_PAGE);
      },
      signal,
    );
  };
  let registered = false;
  register();
  // Granted later, from the options page: the API appears then.
  if (!registered && browser.permissions?.onAdded)
    listen(browser.permissions.onAdded, register, signal);
}
