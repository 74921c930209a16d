/**
 * The Firefox store rebuilds Selfkind from the sources archive, which leaves out what `zip.excludeSources`
 * names (wxt.config.ts). Any file the shipped code imports from outside its own folders must stay in it: the
 * scorer's weights did not, once.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { expect, test } from 'vitest';

const ROOT = resolve(__dirname, '../../..');
const SHIPPED = ['lib', 'components', 'entrypoints'];

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : /\.tsx?$/.test(name) ? [path] : [];
  });
}

/** The `excludeSources` globs as written in wxt.config.ts (each a folder followed by `/**`). */
function excludedFolders(): string[] {
  const config = readFileSync(join(ROOT, 'wxt.config.ts'), 'utf8');
  const list = /excludeSources:\s*\[([^\]]*)\]/.exec(config)?.[1] ?? '';
  return [...list.matchAll(/'([^']+)\/\*\*'/g)].map((m) => m[1]!);
}

test('nothing the extension imports is left out of the sources archive', () => {
  const excluded = excludedFolders();
  expect(excluded.length).toBeGreaterThan(0);
  const imported = SHIPPED.flatMap((folder) => filesUnder(join(ROOT, folder))).flatMap((file) =>
    [...readFileSync(file, 'utf8').matchAll(/from '(\.{1,2}\/[^']+)'/g)].map((m) =>
      relative(ROOT, resolve(file, '..', m[1]!)),
    ),
  );
  expect(imported).toContain('training/model/weights.json');
  const leftOut = imported.filter((path) =>
    excluded.some((folder) => path.startsWith(`${folder}/`)),
  );
  expect(leftOut).toEqual([]);
});
