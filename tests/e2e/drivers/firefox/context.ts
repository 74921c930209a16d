/**
 * Playwright's BrowserContext and the extension's background "worker", for the parts the suite uses,
 * over one puppeteer-core Firefox. Extension APIs are reached from a hidden extension tab of the
 * driver's own (Firefox's MV2 background page is not a BiDi context), with `chrome` bound to the
 * promise-based `browser` namespace, as Chrome's service worker has it.
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page as PuppeteerPage, Target } from 'puppeteer-core';
import { FirefoxPage } from './page';
import { FIREFOX_EXTENSION_UUID } from './urls';

/** The parts of BiDi answers read here (getTree and script.evaluate). */
interface BidiResult {
  contexts: Array<{ context: string }>;
  type: string;
  result: { value: unknown };
}

interface BidiConnection {
  send(method: string, params: object): Promise<{ result: BidiResult }>;
}

/**
 * `chrome` as the suite's callbacks expect it: Firefox's promise-based `browser`, except that
 * `tabs.query({ url })` with a port in the pattern finds nothing in Firefox, so there it filters all tabs.
 */
const CHROME_LIKE = `(() => {
  const tabs = new Proxy(browser.tabs, { get: (api, key) => key !== 'query' ? api[key] : async (query = {}) => {
    if (typeof query.url !== 'string' || !/:\\d+\\//.test(query.url)) return api.query(query);
    const { url, ...rest } = query;
    const pattern = new RegExp('^' + url.split('*').map((s) => s.replace(/[.?+^$()|[\\]{}\\\\]/g, '\\\\$&')).join('.*') + '$');
    return (await api.query(rest)).filter((tab) => pattern.test(tab.url ?? ''));
  } });
  return new Proxy(browser, { get: (api, key) => (key === 'tabs' ? tabs : api[key]) });
})()`;

type PagePredicate = (page: FirefoxPage) => boolean | Promise<boolean>;

export class FirefoxContext {
  frontPage: FirefoxPage | undefined;
  readonly requestListeners: Array<(request: { url(): string }) => void> = [];
  private pages_: FirefoxPage[] = [];
  private byRaw = new Map<PuppeteerPage, FirefoxPage>();
  private hidden = new Set<PuppeteerPage>();
  private pageWaiters: Array<(page: FirefoxPage) => void> = [];
  private refresher: ReturnType<typeof setInterval>;
  private tabCounter = 0;
  private mediaResetOnClose = new Set<FirefoxPage>();
  /** The driver's own extension page, where extension APIs are called. */
  driverTab: PuppeteerPage | undefined;

  constructor(
    readonly browser: Browser,
    /** A local page that lets the driver tell one tab from another. */
    private readonly markerUrl: (token: string) => string,
  ) {
    browser.on('targetcreated', (target: Target) => void this.adopt(target));
    // Firefox's BiDi does not report every navigation of a tab the extension opened: re-read addresses.
    this.refresher = setInterval(() => {
      for (const page of this.pages_) void page.refreshHref().catch(() => undefined);
    }, 100);
  }

  async adoptExisting(): Promise<void> {
    for (const raw of await this.browser.pages()) this.wrap(raw);
  }

  private async adopt(target: Target): Promise<void> {
    if (target.type() !== 'page') return;
    const raw = await target.page();
    if (raw) this.wrap(raw);
  }

  private wrap(raw: PuppeteerPage): FirefoxPage | undefined {
    if (this.hidden.has(raw)) return undefined;
    const existing = this.byRaw.get(raw);
    if (existing) return existing;
    const page = new FirefoxPage(this, raw);
    this.byRaw.set(raw, page);
    this.pages_.push(page);
    raw.on('request', (request) => {
      for (const listener of this.requestListeners) listener(request);
    });
    raw.on('close', () => {
      this.pages_ = this.pages_.filter((p) => p !== page);
      if (this.frontPage === page) this.frontPage = undefined;
    });
    void page.refreshHref().catch(() => undefined);
    for (const waiter of this.pageWaiters) waiter(page);
    return page;
  }

  pages(): FirefoxPage[] {
    return this.pages_.filter((page) => !page.closed);
  }

  async newPage(): Promise<FirefoxPage> {
    const raw = await this.browser.newPage();
    const page = this.wrap(raw) ?? this.byRaw.get(raw)!;
    await page.bringToFront();
    // Known while the tab is still blank: later, two tabs at one address could not be told apart.
    if (this.driverTab) await this.tabIdOf(page);
    return page;
  }

  /** Opens the driver's extension tab (kept out of `pages()`). */
  async openDriverTab(): Promise<void> {
    const raw = await this.browser.newPage();
    this.hidden.add(raw);
    this.pages_ = this.pages_.filter((page) => page.raw !== raw);
    this.byRaw.delete(raw);
    const url = `moz-extension://${FIREFOX_EXTENSION_UUID}/check.html`;
    void raw.goto(url).catch(() => undefined);
    const deadline = Date.now() + 20_000;
    while (
      !(await raw
        .evaluate(() => typeof browser !== 'undefined' && !!browser.tabs)
        .catch(() => false))
    ) {
      if (Date.now() > deadline) throw new Error('the driver could not open an extension page');
      await new Promise((next) => setTimeout(next, 50));
    }
    this.driverTab = raw;
    // Opening it brought it to the front: the page the test uses goes back in front at its next input.
    this.frontPage = undefined;
  }

  /** After the add-on reloads, its pages are gone: the driver opens its own again. */
  async reopenDriverTab(): Promise<void> {
    await this.driverTab?.close().catch(() => undefined);
    this.driverTab = undefined;
    await this.openDriverTab();
  }

  /** Runs `fn(arg)` in the extension's page context, with `chrome` as the promise-based API. */
  async extensionEvaluate<R>(fn: string | ((arg: never) => R), arg?: unknown): Promise<R> {
    if (!this.driverTab) await this.openDriverTab();
    const call =
      typeof fn === 'string'
        ? fn
        : `(${fn.toString()})(${arg === undefined ? '' : JSON.stringify(arg)})`;
    const source = `(async () => { const chrome = ${CHROME_LIKE}; return JSON.stringify((await ${call}) ?? null); })()`;
    const json = await this.driverTab!.evaluate(source);
    return JSON.parse(json as string) as R;
  }

  /** The browser's tab id of a page: the driver marks the tab with a local address once. */
  async tabIdOf(page: FirefoxPage): Promise<number> {
    if (page.tabId !== undefined) return page.tabId;
    const href = await page.refreshHref();
    let marker: string | null = null;
    if (href === 'about:blank') {
      marker = this.markerUrl(`tab-${++this.tabCounter}-${Date.now()}`);
      await page.raw.goto(marker);
    }
    const wanted = marker ?? href;
    const id = await this.extensionEvaluate(
      (wanted: string) =>
        browser.tabs
          .query({})
          .then((tabs) => tabs.filter((tab) => tab.url === wanted).map((tab) => tab.id)),
      wanted,
    );
    const ids = id as unknown as number[];
    if (ids.length !== 1)
      throw new Error(`cannot tell this tab from the others (${ids.length} tabs at ${wanted})`);
    page.tabId = ids[0]!;
    if (marker) await page.raw.goto('about:blank');
    return page.tabId!;
  }

  waitForEvent(
    event: string,
    options?: PagePredicate | { predicate?: PagePredicate; timeout?: number },
  ): Promise<FirefoxPage> {
    if (event !== 'page')
      return Promise.reject(new Error(`The Firefox driver cannot wait for "${event}"`));
    const predicate = typeof options === 'function' ? options : options?.predicate;
    const timeout = (typeof options === 'object' ? options.timeout : undefined) ?? 30_000;
    return new Promise((found, fail) => {
      const timer = setTimeout(() => fail(new Error('no new page opened')), timeout);
      const waiter = (page: FirefoxPage) => {
        // Playwright reports a page once it has its first address: wait for it, then ask the predicate.
        void (async () => {
          const deadline = Date.now() + timeout;
          while (Date.now() < deadline && !page.closed) {
            const href = await page.refreshHref().catch(() => 'about:blank');
            if (href !== 'about:blank') break;
            await new Promise((next) => setTimeout(next, 50));
          }
          if (this.hidden.has(page.raw)) return;
          if (predicate && !(await predicate(page))) return;
          this.pageWaiters = this.pageWaiters.filter((w) => w !== waiter);
          clearTimeout(timer);
          found(page);
        })();
      };
      this.pageWaiters.push(waiter);
    });
  }

  on(event: string, listener: (request: { url(): string }) => void): this {
    if (event !== 'request')
      throw new Error(`The Firefox driver does not report "${event}" events`);
    this.requestListeners.push(listener);
    return this;
  }

  /** Runs privileged script in Firefox's own browser window (needs --remote-allow-system-access). */
  async chromeEvaluate(expression: string): Promise<unknown> {
    const connection = (this.browser as unknown as { connection: BidiConnection }).connection;
    const tree = await connection.send('browsingContext.getTree', { 'moz:scope': 'chrome' });
    const window = tree.result.contexts[0]!.context;
    const { result } = await connection.send('script.evaluate', {
      expression,
      target: { context: window },
      awaitPromise: true,
    });
    if (result.type !== 'success')
      throw new Error(`chrome script failed: ${JSON.stringify(result)}`);
    return result.result.value;
  }

  /**
   * Firefox's BiDi has no per-page media emulation: the preferences behind prefers-reduced-motion and
   * prefers-color-scheme are set for the whole browser, and put back when the page that set them closes.
   */
  async emulateMedia(
    page: FirefoxPage,
    options: {
      reducedMotion?: 'reduce' | 'no-preference' | null;
      colorScheme?: 'dark' | 'light' | null;
      media?: 'screen' | 'print' | null;
    },
  ): Promise<void> {
    const motion =
      options.reducedMotion === undefined ? undefined : options.reducedMotion === 'reduce' ? 1 : 0;
    const scheme =
      options.colorScheme === undefined ? undefined : options.colorScheme === 'dark' ? 0 : 1;
    const lines: string[] = [];
    if (motion !== undefined)
      lines.push(`Services.prefs.setIntPref('ui.prefersReducedMotion', ${motion});`);
    if (scheme !== undefined)
      lines.push(
        `Services.prefs.setIntPref('layout.css.prefers-color-scheme.content-override', ${scheme});`,
      );
    if (options.media !== undefined) {
      // The print simulation of Firefox's devtools, on every tab of the window.
      const medium = options.media === 'print' ? "'print'" : 'null';
      lines.push(
        `for (const b of gBrowser.browsers) b.browsingContext.mediumOverride = ${medium};`,
      );
    }
    await this.chromeEvaluate(lines.join('\n') + ' true');
    if (!this.mediaResetOnClose.has(page)) {
      this.mediaResetOnClose.add(page);
      page.raw.once('close', () => {
        this.mediaResetOnClose.delete(page);
        void this.chromeEvaluate(
          `Services.prefs.clearUserPref('ui.prefersReducedMotion'); Services.prefs.clearUserPref('layout.css.prefers-color-scheme.content-override'); for (const b of gBrowser.browsers) b.browsingContext.mediumOverride = null; true`,
        ).catch(() => undefined);
      });
    }
  }

  /** Firefox saves downloads silently into this folder (see launch.ts); a new complete file is a download. */
  downloadDir: string | undefined;

  async nextDownload(
    timeout = 15_000,
  ): Promise<{ path(): Promise<string>; suggestedFilename(): string }> {
    const dir = this.downloadDir;
    if (!dir) throw new Error('downloads are not set up');
    const before = new Set(readdirSync(dir));
    const deadline = Date.now() + timeout;
    for (;;) {
      const name = readdirSync(dir).find((file) => !before.has(file) && !file.endsWith('.part'));
      // The finished file appears once its .part twin is gone.
      if (name && !existsSync(join(dir, name + '.part')) && statSync(join(dir, name)).size > 0) {
        const path = join(dir, name);
        return { path: async () => path, suggestedFilename: () => name };
      }
      if (Date.now() > deadline) throw new Error('no download finished');
      await new Promise((next) => setTimeout(next, 50));
    }
  }

  serviceWorkers(): never[] {
    return [];
  }

  /** No CDP in Firefox: the DOM calls the suite makes are answered from the extension's world (ui.ts). */
  async newCDPSession(page: FirefoxPage) {
    const { firefoxUi } = await import('./ui');
    return (await firefoxUi(page)).cdp;
  }

  async close(): Promise<void> {
    clearInterval(this.refresher);
    await this.browser.close();
  }
}
