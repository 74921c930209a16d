/**
 * Loads the built extension into Debian's Chromium (or, with SELFKIND_BROWSER=firefox, Debian's
 * firefox-esr through the driver in drivers/firefox/) and serves fixture pages on 127.0.0.1.
 * Every request the browser makes is recorded so a test can prove nothing left the machine.
 */
import { chromium, type BrowserContext, type Worker } from 'playwright-core';
import { spawn } from 'node:child_process';
import { createServer, type Server } from 'node:http';
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { extname, join, resolve, sep } from 'node:path';

import { firefoxBeforeInstall, firefoxWithExtension } from './drivers/firefox/extension-browser';

/** The browser this run drives: `SELFKIND_BROWSER=firefox` for Firefox, Chromium otherwise. */
export const BROWSER: 'chromium' | 'firefox' =
  process.env.SELFKIND_BROWSER === 'firefox' ? 'firefox' : 'chromium';

/**
 * For a test that needs what only Chromium offers: `test.skipIf(chromiumOnly('why'))(...)`. The reason
 * stays in the test, and README.md (Tests in two browsers) lists them.
 */
export const chromiumOnly = (reason: string): boolean => reason !== '' && BROWSER !== 'chromium';

export const EXTENSION_DIR = resolve(process.env.SELFKIND_OUT_DIR ?? '.output', 'chrome-mv3');

const CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

export interface ExtensionBrowser {
  context: BrowserContext;
  extensionId: string;
  worker: Worker;
  /** Every URL the browser asked for, from pages, frames and the extension's own contexts. */
  requests: string[];
  /** Requests to anything other than 127.0.0.1/localhost or the extension itself. */
  outsideRequests(): string[];
  close(): Promise<void>;
}

export async function launchWithExtension(
  options: {
    locale?: string;
    viewport?: { width: number; height: number };
    /** Another unpacked extension instead of the built Selfkind (benchmark baselines). */
    extensionDir?: string;
  } = {},
): Promise<ExtensionBrowser> {
  if (BROWSER === 'firefox' && !options.extensionDir) return firefoxWithExtension(options, isLocal);
  const extensionDir = options.extensionDir ?? EXTENSION_DIR;
  const userDataDir = mkdtempSync(join(tmpdir(), 'selfkind-e2e-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    locale: options.locale ?? 'en-US',
    viewport: options.viewport ?? { width: 1100, height: 800 },
    args: [
      `--disable-extensions-except=${extensionDir}`,
      `--load-extension=${extensionDir}`,
      ...CHROMIUM_FLAGS,
    ],
  });
  const requests: string[] = [];
  context.on('request', (request) => requests.push(request.url()));
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionId = new URL(worker.url()).host;
  // Selfkind's first install opens its welcome page; tests start once it is there, so that no test
  // waiting for a new page or tab catches the welcome page instead.
  if (!options.extensionDir)
    await pageOpened(context, `chrome-extension://${extensionId}/welcome.html`);
  return {
    context,
    extensionId,
    worker,
    requests,
    outsideRequests: () => requests.filter((url) => !isLocal(url)),
    async close() {
      await context.close();
      rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}

async function pageOpened(context: BrowserContext, url: string): Promise<void> {
  const deadline = Date.now() + 20_000;
  while (!context.pages().some((page) => page.url() === url)) {
    if (Date.now() > deadline) throw new Error(`${url} did not open`);
    await new Promise((next) => setTimeout(next, 50));
  }
}

export interface BrowserBeforeInstall {
  context: BrowserContext;
  requests: string[];
  outsideRequests(): string[];
  /** Installs the built extension now, as a user would from the store; resolves with its id. */
  install(): Promise<string>;
  close(): Promise<void>;
}

/**
 * Chromium with no extension yet, so a test can open pages first and install Selfkind afterwards. Playwright
 * cannot install into a running browser, so Chromium is started here and driven over CDP, whose
 * `Extensions.loadUnpacked` needs --enable-unsafe-extension-debugging.
 */
export async function launchBeforeInstall(): Promise<BrowserBeforeInstall> {
  if (BROWSER === 'firefox') return firefoxBeforeInstall(isLocal);
  const userDataDir = mkdtempSync(join(tmpdir(), 'selfkind-e2e-'));
  const chromiumProcess = spawn(
    process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    [
      '--headless=new',
      '--remote-debugging-port=0',
      '--enable-unsafe-extension-debugging',
      `--user-data-dir=${userDataDir}`,
      '--lang=en-US',
      '--window-size=1100,800',
      ...CHROMIUM_FLAGS,
      'about:blank',
    ],
    { stdio: ['ignore', 'ignore', 'pipe'] },
  );
  const endpoint = await new Promise<string>((found, fail) => {
    let said = '';
    const timer = setTimeout(() => fail(new Error(`Chromium did not start: ${said}`)), 30_000);
    chromiumProcess.stderr!.on('data', (chunk: Buffer) => {
      said += chunk.toString();
      const match = /DevTools listening on (ws:\S+)/.exec(said);
      if (match) {
        clearTimeout(timer);
        found(match[1]!);
      }
    });
  });
  const browser = await chromium.connectOverCDP(endpoint);
  const context = browser.contexts()[0]!;
  const requests: string[] = [];
  context.on('request', (request) => requests.push(request.url()));
  return {
    context,
    requests,
    outsideRequests: () => requests.filter((url) => !isLocal(url)),
    async install() {
      const cdp = await browser.newBrowserCDPSession();
      const { id } = (await cdp.send(
        'Extensions.loadUnpacked' as never,
        {
          path: EXTENSION_DIR,
        } as never,
      )) as { id: string };
      await cdp.detach();
      return id;
    },
    async close() {
      await browser.close().catch(() => undefined);
      const exited = new Promise((done) => chromiumProcess.once('exit', done));
      if (chromiumProcess.exitCode === null) chromiumProcess.kill();
      await exited;
      // Chromium's helper processes can outlive it for a moment and still write here: a leftover temporary
      // profile is harmless, so a failed clean-up is not a failed test.
      try {
        rmSync(userDataDir, { recursive: true, force: true, maxRetries: 5, retryDelay: 200 });
      } catch {
        /* left in the system's temporary folder */
      }
    },
  };
}

export function isLocal(url: string): boolean {
  const { protocol, hostname } = new URL(url);
  if (['chrome-extension:', 'moz-extension:', 'data:', 'blob:'].includes(protocol)) return true;
  if (protocol === 'about:' || protocol === 'chrome:') return true;
  return hostname === '127.0.0.1' || hostname === 'localhost' || hostname === '[::1]';
}

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
};

export interface FixtureServer {
  origin: string;
  url(path: string): string;
  close(): Promise<void>;
}

/** A static file server for fixture pages, bound to 127.0.0.1 on a free port. */
export async function serveFixtures(rootDir: string): Promise<FixtureServer> {
  const root = resolve(rootDir);
  const server: Server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    const file = resolve(root, '.' + (path.endsWith('/') ? path + 'index.html' : path));
    if (file !== root && !file.startsWith(root + sep)) {
      res.writeHead(403).end();
      return;
    }
    try {
      if (!statSync(file).isFile()) throw new Error('not a file');
      res.writeHead(200, {
        'content-type': CONTENT_TYPES[extname(file)] ?? 'application/octet-stream',
      });
      res.end(readFileSync(file));
    } catch {
      res.writeHead(404).end('not found');
    }
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('fixture server has no port');
  const origin = `http://127.0.0.1:${address.port}`;
  return {
    origin,
    url: (path) => origin + (path.startsWith('/') ? path : '/' + path),
    close: () => new Promise((done) => server.close(() => done())),
  };
}
