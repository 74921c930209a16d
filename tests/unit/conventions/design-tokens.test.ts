import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { CARD_CSS } from '../../../components/card/styles';
import { DARK, LIGHT, PRINT, SHAPE } from '../../../components/ui/tokens';

const root = join(__dirname, '../../..');

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sources(path);
    return /\.(css|ts|tsx)$/.test(name) ? [path] : [];
  });
}

describe('design tokens have one home (components/ui/tokens.ts)', () => {
  test('every colour has a dark value, and print overrides only known tokens', () => {
    expect(Object.keys(DARK).sort()).toEqual(Object.keys(LIGHT).sort());
    for (const name of Object.keys(PRINT)) expect(LIGHT).toHaveProperty(name);
  });

  test('no stylesheet or component declares a --sk- token of its own', () => {
    const declaring = ['components', 'entrypoints', 'lib']
      .flatMap((dir) => sources(join(root, dir)))
      .filter((path) => !path.endsWith(join('ui', 'tokens.ts')))
      .filter((path) => /--sk-[a-z0-9-]+\s*:/.test(readFileSync(path, 'utf8')));
    expect(declaring).toEqual([]);
  });

  test('every token the card and the pages use exists, in light and dark', () => {
    const known = new Set([...Object.keys(LIGHT), ...Object.keys(SHAPE)]);
    const used = ['components', 'entrypoints']
      .flatMap((dir) => sources(join(root, dir)))
      .flatMap((path) => [...readFileSync(path, 'utf8').matchAll(/var\(--sk-([a-z0-9-]+)/g)])
      .map((match) => match[1]!);
    const runtime = new Set(['max-height']); // set by the card's own placement, not a design token
    const unknown = [...new Set(used)].filter((name) => !known.has(name) && !runtime.has(name));
    expect(unknown).toEqual([]);
    expect(CARD_CSS).toContain(`--sk-highlight: ${LIGHT.highlight}`);
    expect(CARD_CSS).toContain(`--sk-highlight: ${DARK.highlight}`);
  });
});
