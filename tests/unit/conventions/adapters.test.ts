/**
 * Adding an editor adapter without a fixture page and a place in the shared behaviour suite fails here. The
 * test finds the adapters itself (every file in entrypoints/content/adapters/ whose default export is a
 * factory) and the suite's pages from tests/e2e/editors/behaviour-pages.ts: no hand-kept list.
 */
import { existsSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { expect, test } from 'vitest';
import { ADAPTER_FACTORIES } from '../../../entrypoints/content/adapters';
import { EDITOR_PAGES, PLAIN_PAGES } from '../../e2e/editors/behaviour-pages';

const ADAPTERS = resolve(__dirname, '../../../entrypoints/content/adapters');
const FIXTURES = resolve(__dirname, '../../e2e/fixtures');
const pages = [...PLAIN_PAGES, ...EDITOR_PAGES];

/** The fixture's source: a page under fixtures/pages/, or an editor built from fixtures/editors/<name>.ts(x). */
function fixtureSource(path: string): string | null {
  if (path.startsWith('/pages/')) return existsSync(FIXTURES + path) ? FIXTURES + path : null;
  const built = /^\/dist\/(.+)\.html$/.exec(path)?.[1];
  if (!built) return null;
  return (
    [`${FIXTURES}/editors/${built}.ts`, `${FIXTURES}/editors/${built}.tsx`].find(existsSync) ?? null
  );
}

test('every adapter file registers one factory, found without a list', async () => {
  const withFactory: string[] = [];
  for (const file of readdirSync(ADAPTERS).filter((f) => /\.tsx?$/.test(f) && f !== 'index.ts')) {
    const module = (await import(`${ADAPTERS}/${file}`)) as { default?: { kind?: unknown } };
    if (typeof module.default?.kind === 'string') withFactory.push(module.default.kind);
  }
  expect(withFactory.sort()).toEqual(ADAPTER_FACTORIES.map((f) => f.kind).sort());
  expect(withFactory.length).toBeGreaterThanOrEqual(8);
});

test.each(ADAPTER_FACTORIES.map((factory) => factory.kind))(
  'the %s adapter has a fixture page in the behaviour suite',
  (kind) => {
    const covering = pages.filter((page) => page.adapter === kind);
    expect(covering.map((page) => page.name)).not.toEqual([]);
    for (const page of covering) expect(fixtureSource(page.path), page.path).not.toBeNull();
  },
);
