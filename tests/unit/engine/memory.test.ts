import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { expect, test } from 'vitest';

test('an analyzer keeps its results, not every past version of the text', () => {
  // 400 edits of a 30 KB text: keeping a view into each version would hold about 12 MB.
  const probe = spawnSync(
    process.execPath,
    ['--expose-gc', '--import', 'tsx', resolve(__dirname, 'memory-probe.ts')],
    { encoding: 'utf8', timeout: 60_000 },
  );
  expect(probe.status, probe.stderr).toBe(0);
  const keptKb = Number(probe.stdout.trim().split('\n').pop());
  expect(keptKb).toBeGreaterThan(0);
  expect(keptKb).toBeLessThan(2_000);
  // A child process that loads the engine through tsx: seconds of work on a loaded 2-core machine, not a race.
}, 60_000);
