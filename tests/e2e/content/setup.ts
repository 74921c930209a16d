/** Shared setup for the content-script e2e tests: one browser per file, the plain fixture pages. */
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect } from 'vitest';
import {
  launchWithExtension,
  serveFixtures,
  type ExtensionBrowser,
  type FixtureServer,
} from '../harness';
import { selfkindUi, type SelfkindUi } from '../ui';

export const FIXTURES = resolve(__dirname, '../fixtures/pages');

/** Harsh self-talk, written for these tests. */
export const HARSH = "I'm such an idiot for forgetting the meeting again.";
export const HARSH_FLAGGED = "I'm such an idiot";
export const CRISIS = 'Some nights I want to kill myself.';

export interface Env {
  browser: ExtensionBrowser;
  server: FixtureServer;
}

export async function startEnv(
  options: Parameters<typeof launchWithExtension>[0] = {},
): Promise<Env> {
  const [browser, server] = await Promise.all([
    launchWithExtension(options),
    serveFixtures(FIXTURES),
  ]);
  return { browser, server };
}

export async function stopEnv(env: Env | undefined): Promise<void> {
  await env?.browser.close();
  await env?.server.close();
}

/**
 * One browser and fixture server for the calling test file, started before its tests; afterwards
 * it checks that no request left the machine.
 */
export function useContentEnv(): Env {
  const env = {} as Env;
  beforeAll(async () => {
    Object.assign(env, await startEnv());
  });
  afterAll(async () => {
    expect(env.browser.outsideRequests()).toEqual([]);
    await stopEnv(env);
  });
  return env;
}

export async function openFixture(
  env: Env,
  name: string,
  existing?: Page,
): Promise<{ page: Page; ui: SelfkindUi }> {
  const page = existing ?? (await env.browser.context.newPage());
  if (process.env.SK_DEBUG) page.on('console', (m) => console.log('[page]', m.text()));
  await page.goto(env.server.url(`/${name}`));
  const ui = await selfkindUi(page);
  return { page, ui };
}

export const INDICATOR = { role: 'button', name: /^Selfkind/ } as const;
export const DIALOG = { role: 'dialog', name: /Selfkind/ } as const;
