import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

// See https://wxt.dev/api/config.html
export default defineConfig({
  // Parallel builds (e.g. several e2e runs) can each use their own output folder.
  outDir: process.env.SELFKIND_OUT_DIR ?? '.output',
  modules: ['@wxt-dev/webextension-polyfill'],
  zip: {
    // The Firefox store rebuilds the add-on from this archive (steps: docs/store/REVIEW.md). Tests, hidden
    // files and node_modules are left out by WXT; pictures and the labelled texts are not needed to build. The
    // scorer's weights and thresholds (training/model) are: the engine imports them.
    excludeSources: [
      'docs/screenshots/**',
      'docs/store/screenshots/**',
      'training/data/**',
      'training/labelling/**',
      'coverage/**',
    ],
  },
  vite: () => ({
    plugins: [preact()],
  }),
  hooks: {
    // The always-on content script is an unlisted script (entrypoints/watch.ts), listed here by hand, so that
    // none of WXT's content-script runtime or webextension-polyfill is parsed on every page and frame.
    'build:manifestGenerated': (_wxt, manifest) => {
      manifest.content_scripts ??= [];
      manifest.content_scripts.push({
        matches: ['<all_urls>'],
        js: ['watch.js'],
        all_frames: true,
        match_about_blank: true,
        run_at: 'document_idle',
      });
    },
  },
  // Only what is used, and the Firefox-only key stays out of the Chrome manifest. `notifications` is optional:
  // the options page asks for it when the user turns on the weekly notification.
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    permissions: ['storage', 'alarms', 'contextMenus', 'scripting'],
    optional_permissions: ['notifications'],
    // Injecting the engine into any frame (scripting.executeScript) needs host access in Chrome MV3;
    // content_scripts matches alone don't grant it. Same install warning as the content script.
    host_permissions: ['<all_urls>'],
    commands: {
      // Alt+Shift+K is the in-field shortcut of the nudge card; this one is browser-wide.
      'check-selection': {
        suggested_key: { default: 'Alt+Shift+Y' },
        description: '__MSG_background_command_check__',
      },
    },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'selfkind@selfkind.app',
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {}),
  }),
});
