/** Everything the background does, registered synchronously (an MV3 worker must) and tied to one signal. */
import { browser, type Browser } from 'wxt/browser';
import { backgroundMessenger } from '../messaging/background-messenger';
import { getSettings, watchSettings } from '../storage/settings';
import { ensureAlarms, followSettings, registerAlarms } from './alarms';
import { createCheckMenu, registerCheckSelection } from './check-selection';
import { HandoffStore } from './handoff';
import { listen } from './listen';
import { registerMessageHandlers } from './message-handlers';
import { openExtensionPage } from './open-page';
import { registerSummaryNotification } from './summary-notification';
import { watchOpenTabs } from './watch-open-tabs';

export const WELCOME_PAGE = '/welcome.html';

export interface BackgroundOptions {
  signal?: AbortSignal;
  messenger?: typeof backgroundMessenger;
}

async function onInstalled(details: Browser.runtime.InstalledDetails): Promise<void> {
  await browser.contextMenus.removeAll();
  createCheckMenu();
  if (details.reason === 'install')
    await Promise.all([openExtensionPage(WELCOME_PAGE), watchOpenTabs()]);
  // After an update the old scripts in open pages are cut off from the extension; each new injection gets a
  // fresh isolated world, and the old script steps aside when it notices (watch.ts).
  else if (details.reason === 'update') await watchOpenTabs();
}

function logError(error: unknown): void {
  console.error('[selfkind] background', error);
}

export function startBackground({
  signal = new AbortController().signal,
  messenger = backgroundMessenger,
}: BackgroundOptions = {}): { handoffs: HandoffStore } {
  const handoffs = new HandoffStore();
  signal.addEventListener('abort', () => handoffs.clear(), { once: true });

  registerMessageHandlers(messenger, handoffs, signal);
  registerAlarms(signal);
  registerSummaryNotification(signal);
  registerCheckSelection(handoffs, signal);
  listen(
    browser.runtime.onInstalled,
    (details: Browser.runtime.InstalledDetails) => onInstalled(details).catch(logError),
    signal,
  );

  // Alarms may be lost across restarts; a changed summary day or time moves the alarm.
  const onSettings = followSettings();
  const unwatch = watchSettings((settings) => void onSettings(settings).catch(logError));
  signal.addEventListener('abort', unwatch, { once: true });
  void getSettings()
    .then(async (settings) => {
      await ensureAlarms(settings);
      await onSettings(settings);
    })
    .catch(logError);

  return { handoffs };
}
