import { defineConfig } from 'vitest/config';
import e2e from './vitest.e2e.config';

/**
 * The Firefox half of the end-to-end tests: the same suite, in Debian's firefox-esr (driver:
 * tests/e2e/drivers/firefox/), plus tests/e2e/firefox/ for what only Firefox has. A test that needs
 * what only Chromium offers says so with `chromiumOnly('why')` (tests/e2e/harness.ts).
 */
process.env.SELFKIND_BROWSER = 'firefox';

export default defineConfig({
  test: {
    ...e2e.test,
    exclude: ['**/node_modules/**'],
    env: { SELFKIND_BROWSER: 'firefox' },
  },
});
