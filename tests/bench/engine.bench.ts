/**
 * npm run bench — full analysis vs a plain compromise pass on generated documents, and per-keystroke latency of
 * the incremental analyzer on a 10,000-word document. Prints figures; asserts nothing.
 */
import nlp from 'compromise';
import { analyze, createAnalyzer } from '../../lib/engine/index';
import { generateDocument, mulberry32, wordCount } from './corpus';

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

// Per-keystroke: one-character edits (insert a letter, or delete one) at random positions in the 10k document.
const rand = mulberry32(1234);
let text = docs[2]![1];
let analyzer: ReturnType<typeof createAnalyzer> | null = createAnalyzer({
  sensitivity: 'standard',
});
analyzer.update(text);
const latencies: number[] = [];
const letters = 'abcdefghijklmnopqrstuvwxyz .';
for (let i = 0; i < 2_000; i++) {
  const at = Math.floor(rand() * text.length);
  text =
    rand() < 0.7
      ? text.slice(0, at) + letters[Math.floor(rand() * letters.length)] + text.slice(at)
      : text.slice(0, at) + text.slice(at + 1);
  // A field's value arrives as one flat string; a string built by concatenation here is a rope that V8 would
  // flatten (copy) inside the timed call. Converting it to a number flattens it first, outside the timer.
  void Number(text);
  const current = text;
  latencies.push(time(() => analyzer!.update(current)));
}
const p50 = median(latencies);
const p99 = percentile(latencies, 99);
console.log(
  '\nper-keystroke update() on the 10,000-word document, 2,000 one-character edits at random positions',
);
console.log(`  median ${fmt(p50)}   p99 ${fmt(p99)}   max ${fmt(Math.max(...latencies))}`);
console.log(
  `  full analyze() of the same document: ${fmt(fullTenK)}  →  p99 is ${(fullTenK / p99).toFixed(0)}× below a full re-analysis`,
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
  analyzer = null;
  const without = heapAfterGc();
  console.log(
    `  memory kept by the analyzer after the edits: ${((withAnalyzer - without) / 1024).toFixed(0)} KB`,
  );
}
