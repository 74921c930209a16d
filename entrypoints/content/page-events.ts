/**
 * The page's events that reach Selfkind, caught in the capture phase on the document (tied to the content
 * script's signal). Typing feeds the field's session; only the user's own (trusted) keys, presses and moves
 * open, move or touch the card. The marks and the leaf take no pointer events: the user's pointer on them is
 * recognised here, in the isolated world, where the page cannot watch.
 */
import type { CardController } from './card-controller';
import type { Fields } from './fields';
import type { Painter } from './overlay/painter';
import type { UserEdits } from './trust';

/** Alt+Shift+K (K for kind) opens the card from inside a field. Matched by physical key. */
function isOpenCardShortcut(event: KeyboardEvent): boolean {
  return (
    event.code === 'KeyK' && event.altKey && event.shiftKey && !event.ctrlKey && !event.metaKey
  );
}

/** A resting pointer on marked words opens the card after this long. */
const HOVER_DELAY_MS = 300;

export interface PageEventDeps {
  fields: Fields;
  painter: Painter;
  card: CardController;
  userEdits: UserEdits;
}

export function listenToPage(signal: AbortSignal, deps: PageEventDeps): void {
  const { fields, painter, card, userEdits } = deps;
  let hoverTimer: ReturnType<typeof setTimeout> | undefined;
  signal.addEventListener('abort', () => clearTimeout(hoverTimer));

  const listen = <K extends keyof DocumentEventMap>(
    type: K,
    handler: (event: DocumentEventMap[K]) => void,
    passive = true,
  ) => document.addEventListener(type, handler, { capture: true, passive, signal });

  listen('input', (event) => {
    const session = fields.sessionFor(event);
    if (!session) return;
    painter.typed();
    session.handleInput((event as InputEvent).isComposing, userEdits.byUser(session.element));
  });
  listen('compositionstart', (event) => fields.sessionFor(event)?.handleCompositionStart());
  listen('compositionend', (event) => {
    const session = fields.sessionFor(event);
    session?.handleCompositionEnd(userEdits.byUser(session.element));
  });
  listen('focusout', (event) => fields.sessionFor(event)?.handleBlur());
  listen(
    'keydown',
    (event) => {
      if (!event.isTrusted || event.isComposing) return;
      if (event.key === 'Escape' && card.open && !painter.holdsFocus()) {
        card.close(false);
        return;
      }
      if (!isOpenCardShortcut(event)) return;
      const session = fields.sessionFor(event);
      if (!session || (!session.crisis && fields.visibleFindings(session).length === 0)) return;
      event.preventDefault();
      card.openFor(session, 'keyboard');
    },
    false,
  );

  listen(
    'mousedown',
    (event) => {
      if (!event.isTrusted || event.button !== 0) return;
      const { clientX: x, clientY: y } = event;
      const open = card.open;
      const leafSession = painter.leafAt(x, y);
      if (leafSession && !(open?.interactive && painter.onCard(x, y))) {
        // Keep focus and caret in the field; the card decides where focus goes.
        event.preventDefault();
        card.openFor(leafSession, 'pointer');
        return;
      }
      if (!open) return;
      if (!open.interactive && painter.onCard(x, y)) {
        card.approached();
        return;
      }
      // A press anywhere but on our own UI closes a hover card.
      if (open.openedBy === 'hover' && !painter.isOurs(event.target)) card.close(false);
    },
    false,
  );
  listen('mousemove', (event) => {
    clearTimeout(hoverTimer);
    if (!event.isTrusted) return;
    const { clientX: x, clientY: y } = event;
    if (card.open) {
      if (painter.onCard(x, y)) card.approached();
      return;
    }
    if (!painter.hasMarks()) return;
    const hit = painter.markAt(x, y);
    const session = fields.active;
    if (!hit || !session || fields.restingFromHover(session)) return;
    hoverTimer = setTimeout(() => {
      if (!card.open && fields.active === session) card.openFor(session, 'hover', hit.finding);
    }, HOVER_DELAY_MS);
  });
}
