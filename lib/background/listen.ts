/** Ties an extension event listener to an AbortSignal, so every listener has an owner that ends it. */
export interface ExtensionEvent<L> {
  addListener(listener: L): void;
  removeListener(listener: L): void;
}

export function listen<L>(event: ExtensionEvent<L>, listener: L, signal: AbortSignal): void {
  if (signal.aborted) return;
  event.addListener(listener);
  signal.addEventListener('abort', () => event.removeListener(listener), { once: true });
}
