/**
 * The handshake between the small always-on script (index.ts) and the heavy engine half
 * (entrypoints/engine.ts), which the background injects into the same isolated world on demand.
 * The key lives on the isolated world's globalThis: page scripts cannot see it.
 */
import type { ContentConfig } from '@/lib/messaging/protocol';
import type { UserEdits } from './trust';

export const ENGINE_KEY = Symbol.for('selfkind.engine.v1');

export interface EngineApi {
  /** An eligible field got focus: start (or resume) its session. */
  attach(field: HTMLElement, config: ContentConfig): void;
  /** Settings changed (or the site was turned off): sessions adapt or stop. */
  setConfig(config: ContentConfig): void;
}

/**
 * What engine.js registers: `start` hangs everything on the small script's signal (aborted when the extension goes
 * away), and takes the small script's record of the user's own edits, begun at the field's focus: keys pressed
 * while the engine was still loading are the user's too.
 */
export interface EngineEntry {
  start(signal: AbortSignal, userEdits: UserEdits): EngineApi;
}

type EngineGlobal = typeof globalThis & { [ENGINE_KEY]?: EngineEntry };

export function installedEngine(): EngineEntry | undefined {
  return (globalThis as EngineGlobal)[ENGINE_KEY];
}

/** Registers the engine once per frame: a second injection keeps the first. */
export function installEngine(entry: EngineEntry): void {
  const scope = globalThis as EngineGlobal;
  scope[ENGINE_KEY] ??= entry;
}
