// Builds the extension and opens Chromium with it loaded, or says how to load it by hand.
import { execSync, spawn } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

execSync('npx wxt build', { stdio: 'inherit' });
const dir = resolve('.output/chrome-mv3');
const browser = ['/usr/bin/chromium', '/usr/bin/google-chrome', '/usr/bin/chromium-browser'].find(
  existsSync,
);
const hasDisplay =
  process.platform !== 'linux' || Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);

console.log(`\nSelfkind is built in ${dir}`);
console.log(
  'To load it by hand: open chrome://extensions, turn on Developer mode, "Load unpacked", pick that folder.',
);
console.log(
  'Firefox: npm run build:firefox, then about:debugging → "Load Temporary Add-on" → .output/firefox-mv2/manifest.json',
);

if (browser && hasDisplay && !process.env.CI) {
  const profile = mkdtempSync(join(tmpdir(), 'selfkind-'));
  console.log(`Opening ${browser} with Selfkind loaded (fresh profile in ${profile})...`);
  spawn(
    browser,
    [
      `--user-data-dir=${profile}`,
      `--load-extension=${dir}`,
      `--disable-extensions-except=${dir}`,
      '--no-first-run',
    ],
    {
      stdio: 'ignore',
      detached: true,
    },
  ).unref();
}
