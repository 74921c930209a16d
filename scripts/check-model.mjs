#!/usr/bin/env node
/**
 * The committed scorer weights must be what `npm run train` makes from the committed training data: training is
 * deterministic, so a retrain into a scratch folder must give the same bytes. A rule's examples and the parser feed
 * the features, so a change there without a retrain leaves a stale model; this check names it.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const scratch = mkdtempSync(join(tmpdir(), 'selfkind-model-'));
try {
  execFileSync('npx', ['tsx', 'training/scripts/train.ts', '--no-curve'], {
    env: { ...process.env, SELFKIND_MODEL_DIR: scratch },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const committed = readFileSync('training/model/weights.json');
  const rebuilt = readFileSync(join(scratch, 'weights.json'));
  if (!committed.equals(rebuilt)) {
    console.error(
      'model: training/model/weights.json is not what the training data gives. Run `npm run train` and commit the model.',
    );
    process.exit(1);
  }
  console.log('model: the committed weights match the training data');
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
