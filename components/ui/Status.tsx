import type { ComponentChildren } from 'preact';

/** A polite live region: screen readers announce changes ("Saved") without moving focus. */
export function Status({ children, id }: { children?: ComponentChildren; id?: string }) {
  return (
    <p id={id} class="sk-status" role="status" aria-live="polite">
      {children}
    </p>
  );
}
