/** The opt-in "your weekly look back is ready" notification; a click opens the summary page. */
import { browser } from 'wxt/browser';
import { t } from '../i18n';
import { listen } from './listen';
import { extensionPageUrl, openExtensionPage } from './open-page';

export const SUMMARY_NOTIFICATION_ID = 'selfkind-weekly-summary';
export const SUMMARY_PAGE = '/summary.html';
export const NOTIFICATION_ICON = '/icon/128.png';

export async function showSummaryNotification(): Promise<void> {
  await browser.notifications.create(SUMMARY_NOTIFICATION_ID, {
    type: 'basic',
    iconUrl: extensionPageUrl(NOTIFICATION_ICON),
    title: t('background_summary_notification_title'),
    message: t('background_summary_notification_body'),
  });
}

export function registerSummaryNotification(signal: AbortSignal): void {
  listen(
    browser.notifications.onClicked,
    (id: string) => {
      if (id !== SUMMARY_NOTIFICATION_ID) return;
      void browser.notifications.clear(id);
      void openExtensionPage(SUMMARY_PAGE);
    },
    signal,
  );
}
