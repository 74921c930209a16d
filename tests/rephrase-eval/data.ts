/** The rephrasing evaluation's own sentences: the working set, the set kept aside, and every rule example. */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { RULE_FILES } from '../../lib/rules/index';
import type { EvalItem } from './metrics';

function load(name: string): EvalItem[] {
  // Read from the repository root (npm scripts and vitest both run there).
  const path = resolve(process.cwd(), 'tests/rephrase-eval', name);
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as EvalItem);
}

/** At least 200 harsh sentences written for this evaluation (with the category they were written for). */
export const SENTENCES: readonly EvalItem[] = load('sentences.jsonl');
/** A disjoint set kept aside: the builders are not tuned on it. */
export const UNSEEN: readonly EvalItem[] = load('unseen.jsonl');
/** Every rule file's own flag examples. */
export const RULE_EXAMPLES: readonly EvalItem[] = RULE_FILES.filter(
  (f) => f.category !== 'kind',
).flatMap((f) => f.examples.flag.map((text) => ({ text })));
