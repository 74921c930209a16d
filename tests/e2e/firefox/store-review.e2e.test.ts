/**
 * What docs/store/REVIEW.md tells the add-on store's reviewers: `web-ext lint` finds no error, and its
 * only warnings are Preact's `dangerouslySetInnerHTML` branch, which Selfkind never takes.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { expect, test } from 'vitest';
import webExt from 'web-ext';
import { FIREFOX_EXTENSION_DIR } from '../drivers/firefox/launch';

const SOURCES = ['entrypoints', 'components', 'lib'];
const HTML_SINKS =
  /dangerouslySetInnerHTML|\.innerHTML\b|\.outerHTML\b|insertAdjacentHTML|document\.write\b/;
/** Preact 11's diff: the one place the bundle assigns innerHTML. */
const PREACT_BRANCH = /([\w$]+)\.innerHTML=([\w$]+)\.__html/g; // minified names may hold a $

function files(dir: string, ending: RegExp): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path, ending) : ending.test(name) ? [path] : [];
  });
}

test('no source file sets HTML: no dangerouslySetInnerHTML, innerHTML, outerHTML, insertAdjacentHTML', () => {
  const offenders = SOURCES.flatMap((dir) => files(dir, /\.(ts|tsx)$/)).filter((file) =>
    HTML_SINKS.test(readFileSync(file, 'utf8')),
  );
  expect(offenders).toEqual([]);
});

test("in the build, innerHTML is assigned only in Preact's dangerouslySetInnerHTML branch, which no code enters", () => {
  const bundles = files(FIREFOX_EXTENSION_DIR, /\.js$/);
  let branches = 0;
  for (const file of bundles) {
    const code = readFileSync(file, 'utf8');
    const assignments = code.match(/\.innerHTML\s*=[^=]/g) ?? [];
    const inBranch = code.match(PREACT_BRANCH) ?? [];
    expect(assignments.length, relative(FIREFOX_EXTENSION_DIR, file)).toBe(inBranch.length);
    branches += inBranch.length;
    // The prop's name appears only where Preact compares a prop name against it, never as a prop set.
    const mentions = code.match(/dangerouslySetInnerHTML/g)?.length ?? 0;
    const comparisons = code.match(/=="dangerouslySetInnerHTML"/g)?.length ?? 0;
    expect(mentions, relative(FIREFOX_EXTENSION_DIR, file)).toBe(comparisons);
  }
  expect(branches).toBeGreaterThan(0);
});

test('web-ext lint: no error, and only the two warnings REVIEW.md explains', async () => {
  const result = (await webExt.cmd.lint(
    { sourceDir: FIREFOX_EXTENSION_DIR, selfHosted: true, output: 'none' },
    { shouldExitProgram: false },
  )) as { errors: unknown[]; warnings: Array<{ code: string; file: string }> };
  expect(result.errors).toEqual([]);
  const review = readFileSync('docs/store/REVIEW.md', 'utf8');
  for (const warning of result.warnings) {
    expect(warning.code).toBe('UNSAFE_VAR_ASSIGNMENT');
    const code = readFileSync(join(FIREFOX_EXTENSION_DIR, warning.file), 'utf8');
    expect(code.match(PREACT_BRANCH)?.length, warning.file).toBeGreaterThan(0);
    expect(review).toContain(warning.file.replace(/-[\w-]+\.js$/, '-<hash>.js'));
  }
  expect(result.warnings).toHaveLength(2);
});
