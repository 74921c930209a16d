import { defineConfig } from 'vitest/config';

/** End-to-end tests: the built extension in Debian's Chromium. One file at a time (2 cores, one browser each). */
export default defineConfig({
  test: {
    environment: 'node',
    include: ['tests/e2e/**/*.e2e.test.ts'],
    // What only Firefox has (its window's menus and shortcuts, MV2 restarts, private windows): the Firefox half.
    exclude: ['**/node_modules/**', 'tests/e2e/firefox/**'],
    globalSetup: ['tests/e2e/global-setup.ts'],
    fileParallelism: false,
    // A real browser on a shared 2-core machine: a test that fails gets one more try, and the closing summary
    // lists every test that passed only then (scripts/test-summary.mjs), so a flaky test is seen, not hidden.
    retry: 1,
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
