/**
 * The adapter registry. Every sibling file whose default export is an AdapterFactory registers
 * itself (no hand-kept list): add `adapters/<editor>.ts` with `export default factory`.
 * The highest priority factory that matches the focused editable root wins.
 */
import type { AdapterContext, AdapterFactory, FieldAdapter } from './types';

const modules = import.meta.glob<{ default?: unknown }>(['./*.ts', '!./index.ts', '!./*.test.ts'], {
  eager: true,
});

function isFactory(value: unknown): value is AdapterFactory {
  const candidate = value as Partial<AdapterFactory> | null;
  return (
    typeof candidate === 'object' &&
    candidate !== null &&
    typeof candidate.kind === 'string' &&
    typeof candidate.priority === 'number' &&
    typeof candidate.matches === 'function' &&
    typeof candidate.create === 'function'
  );
}

export const ADAPTER_FACTORIES: readonly AdapterFactory[] = Object.values(modules)
  .map((module) => module.default)
  .filter(isFactory)
  .sort((a, b) => b.priority - a.priority);

export function factoryFor(element: HTMLElement): AdapterFactory | null {
  return ADAPTER_FACTORIES.find((factory) => factory.matches(element)) ?? null;
}

export function createAdapter(element: HTMLElement, context: AdapterContext): FieldAdapter | null {
  return factoryFor(element)?.create(element, context) ?? null;
}
