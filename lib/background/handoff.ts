/**
 * Text handed from the background to one extension page (a selection to check, a sentence to
 * practise). Held in memory only, under a random token; taken once, or gone after the time limit.
 */
export const HANDOFF_TTL_MS = 60_000;

interface Entry {
  text: string;
  timer: ReturnType<typeof setTimeout>;
}

export class HandoffStore {
  readonly #entries = new Map<string, Entry>();
  readonly #ttlMs: number;

  constructor(ttlMs = HANDOFF_TTL_MS) {
    this.#ttlMs = ttlMs;
  }

  /** Keeps `text` and returns the token that takes it. */
  put(text: string): string {
    const token = crypto.randomUUID();
    const timer = setTimeout(() => this.#entries.delete(token), this.#ttlMs);
    this.#entries.set(token, { text, timer });
    return token;
  }

  /** The text for `token`, once: the entry is deleted. */
  take(token: string): { text: string } | null {
    const entry = this.#entries.get(token);
    if (!entry) return null;
    clearTimeout(entry.timer);
    this.#entries.delete(token);
    return { text: entry.text };
  }

  get size(): number {
    return this.#entries.size;
  }

  clear(): void {
    for (const entry of this.#entries.values()) clearTimeout(entry.timer);
    this.#entries.clear();
  }
}
