/**
 * Registers `skq/<json steps>` with puppeteer: a custom query handler that runs in puppeteer's isolated
 * world (so the page's own scripts never see it) and resolves Playwright-style locator chains.
 */
import { buildSync } from 'esbuild';
import { Puppeteer } from 'puppeteer-core';
import { resolve } from 'node:path';

export const QUERY_PREFIX = 'skq/';

let registered = false;

export function registerQueryHandler(): void {
  if (registered) return;
  registered = true;
  const { outputFiles } = buildSync({
    entryPoints: [resolve(__dirname, 'in-page-query.ts')],
    bundle: true,
    write: false,
    format: 'iife',
    globalName: 'selfkindQuery',
    target: 'firefox115',
    logLevel: 'silent',
  });
  const bundle = outputFiles[0]!.text;
  // Parsed once per isolated world, then kept on that world's own global.
  const body = `const g = globalThis; if (!g.selfkindQuery) { ${bundle}; g.selfkindQuery = selfkindQuery; }
    return g.selfkindQuery.queryAll(node, selector);`;
  const queryAll = new Function('node', 'selector', body) as (
    node: Node,
    selector: string,
  ) => Element[];
  Puppeteer.registerCustomQueryHandler('skq', { queryAll });
}
