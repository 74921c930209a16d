/**
 * Draws Selfkind's layer over the page: the highlights of the field in view, the leaf beside it, and the card
 * the card controller says is open. It draws at most once a frame, and measures highlights only once typing
 * pauses. It remembers where it drew the marks and the leaf, so that trusted pointer events (seen in the
 * isolated world: the marks and the leaf take no pointer events) can be matched to them.
 */
import { render, type VNode } from 'preact';
import { Layer, type IndicatorView, type MarkBox } from '@/components/card/Layer';
import { t } from '@/lib/i18n';
import { TextMirror } from '../adapters/text-mirror';
import { yieldToPage } from '../slices';
import type { FieldSession, TrackedFinding } from '../session';
import { cardPosition, contains, indicatorPosition, INDICATOR_SIZE } from './geometry';
import { createOverlayHost, type OverlayHost } from './host';

/**
 * Highlights are measured once typing pauses this long, not on every frame while keys go down: laying
 * out a long field's text for every keystroke is what made typing in it cost.
 */
const SETTLE_MS = 250;

/** The open card, as the painter needs it. */
export interface CardScene {
  /** A new number for each card opened. */
  id: number;
  view: VNode | null;
  interactive: boolean;
  /** The finding the card talks about: the card sits by its marks (else by the field). */
  about: TrackedFinding | null;
}

/** What there is to draw, asked for at each frame. */
export interface Scene {
  /** The field to draw for: the card's, else the one the user is in. Null draws nothing but the card. */
  session: FieldSession | null;
  /** Selfkind runs here (not paused for the site). */
  active: boolean;
  findings(session: FieldSession): TrackedFinding[];
  card: CardScene | null;
  /** The user activated the leaf by keyboard (the leaf is a button inside our shadow root). */
  onLeaf(session: FieldSession): void;
}

export interface Mark {
  box: MarkBox;
  finding: TrackedFinding;
}

export class Painter {
  private overlay: OverlayHost | null = null;
  private marks: Mark[] = [];
  private leaf: { box: MarkBox; session: FieldSession } | null = null;
  private frame = 0;
  private settleTimer: ReturnType<typeof setTimeout> | undefined;
  private typingUntil = 0;
  /** The drawn card's height, and the whole (not compact) card's, as last measured. */
  private cardHeight = 300;
  private wholeCardHeight = 330;
  private compact = false;
  private cardId = -1;
  /** Redraws when the card changes size by itself (its explanation or its "More" opened). */
  private readonly cardObserver = new ResizeObserver(() => this.schedule());
  private observedCard: Element | null = null;
  private followed: HTMLElement | null = null;
  private readonly resizeObserver = new ResizeObserver(() => this.schedule());
  /** Measures textareas and inputs for their adapters, inside this overlay's host. */
  readonly textMirror = new TextMirror();

  constructor(
    private readonly signal: AbortSignal,
    private readonly scene: () => Scene,
  ) {
    // A long text's mirror is laid out over several idle tasks; each step may bring highlights into place.
    this.textMirror.onGrown(() => this.schedule(), signal);
    addEventListener('resize', () => this.schedule(), { passive: true, signal });
    document.addEventListener('scroll', () => this.schedule(), {
      capture: true,
      passive: true,
      signal,
    });
    signal.addEventListener('abort', () => {
      clearTimeout(this.settleTimer);
      cancelAnimationFrame(this.frame);
      this.resizeObserver.disconnect();
      this.cardObserver.disconnect();
    });
  }

  /** Makes the host once an eligible field is first focused (never when a finding appears). */
  ensureHost(): void {
    if (this.overlay) return;
    this.overlay = createOverlayHost(document, this.signal, this.textMirror, () => this.now());
    // The first message asked for loads the extension's whole message bundle, synchronously (17-23 ms): it is
    // asked for in an idle moment now, not inside the first frame that draws the leaf.
    void yieldToPage().then(() => t('card_brand'));
  }

  /** Redraws when the given field changes size; null follows none. */
  follow(field: HTMLElement | null): void {
    if (field === this.followed) return;
    if (this.followed) this.resizeObserver.unobserve(this.followed);
    this.followed = field;
    if (field) this.resizeObserver.observe(field);
  }

  unfollow(field: HTMLElement): void {
    if (field === this.followed) this.follow(null);
  }

  /** The user typed: highlights wait until typing pauses. */
  typed(): void {
    this.typingUntil = performance.now() + SETTLE_MS;
    this.textMirror.holdUntil(this.typingUntil);
    clearTimeout(this.settleTimer);
    this.settleTimer = setTimeout(() => this.schedule(), SETTLE_MS);
  }

  schedule(): void {
    if (!this.frame) this.frame = requestAnimationFrame(() => this.now());
  }

  now(): void {
    cancelAnimationFrame(this.frame);
    this.frame = 0;
    if (!this.overlay) return;
    const scene = this.scene();
    const { session, card } = scene;
    this.marks = [];
    this.leaf = null;
    let indicator: IndicatorView | null = null;
    let cardAnchor: MarkBox | null = null;
    if (session && session.element.isConnected && scene.active) {
      const field = session.element.getBoundingClientRect();
      const onScreen =
        field.width > 0 && field.height > 0 && field.bottom > 0 && field.top < innerHeight;
      const typing = performance.now() < this.typingUntil && !card;
      if (onScreen && !typing) {
        // Asked for only now: placing findings in a long field's current text reads all of it.
        const findings = scene.findings(session);
        for (const finding of findings) {
          for (const rect of session.adapter.getRects(finding.start, finding.end)) {
            const box = clip(rect, field);
            if (box) this.marks.push({ box, finding });
          }
        }
        if (findings.length > 0 || session.crisis) {
          indicator = this.placeLeaf(session, field, findings.length, scene);
        }
      }
      if (card) {
        cardAnchor = (card.about && this.marks.find((m) => m.finding === card.about)?.box) || {
          left: field.left,
          top: field.bottom - 2,
          width: field.width,
          height: 0,
        };
      }
    }
    const view = card?.view ?? null;
    if (card && card.id !== this.cardId) {
      this.cardId = card.id;
      this.compact = false;
    }
    const viewport = { width: innerWidth, height: innerHeight };
    const spot =
      cardAnchor && view
        ? cardPosition(cardAnchor, viewport, this.compact ? this.cardHeight : this.wholeCardHeight)
        : null;
    render(
      <Layer
        marks={this.marks.map((m) => m.box)}
        indicator={indicator}
        card={view}
        cardPlacement={
          spot && card ? { ...spot, compact: this.compact, interactive: card.interactive } : null
        }
      />,
      this.overlay.mount,
    );
    this.observeCard();
    // Place the card by its real height once it is drawn (it depends on the wordings), and make it compact
    // when no side of the words has room for all of it.
    const drawn = view ? this.naturalCardHeight() : 0;
    if (!drawn || !cardAnchor) return;
    let changed = Math.abs(drawn - (this.compact ? this.cardHeight : this.wholeCardHeight)) > 1;
    if (this.compact) this.cardHeight = drawn;
    else this.wholeCardHeight = this.cardHeight = drawn;
    const whole = this.wholeCardHeight;
    const compact = cardPosition(cardAnchor, viewport, whole).maxHeight < whole;
    if (compact !== this.compact) {
      this.compact = compact;
      changed = true;
    }
    if (changed) this.now();
  }

  private observeCard(): void {
    const element = this.overlay?.shadow.querySelector('.card') ?? null;
    if (element === this.observedCard) return;
    if (this.observedCard) this.cardObserver.unobserve(this.observedCard);
    this.observedCard = element;
    if (element) this.cardObserver.observe(element);
  }

  private placeLeaf(
    session: FieldSession,
    field: DOMRect,
    count: number,
    scene: Scene,
  ): IndicatorView {
    const spot = indicatorPosition(field);
    this.leaf = { box: { ...spot, width: INDICATOR_SIZE, height: INDICATOR_SIZE }, session };
    const possible = session.crisis && session.crisisLevel === 'possible';
    return {
      ...spot,
      count: session.crisis ? 0 : count,
      tone: possible ? 'possible' : session.crisis ? 'crisis' : 'nudge',
      label: possible
        ? t('card_indicator_possible')
        : session.crisis
          ? t('card_indicator_crisis')
          : count === 1
            ? t('card_indicator_one')
            : t('card_indicator_many', String(count)),
      onActivate: () => scene.onLeaf(session),
    };
  }

  /** The card's height with nothing scrolled away: its fixed rows plus every wording. */
  private naturalCardHeight(): number {
    const element = this.overlay?.shadow.querySelector<HTMLElement>('.card');
    if (!element) return 0;
    const list = element.querySelector<HTMLElement>('.suggestions, .resources');
    const hidden = list ? list.scrollHeight - list.clientHeight : 0;
    return element.offsetHeight + hidden + 2;
  }

  /** The mark under a point, if any was drawn there. */
  markAt(x: number, y: number): Mark | null {
    return this.marks.find((m) => contains(m.box, x, y)) ?? null;
  }

  hasMarks(): boolean {
    return this.marks.length > 0;
  }

  /** The field whose leaf is under the point. */
  leafAt(x: number, y: number): FieldSession | null {
    return this.leaf && contains(this.leaf.box, x, y, 0) ? this.leaf.session : null;
  }

  /** Whether the point is on the drawn card. */
  onCard(x: number, y: number): boolean {
    const box = this.overlay?.shadow.querySelector('.card')?.getBoundingClientRect();
    return box !== undefined && contains(box, x, y, 0);
  }

  /** Moves focus to the card's first action. */
  focusCard(): void {
    this.overlay?.shadow
      .querySelector<HTMLElement>('.card .primary, .card .action, .card a')
      ?.focus();
  }

  /** Focus is inside our shadow root. */
  holdsFocus(): boolean {
    return Boolean(this.overlay?.shadow.activeElement);
  }

  /** The event's target is our host (an event from inside our UI, retargeted). */
  isOurs(target: EventTarget | null): boolean {
    return target !== null && target === this.overlay?.host;
  }
}

function clip(rect: DOMRect, field: DOMRect): MarkBox | null {
  const left = Math.max(rect.left, field.left);
  const right = Math.min(rect.right, field.right);
  const top = Math.max(rect.top, field.top);
  const bottom = Math.min(rect.bottom, field.bottom);
  if (right - left < 1 || bottom - top < 1) return null;
  return { left, top, width: right - left, height: bottom - top };
}
