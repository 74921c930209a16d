/**
 * Run by memory.test.ts in its own process (`node --expose-gc`): prints how many KB of heap an incremental
 * analyzer keeps after many edits to a long text, measured as what it frees when dropped.
 */
import { createAnalyzer } from '../../../lib/engine/index';
import { generateDocument, mulberry32 } from '../../bench/corpus';

const gc = (globalThis as { gc?: () => void }).gc!;
const heap = (): number => {
  gc();
  gc();
  return process.memoryUsage().heapUsed;
};

const rand = mulberry32(5);
let text = generateDocument(5_000, 3);
let analyzer: ReturnType<typeof createAnalyzer> | null = createAnalyzer();
for (let i = 0; i < 400; i++) {
  const at = Math.floor(rand() * text.length);
  text = text.slice(0, at) + 'x' + text.slice(at);
  analyzer.update(text);
}
const withAnalyzer = heap();
analyzer = null;
console.log(Math.round((withAnalyzer - heap()) / 1024));
