import type { SentenceResult } from './sentence-result';

/** Per-sentence results keyed by the sentence's text, least recently used first out. Holds results only. */
export class ResultCache {
  private readonly entries = new Map<string, SentenceResult>();
  private capacity = 1024;

  get(sentence: string): SentenceResult | undefined {
    const hit = this.entries.get(sentence);
    if (hit) {
      this.entries.delete(sentence);
      this.entries.set(sentence, hit);
    }
    return hit;
  }

  set(sentence: string, result: SentenceResult): void {
    this.entries.set(sentence, result);
    this.evict();
  }

  /** Room for every sentence of the current text and as many again for edits and undo. */
  fit(sentenceCount: number): void {
    this.capacity = Math.max(1024, sentenceCount * 2);
    this.evict();
  }

  private evict(): void {
    while (this.entries.size > this.capacity) {
      const oldest = this.entries.keys().next().value as string;
      this.entries.delete(oldest);
    }
  }
}
