/** The harness's ExtensionBrowser and BrowserBeforeInstall, in Firefox. */
import type { BrowserContext, Worker } from 'playwright-core';
import type { BrowserBeforeInstall, ExtensionBrowser } from '../../harness';
import { isBrowserOwnRequest, launchFirefox, type LaunchFirefoxOptions } from './launch';
import { FIREFOX_EXTENSION_UUID } from './urls';
import type { FirefoxContext } from './context';

function watchRequests(
  context: FirefoxContext,
  attempts: string[],
  isLocal: (url: string) => boolean,
) {
  const requests: string[] = [];
  context.on('request', (request) => requests.push(request.url()));
  return {
    requests,
    outsideRequests: () => [
      ...requests.filter((url) => !isLocal(url)),
      ...attempts.filter((url) => !isBrowserOwnRequest(url)),
    ],
  };
}

/** Chrome's service worker, as the suite uses it: `evaluate` runs with the extension's API as `chrome`. */
function backgroundWorker(context: FirefoxContext): Worker {
  return {
    evaluate: (fn: never, arg?: unknown) => context.extensionEvaluate(fn, arg),
    url: () => `chrome-extension://${FIREFOX_EXTENSION_UUID}/background.js`,
  } as unknown as Worker;
}

export async function firefoxWithExtension(
  options: LaunchFirefoxOptions,
  isLocal: (url: string) => boolean,
): Promise<ExtensionBrowser> {
  const session = await launchFirefox(options);
  const watched = watchRequests(session.context, session.outside.attempts, isLocal);
  return {
    context: session.context as unknown as BrowserContext,
    extensionId: FIREFOX_EXTENSION_UUID,
    worker: backgroundWorker(session.context),
    ...watched,
    close: () => session.close(),
  };
}

export async function firefoxBeforeInstall(
  isLocal: (url: string) => boolean,
): Promise<BrowserBeforeInstall> {
  const session = await launchFirefox({ install: false });
  const watched = watchRequests(session.context, session.outside.attempts, isLocal);
  return {
    context: session.context as unknown as BrowserContext,
    ...watched,
    install: () => session.install(),
    close: () => session.close(),
  };
}
