/**
 * The fields Selfkind is watching in this frame: a session per field, which one the user is in, and what the
 * user said about each (this field off, this finding "Not now"). Knows nothing of the card or the overlay.
 */
import { findingKey } from './counting';
import { editableRootOf } from './eligibility';
import type { FieldSession, TrackedFinding } from './session';

/** After "Not now", hovering the field's marks opens nothing for this long. */
const NOT_NOW_COOLDOWN_MS = 2 * 60_000;

export class Fields {
  private readonly sessions = new Map<HTMLElement, FieldSession>();
  private readonly off = new WeakSet<HTMLElement>();
  private readonly setAside = new WeakMap<HTMLElement, Set<string>>();
  private readonly quietUntil = new WeakMap<HTMLElement, number>();
  /** The field the user is in (or was last in). */
  active: FieldSession | null = null;

  /** `onDropped` hears of every session that ends, to let go of what was drawn for it. */
  constructor(private readonly onDropped: (session: FieldSession) => void) {}

  get(field: HTMLElement): FieldSession | undefined {
    return this.sessions.get(field);
  }

  add(session: FieldSession): void {
    this.sessions.set(session.element, session);
  }

  all(): FieldSession[] {
    return [...this.sessions.values()];
  }

  /** The session of the field an event happened in (also inside shadow roots), if Selfkind watches it. */
  sessionFor(event: Event): FieldSession | null {
    const field = editableRootOf(event.composedPath()[0] ?? null);
    return field ? (this.sessions.get(field) ?? null) : null;
  }

  /** Findings worth showing, in text order: not in crisis, with suggestions, not set aside with "Not now". */
  visibleFindings(session: FieldSession): TrackedFinding[] {
    if (session.crisis || this.off.has(session.element)) return [];
    const hidden = this.setAside.get(session.element);
    return session.findings
      .filter((f) => f.suggestions.length > 0 && !hidden?.has(findingKey(f)))
      .sort((a, b) => a.start - b.start);
  }

  isOff(field: HTMLElement): boolean {
    return this.off.has(field);
  }

  /** "Don't check this field": it gets no session again in this page's life (drop the one it has). */
  turnOff(field: HTMLElement): void {
    this.off.add(field);
  }

  /** "Not now": this finding stays hidden, and hovering the field rests a while. */
  setAsideFinding(session: FieldSession, finding: TrackedFinding): void {
    let keys = this.setAside.get(session.element);
    if (!keys) this.setAside.set(session.element, (keys = new Set()));
    keys.add(findingKey(finding));
    this.quietUntil.set(session.element, Date.now() + NOT_NOW_COOLDOWN_MS);
  }

  restingFromHover(session: FieldSession): boolean {
    return (this.quietUntil.get(session.element) ?? 0) > Date.now();
  }

  drop(session: FieldSession): void {
    session.dispose();
    this.sessions.delete(session.element);
    if (this.active === session) this.active = null;
    this.onDropped(session);
  }

  dropAll(): void {
    for (const session of this.all()) this.drop(session);
  }

  /** Sessions of fields the page took out of the document. */
  dropDetached(): void {
    for (const session of this.all()) if (!session.element.isConnected) this.drop(session);
  }

  /** Ends every session without redrawing: the content script is going away. */
  disposeAll(): void {
    for (const session of this.sessions.values()) session.dispose();
    this.sessions.clear();
    this.active = null;
  }
}
