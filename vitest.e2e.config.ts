import { defineConfig } from 'vitest/config';

/** End-to-end tests: the built extension in Debian's Chromium. One file at a time (2 cores, one browser each). */
export default defineConfig({
  test: {
    environment: 'node',
    include: ['tests/e2e/**/*.e2e.test.ts'],
    globalSetup: ['tests/e2e/global-setup.ts'],
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
