import { defineConfig, mergeConfig } from 'vitest/config';
import e2e from './vitest.e2e.config';

/**
 * The Firefox half of the end-to-end tests: the same suite, in Debian's firefox-esr (driver:
 * tests/e2e/drivers/firefox/). Files listed in CHROMIUM_ONLY need what Firefox has no way to offer
 * (reasons: tests/e2e/CHROMIUM-ONLY.md); everything else runs in both browsers.
 */
export const CHROMIUM_ONLY: string[] = [];

process.env.SELFKIND_BROWSER = 'firefox';

export default mergeConfig(
  e2e,
  defineConfig({
    test: {
      exclude: ['**/node_modules/**', ...CHROMIUM_ONLY],
      env: { SELFKIND_BROWSER: 'firefox' },
    },
  }),
);
