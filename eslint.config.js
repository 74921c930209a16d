import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: [
      '.output/',
      '.output-*/',
      '.wxt/',
      // Scratch space, ignored by git too.
      '.tmp/',
      '.tmp*/',
      'node_modules/',
      'tests/e2e/fixtures/dist/',
      'docs/',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      '@typescript-eslint/no-non-null-assertion': 'off',
    },
  },
  {
    // lib/ is the bottom layer: pure logic and storage, used by components/ and entrypoints/, never the reverse.
    // Import cycles are checked by tests/unit/conventions/imports.test.ts.
    files: ['lib/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['@/components/*', '@/entrypoints/*', '**/components/*', '**/entrypoints/*'],
              message: 'lib/ must not import components/ or entrypoints/.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['**/*.mjs', 'scripts/**', '.ci/**'],
    languageOptions: { globals: { process: 'readonly', console: 'readonly', URL: 'readonly' } },
  },
);
