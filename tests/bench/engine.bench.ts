/**
 * npm run bench — full analysis vs a plain compromise pass on generated documents, and per-keystroke latency of
 * the incremental analyzer on a 10,000-word document. Prints figures; asserts nothing.
 */
import nlp from 'compromise';
import { analyze, createAnalyzer } from '../../lib/engine/index';
import { readFileSync, statSync } from 'node:fs';
import { generateDocument, mulberry32, wordCount } from './corpus';
import { loadScorer } from '../../lib/engine/scorer';

const time = (fn: () => void): number => {
  const t = performance.now();
  fn();
  return performance.now() - t;
};
const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const percentile = (xs: number[], p: number): number => {
  const sorted = [...xs].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
};
const fmt = (ms: number): string => (ms < 1 ? ms.toFixed(3) : ms.toFixed(1)).padStart(9) + ' ms';
const rate = (words: number, ms: number): string =>
  `${Math.round(words / (ms / 1000)).toLocaleString('en')} words/s`.padStart(18);

// Load cost of the learned scorer: parsing the weights file and decoding its heads (the module import bundles the
// JSON; its parse is timed here on the same bytes).
{
  const weights = 'training/model/weights.json';
  const t0 = performance.now();
  JSON.parse(readFileSync(weights, 'utf8'));
  const parse = performance.now() - t0;
  const t1 = performance.now();
  loadScorer();
  const decode = performance.now() - t1;
  console.log(
    `scorer weights: ${(statSync(weights).size / 1024).toFixed(0)} KB on disk; load ${(parse + decode).toFixed(1)} ms (JSON parse ${parse.toFixed(1)} ms + decode ${decode.toFixed(1)} ms)\n`,
  );
}

// Warm up both paths so JIT compilation does not land on the first measurement.
const warm = generateDocument(2_000, 7);
for (let i = 0; i < 3; i++) {
  analyze(warm);
  nlp(warm);
}

console.log('Selfkind engine benchmark (deterministic corpus, seed 42)\n');
console.log(
  'document        words   analyze()            throughput   plain nlp(text)        throughput   speed-up',
);
const docs: [string, string][] = [
  ['1 sentence', "Honestly I'm such an idiot for missing the bus again this morning."],
  ['1,000 words', generateDocument(1_000)],
  ['10,000 words', generateDocument(10_000)],
  ['100,000 words', generateDocument(100_000)],
];
let fullTenK = 0;
for (const [name, text] of docs) {
  const words = wordCount(text);
  const runs = words > 50_000 ? 3 : words > 5_000 ? 9 : 21;
  const a = median(Array.from({ length: runs }, () => time(() => analyze(text))));
  const n = median(Array.from({ length: Math.min(runs, 3) }, () => time(() => nlp(text))));
  if (name === '10,000 words') fullTenK = a;
  console.log(
    `${name.padEnd(14)} ${String(words).padStart(6)} ${fmt(a)} ${rate(words, a)} ${fmt(n)} ${rate(words, n)} ${(n / a).toFixed(1).padStart(9)}×`,
  );
}

// Per-keystroke: one-character edits (insert a letter, or delete one) at random positions in a 10k-word document,
// in calm text and in a mix where one sentence in ten is harsh self-talk.
function keystrokes(doc: string, edits: number, seed: number, within?: () => [number, number]) {
  const rand = mulberry32(seed);
  let text = doc;
  const analyzer = createAnalyzer({ sensitivity: 'standard' });
  analyzer.update(text);
  const latencies: number[] = [];
  const letters = 'abcdefghijklmnopqrstuvwxyz .';
  for (let i = 0; i < edits; i++) {
    const [from, to] = within ? within() : [0, text.length];
    const at = from + Math.floor(rand() * Math.max(1, to - from));
    text =
      rand() < 0.7
        ? text.slice(0, at) + letters[Math.floor(rand() * letters.length)] + text.slice(at)
        : text.slice(0, at) + text.slice(at + 1);
    // A field's value arrives as one flat string; a string built by concatenation here is a rope that V8 would
    // flatten (copy) inside the timed call. Converting it to a number flattens it first, outside the timer.
    void Number(text);
    const current = text;
    latencies.push(time(() => analyzer.update(current)));
  }
  return { latencies, analyzer, text };
}
const report = (label: string, latencies: number[]) =>
  console.log(
    `${label.padEnd(58)} median ${fmt(median(latencies))}   p90 ${fmt(percentile(latencies, 90))}   p99 ${fmt(percentile(latencies, 99))}   max ${fmt(Math.max(...latencies))}`,
  );
console.log('\nper-keystroke update() on a 10,000-word document, one-character edits');
let calm: ReturnType<typeof keystrokes> | null = keystrokes(docs[2]![1], 2_000, 1234);
report('calm text, 2,000 edits at random positions', calm.latencies);
const mixed = generateDocument(10_000, 43, 0.1);
report(
  'one sentence in ten harsh, 2,000 edits at random positions',
  keystrokes(mixed, 2_000, 99).latencies,
);
// Typing inside one harsh sentence: every edit lands in the sentence just appended at the end of the document.
const harshTail = "Honestly I'm such an idiot for missing the bus again this morning.";
const base = docs[2]![1] + ' ';
const inside = keystrokes(base + harshTail, 300, 7, () => [
  base.length,
  base.length + harshTail.length - 1,
]);
report('inside one harsh sentence, 300 edits', inside.latencies);
const p99 = percentile(calm.latencies, 99);
console.log(
  `  full analyze() of the same document: ${fmt(fullTenK)}  →  calm p99 is ${(fullTenK / p99).toFixed(0)}× below a full re-analysis`,
);

// Memory: what the analyzer keeps after those edits, measured as the heap it frees when dropped (the current
// text is held by the caller too, so it is not part of the figure).
const collect = (globalThis as { gc?: () => void }).gc;
if (collect) {
  const heapAfterGc = (): number => {
    collect();
    collect();
    return process.memoryUsage().heapUsed;
  };
  const withAnalyzer = heapAfterGc();
  calm = null;
  const without = heapAfterGc();
  console.log(
    `  memory kept by the analyzer after the edits: ${((withAnalyzer - without) / 1024).toFixed(0)} KB`,
  );
}
