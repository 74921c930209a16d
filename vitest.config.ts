import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';
import preact from '@preact/preset-vite';

export default defineConfig({
  plugins: [WxtVitest(), preact()],
  test: {
    environment: 'happy-dom',
    include: ['tests/unit/**/*.test.{ts,tsx}', 'lib/**/*.test.ts', 'components/**/*.test.tsx'],
    restoreMocks: true,
    setupFiles: ['tests/unit/setup.ts'],
    // Unit tests are CPU-bound: use both cores of the 2-core CI machine (the default leaves one idle).
    maxWorkers: 2,
  },
});
