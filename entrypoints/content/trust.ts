/**
 * Only the user drives Selfkind. A page can make any event it likes (`dispatchEvent`), but only the browser
 * makes trusted ones. An edit counts as the user's when the user pressed a key, pasted, dropped, finished
 * composing or the browser announced an edit (`beforeinput`) in that field a moment before. The input event
 * itself is no proof: a page's own `execCommand('insertText')` fires a trusted one.
 */
import { editableRootOf } from './eligibility';

/** How long after a trusted key press or paste an editor's own events still count as the user's. */
export const USER_EDIT_WINDOW_MS = 1_000;

const USER_EDIT_EVENTS = ['keydown', 'beforeinput', 'paste', 'drop', 'compositionend'] as const;

export interface UserEdits {
  /** Whether the user was behind the latest change of the field's text. */
  byUser(field: HTMLElement): boolean;
  /**
   * How long ago, in ms, the user last edited the field since this tracker began, or null if they never did (for
   * text typed before the engine arrived).
   */
  sinceLastEdit(field: HTMLElement): number | null;
}

export function trackUserEdits(signal: AbortSignal): UserEdits {
  const lastAt = new WeakMap<HTMLElement, number>();
  for (const type of USER_EDIT_EVENTS) {
    document.addEventListener(
      type,
      (event) => {
        if (!event.isTrusted) return;
        const field = editableRootOf(event.composedPath()[0] ?? null);
        if (field) lastAt.set(field, performance.now());
      },
      { capture: true, passive: true, signal },
    );
  }
  return {
    byUser(field) {
      const at = lastAt.get(field);
      return at !== undefined && performance.now() - at < USER_EDIT_WINDOW_MS;
    },
    sinceLastEdit(field) {
      const at = lastAt.get(field);
      return at === undefined ? null : performance.now() - at;
    },
  };
}
