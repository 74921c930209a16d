/** Playwright's Page and Frame, for the parts the suite uses, over puppeteer-core's WebDriver BiDi page. */
import type { Frame as PuppeteerFrame, Page as PuppeteerPage } from 'puppeteer-core';
import { pressCombo, toPuppeteerKey } from './keys';
import { FirefoxLocator, type RoleOptions } from './locator';
import { toFirefoxUrl, toSuiteUrl } from './urls';
import type { FirefoxContext } from './context';

type Evaluated = string | ((arg: never) => unknown);

/** The suite's screenshots of Chromium keep their names; Firefox's get a "-firefox" suffix beside them. */
export function firefoxScreenshotPath(path: string | undefined): `${string}.png` | undefined {
  return path?.replace(/(\.png)?$/, '-firefox.png') as `${string}.png` | undefined;
}

export class FirefoxFrame {
  constructor(
    readonly page: FirefoxPage,
    readonly raw: PuppeteerFrame,
  ) {}
  private root(): FirefoxLocator {
    return new FirefoxLocator(this.page, () => this.raw, []);
  }
  url(): string {
    return toSuiteUrl(this.raw.url());
  }
  name(): string {
    return this.raw.name();
  }
  parentFrame(): FirefoxFrame | null {
    const parent = this.raw.parentFrame();
    return parent ? this.page.frameFor(parent) : null;
  }
  frameElement() {
    return this.raw.frameElement();
  }
  evaluate(fn: Evaluated, arg?: unknown): Promise<never> {
    // In an extension page, the suite's `chrome` is the promise-based API: Firefox's `browser`.
    const url = this.raw === this.page.raw.mainFrame() ? this.page.href : this.raw.url();
    if (typeof fn === 'function' && url.startsWith('moz-extension:'))
      return this.raw.evaluate(
        `((chrome) => (${fn.toString()})(${arg === undefined ? '' : JSON.stringify(arg)}))(globalThis.browser)`,
      ) as Promise<never>;
    return (
      typeof fn === 'string' ? this.raw.evaluate(fn) : this.raw.evaluate(fn as never, arg as never)
    ) as Promise<never>;
  }
  locator(selector: string): FirefoxLocator {
    return this.root().locator(selector);
  }
  evaluateHandle(fn: Evaluated, arg?: unknown) {
    return typeof fn === 'string'
      ? this.raw.evaluateHandle(fn)
      : this.raw.evaluateHandle(fn as never, arg as never);
  }
  getByRole(role: string, options?: RoleOptions): FirefoxLocator {
    return this.root().getByRole(role, options);
  }
  getByText(text: string | RegExp, options?: { exact?: boolean }): FirefoxLocator {
    return this.root().getByText(text, options);
  }
  getByLabel(text: string | RegExp, options?: { exact?: boolean }): FirefoxLocator {
    return this.root().getByLabel(text, options);
  }
  getByTestId(id: string): FirefoxLocator {
    return this.root().getByTestId(id);
  }
  click(selector: string): Promise<void> {
    return this.locator(selector).click();
  }
  fill(selector: string, value: string): Promise<void> {
    return this.locator(selector).fill(value);
  }
  inputValue(selector: string): Promise<string> {
    return this.locator(selector).inputValue();
  }
}

async function poll(what: string, timeout: number, probe: () => Promise<boolean>): Promise<void> {
  const deadline = Date.now() + timeout;
  while (!(await probe().catch(() => false))) {
    if (Date.now() > deadline) throw new Error(`Timed out after ${timeout} ms: ${what}`);
    await new Promise((next) => setTimeout(next, 50));
  }
}

export class FirefoxPage {
  /** The address as the page itself reports it (puppeteer's can lag behind for extension tabs). */
  href = 'about:blank';
  closed = false;
  /** The browser's tab id, once the driver has looked it up (for scripting in the extension's world). */
  tabId: number | undefined;
  private frames_ = new WeakMap<PuppeteerFrame, FirefoxFrame>();
  private listeners = new Map<string, Array<(value: unknown) => void>>();

  constructor(
    readonly ctx: FirefoxContext,
    readonly raw: PuppeteerPage,
  ) {
    raw.on('close', () => {
      this.closed = true;
      this.emit('close', this);
    });
  }

  frameFor(raw: PuppeteerFrame): FirefoxFrame {
    let frame = this.frames_.get(raw);
    if (!frame) this.frames_.set(raw, (frame = new FirefoxFrame(this, raw)));
    return frame;
  }

  /** Keyboard and pointer input reach only the tab in front (Firefox focuses one tab at a time). */
  async front(): Promise<void> {
    if (this.ctx.frontPage === this) return;
    await this.raw.bringToFront();
    this.ctx.frontPage = this;
  }

  async refreshHref(): Promise<string> {
    if (!this.closed) this.href = await this.raw.evaluate(() => location.href);
    return this.href;
  }

  url(): string {
    return toSuiteUrl(this.href);
  }
  context(): FirefoxContext {
    return this.ctx;
  }
  isClosed(): boolean {
    return this.closed;
  }
  mainFrame(): FirefoxFrame {
    return this.frameFor(this.raw.mainFrame());
  }
  frames(): FirefoxFrame[] {
    return this.raw.frames().map((frame) => this.frameFor(frame));
  }

  async goto(address: string, options: { timeout?: number } = {}): Promise<null> {
    const url = toFirefoxUrl(address);
    const timeout = options.timeout ?? 30_000;
    if (url.startsWith('moz-extension:')) {
      // BiDi reports no load event for extension pages: navigate, then wait for the page itself.
      void this.raw.goto(url, { timeout }).catch(() => undefined);
      const path = new URL(url).pathname;
      await poll(`navigation to ${url}`, timeout, async () =>
        this.raw.evaluate(
          (path) => location.pathname === path && document.readyState === 'complete',
          path,
        ),
      );
    } else {
      await this.raw.goto(url, { timeout, waitUntil: 'load' });
    }
    await this.refreshHref();
    return null;
  }
  async reload(): Promise<null> {
    await this.raw.reload({ waitUntil: 'load' });
    await this.refreshHref();
    return null;
  }
  async waitForURL(
    match: string | RegExp | ((url: URL) => boolean),
    options: { timeout?: number } = {},
  ) {
    await poll(`URL ${String(match)}`, options.timeout ?? 15_000, async () => {
      const url = toSuiteUrl(await this.refreshHref());
      return typeof match === 'string'
        ? url === match
        : match instanceof RegExp
          ? match.test(url)
          : match(new URL(url));
    });
  }
  async waitForLoadState(): Promise<void> {
    await poll('load', 30_000, () => this.raw.evaluate(() => document.readyState === 'complete'));
  }
  async waitForFunction(fn: Evaluated, arg?: unknown, options: { timeout?: number } = {}) {
    return this.raw.waitForFunction(
      fn as never,
      { timeout: options.timeout ?? 15_000, polling: 50 },
      arg as never,
    );
  }
  evaluate(fn: Evaluated, arg?: unknown): Promise<never> {
    return this.mainFrame().evaluate(fn, arg);
  }
  async addInitScript(fn: Evaluated, arg?: unknown): Promise<void> {
    if (typeof fn === 'string') await this.raw.evaluateOnNewDocument(fn);
    else await this.raw.evaluateOnNewDocument(fn as never, arg as never);
  }
  async addScriptTag(options: { content?: string; url?: string; path?: string }) {
    return this.raw.addScriptTag(options);
  }
  async addStyleTag(options: { content?: string; url?: string; path?: string }) {
    return this.raw.addStyleTag(options);
  }
  async close(): Promise<void> {
    if (!this.closed) await this.raw.close().catch(() => undefined);
    this.closed = true;
  }
  async bringToFront(): Promise<void> {
    this.ctx.frontPage = undefined;
    await this.front();
  }
  async title(): Promise<string> {
    return this.raw.title();
  }
  async content(): Promise<string> {
    return this.raw.content();
  }

  locator(selector: string): FirefoxLocator {
    return this.mainFrame().locator(selector);
  }
  getByRole(role: string, options?: RoleOptions): FirefoxLocator {
    return this.mainFrame().getByRole(role, options);
  }
  getByText(text: string | RegExp, options?: { exact?: boolean }): FirefoxLocator {
    return this.mainFrame().getByText(text, options);
  }
  getByLabel(text: string | RegExp, options?: { exact?: boolean }): FirefoxLocator {
    return this.mainFrame().getByLabel(text, options);
  }
  getByTestId(id: string): FirefoxLocator {
    return this.mainFrame().getByTestId(id);
  }
  click(selector: string): Promise<void> {
    return this.locator(selector).click();
  }
  fill(selector: string, value: string): Promise<void> {
    return this.locator(selector).fill(value);
  }
  inputValue(selector: string): Promise<string> {
    return this.locator(selector).inputValue();
  }
  /** Playwright's frameLocator: locators inside the frame of the first element matching `selector`. */
  frameLocator(selector: string) {
    const frame = async () => {
      const [handle] = await this.locator(selector).handles();
      const content = await handle?.contentFrame();
      if (!content) throw new Error(`no frame at ${selector}`);
      return content;
    };
    const root = new FirefoxLocator(this, frame, []);
    return {
      locator: (inner: string) => root.locator(inner),
      getByRole: (role: string, options?: RoleOptions) => root.getByRole(role, options),
      getByText: (text: string | RegExp, options?: { exact?: boolean }) =>
        root.getByText(text, options),
      getByLabel: (text: string | RegExp, options?: { exact?: boolean }) =>
        root.getByLabel(text, options),
    };
  }
  async pdf(options: { path?: string } = {}): Promise<Uint8Array> {
    return this.raw.pdf(options);
  }
  focus(selector: string): Promise<void> {
    return this.locator(selector).focus();
  }

  readonly keyboard = {
    press: async (combo: string) => {
      await this.front();
      await pressCombo(this.raw.keyboard, combo);
    },
    type: async (text: string, options: { delay?: number } = {}) => {
      await this.front();
      await this.raw.keyboard.type(text, options);
    },
    insertText: async (text: string) => {
      await this.front();
      // BiDi sends one character at a time: insert the text as the browser's own insertText command does.
      await this.raw.evaluate((text) => {
        let doc = document;
        while (doc.activeElement instanceof HTMLIFrameElement && doc.activeElement.contentDocument)
          doc = doc.activeElement.contentDocument;
        doc.execCommand('insertText', false, text);
      }, text);
    },
    down: async (key: string) => {
      await this.front();
      await this.raw.keyboard.down(toPuppeteerKey(key));
    },
    up: async (key: string) => {
      await this.raw.keyboard.up(toPuppeteerKey(key));
    },
  };

  readonly mouse = {
    move: async (x: number, y: number, options: { steps?: number } = {}) => {
      await this.front();
      await this.raw.mouse.move(x, y, options);
    },
    click: async (x: number, y: number, options: { button?: 'left' | 'right' | 'middle' } = {}) => {
      await this.front();
      await this.raw.mouse.click(x, y, options);
    },
    down: async () => this.raw.mouse.down(),
    up: async () => this.raw.mouse.up(),
    wheel: async (deltaX: number, deltaY: number) => {
      await this.front();
      await this.raw.mouse.wheel({ deltaX, deltaY });
    },
  };

  async emulateMedia(options: {
    reducedMotion?: 'reduce' | 'no-preference' | null;
    colorScheme?: 'dark' | 'light' | null;
    media?: 'screen' | 'print' | null;
  }) {
    await this.ctx.emulateMedia(this, options);
  }
  async setViewportSize(size: { width: number; height: number }): Promise<void> {
    await this.raw.setViewport(size);
  }
  viewportSize(): { width: number; height: number } | null {
    return this.raw.viewport();
  }
  async screenshot(options: { path?: string; fullPage?: boolean } = {}): Promise<Uint8Array> {
    const path = firefoxScreenshotPath(options.path);
    return this.raw.screenshot({ ...options, path } as never) as unknown as Promise<Uint8Array>;
  }

  on(event: string, listener: (value: never) => void): this {
    if (event === 'console' || event === 'request') this.raw.on(event, listener as never);
    else if (event === 'close') this.addListener(event, listener as (value: unknown) => void);
    else throw new Error(`The Firefox driver does not report page "${event}" events`);
    return this;
  }
  once(event: string, listener: (value: never) => void): this {
    return this.on(event, listener);
  }
  private addListener(event: string, listener: (value: unknown) => void) {
    this.listeners.set(event, [...(this.listeners.get(event) ?? []), listener]);
  }
  private emit(event: string, value: unknown) {
    for (const listener of this.listeners.get(event) ?? []) listener(value);
  }
  waitForEvent(event: string): Promise<never> {
    if (event === 'download') return this.ctx.nextDownload() as Promise<never>;
    return Promise.reject(new Error(`The Firefox driver cannot wait for page "${event}" events`));
  }
}
