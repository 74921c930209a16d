/**
 * Starts Debian's firefox-esr with puppeteer-core over WebDriver BiDi and installs the built extension
 * (the recipe and its pitfalls: ../shared/docs/TOOLCHAIN.md). Firefox is told to send any request that
 * would leave the machine through a local recording proxy, which refuses it: so requests from every
 * context, the extension's background page included, are seen.
 */
import puppeteer, { type Browser } from 'puppeteer-core';
import { createServer, type Server } from 'node:http';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Socket } from 'node:net';
import { FirefoxContext } from './context';
import { registerQueryHandler } from './query-handler';
import { FIREFOX_EXTENSION_UUID, GECKO_ID } from './urls';

export const FIREFOX_EXTENSION_DIR = resolve(
  process.env.SELFKIND_OUT_DIR ?? '.output',
  'firefox-mv2',
);

/**
 * Hosts Firefox itself may call on its own (update checks, remote settings): not the extension's doing.
 * Puppeteer's profile points most of these at nothing; any that remain are reported, not counted.
 */
const BROWSER_OWN_HOSTS = /(^|\.)(mozilla\.(com|net|org)|firefox\.com|mozaws\.net|dummy\.test)$/;

export interface Outside {
  /** Every address Firefox tried to reach outside the machine, through the proxy. */
  attempts: string[];
  close(): Promise<void>;
  port: number;
  markerUrl(token: string): string;
}

async function startProxy(): Promise<Outside> {
  const attempts: string[] = [];
  const sockets = new Set<Socket>();
  const server: Server = createServer((req, res) => {
    if (req.url?.startsWith('/')) {
      // A marker page, asked for directly (127.0.0.1 is never proxied).
      res.writeHead(200, { 'content-type': 'text/html' }).end('<!doctype html><title>tab</title>');
      return;
    }
    attempts.push(req.url ?? '');
    res.writeHead(502).end();
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  server.on('connect', (req, socket) => {
    attempts.push(`https://${req.url ?? ''}/`);
    socket.end('HTTP/1.1 502 Bad Gateway\r\n\r\n');
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('the proxy has no port');
  return {
    attempts,
    port: address.port,
    markerUrl: (token) => `http://127.0.0.1:${address.port}/${token}`,
    close: () =>
      new Promise((done) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => done());
      }),
  };
}

export interface LaunchFirefoxOptions {
  locale?: string;
  viewport?: { width: number; height: number };
  /** Install the extension (default true). */
  install?: boolean;
  /** Keep this profile folder (to start Firefox again on it); a fresh temporary one otherwise. */
  profileDir?: string;
  /** Every window is a private window (Firefox's "never remember history"). */
  privateBrowsing?: boolean;
  /**
   * Install this .xpi as a user's add-on (in the profile, kept across restarts) instead of a temporary
   * one; `firstRun` says whether this start installs it (and so opens the welcome page).
   */
  sideload?: { xpi: string; firstRun: boolean };
  /** Extra Firefox preferences. */
  prefs?: Record<string, unknown>;
}

export interface FirefoxSession {
  browser: Browser;
  context: FirefoxContext;
  outside: Outside;
  /** Installs the built extension (a temporary add-on, as `web-ext run` does); resolves with its id. */
  install(): Promise<string>;
  close(): Promise<void>;
}

export async function launchFirefox(options: LaunchFirefoxOptions = {}): Promise<FirefoxSession> {
  registerQueryHandler();
  const outside = await startProxy();
  const profileDir = options.profileDir ?? mkdtempSync(join(tmpdir(), 'selfkind-firefox-'));
  if (options.sideload) {
    mkdirSync(join(profileDir, 'extensions'), { recursive: true });
    copyFileSync(options.sideload.xpi, join(profileDir, 'extensions', `${GECKO_ID}.xpi`));
  }
  const downloadDir = join(profileDir, 'downloads');
  mkdirSync(downloadDir, { recursive: true });
  const viewport = options.viewport ?? { width: 1100, height: 800 };
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr',
    headless: true,
    userDataDir: profileDir,
    defaultViewport: viewport,
    // Extension pages can be opened over BiDi only with this flag.
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: FIREFOX_EXTENSION_UUID }),
      'intl.locale.requested': options.locale ?? 'en-US',
      'intl.accept_languages': options.locale ?? 'en-US',
      'network.proxy.type': 1,
      'network.proxy.http': '127.0.0.1',
      'network.proxy.http_port': outside.port,
      'network.proxy.ssl': '127.0.0.1',
      'network.proxy.ssl_port': outside.port,
      'network.proxy.no_proxies_on': '',
      'network.proxy.allow_hijacking_localhost': false,
      // Downloads are saved without asking, where the driver looks for them.
      'browser.download.folderList': 2,
      'browser.download.dir': downloadDir,
      'browser.download.useDownloadDir': true,
      'browser.download.always_ask_before_handling_new_types': false,
      'browser.download.alwaysOpenPanel': false,
      // An unsigned add-on in the profile (Firefox ESR allows it) is installed at start-up, enabled.
      ...(options.sideload
        ? {
            'xpinstall.signatures.required': false,
            'extensions.autoDisableScopes': 0,
            'extensions.enabledScopes': 15,
          }
        : {}),
      'browser.privatebrowsing.autostart': options.privateBrowsing ?? false,
      ...options.prefs,
    },
  });
  const context = new FirefoxContext(browser, outside.markerUrl);
  context.downloadDir = downloadDir;
  await context.adoptExisting();
  const session: FirefoxSession = {
    browser,
    context,
    outside,
    async install() {
      const update = context.driverTab !== undefined;
      await browser.installExtension(FIREFOX_EXTENSION_DIR);
      // An update closes the extension's pages, the driver's own among them.
      if (update) await context.reopenDriverTab();
      else {
        await welcomeOpened(context);
        await context.openDriverTab();
      }
      return FIREFOX_EXTENSION_UUID;
    },
    async close() {
      await context.close().catch(() => undefined);
      await outside.close();
      if (!options.profileDir)
        rmSync(profileDir, { recursive: true, force: true, maxRetries: 5, retryDelay: 200 });
    },
  };
  if (options.sideload) {
    if (options.sideload.firstRun) await welcomeOpened(context);
    await context.openDriverTab();
  } else if (options.install ?? true) await session.install();
  return session;
}

/** The first install opens the welcome page, which takes focus a moment later: wait for it. */
export async function welcomeOpened(context: FirefoxContext): Promise<void> {
  const welcome = `moz-extension://${FIREFOX_EXTENSION_UUID}/welcome.html`;
  const deadline = Date.now() + 20_000;
  while (!context.pages().some((page) => page.href === welcome)) {
    if (Date.now() > deadline) throw new Error(`${welcome} did not open`);
    await new Promise((next) => setTimeout(next, 50));
  }
}

export const isBrowserOwnRequest = (url: string): boolean => {
  try {
    return BROWSER_OWN_HOSTS.test(new URL(url).hostname);
  } catch {
    return false;
  }
};
