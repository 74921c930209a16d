/**
 * The card's life on the page: it opens (by the user's click, key or hover, or by itself for a clear
 * crisis), shows a finding's suggestions, carries out the card's actions, and closes, giving focus and caret
 * back. What may happen is card-state.ts's to say; this file does it and counts it.
 */
import { browser } from 'wxt/browser';
import { categoryName } from '@/components/analysis/labels';
import { CrisisCard } from '@/components/card/CrisisCard';
import { Nudge } from '@/components/card/Nudge';
import { crisisResources } from '@/components/crisis/source';
import { offersFor, type Offer } from '@/lib/engine/suggestions';
import type { ContentConfig } from '@/lib/messaging/protocol';
import type { TextSelection } from './adapters/types';
import * as cards from './card-state';
import type { CardState, NudgeCardState, OpenedBy } from './card-state';
import type { Counting } from './counting';
import type { Fields } from './fields';
import { sendToBackground } from './messaging';
import type { CardScene, Painter } from './overlay/painter';
import type { FieldSession, TrackedFinding } from './session';

/** A clear crisis card opens by itself again in the same field only after this long. */
const CRISIS_REPEAT_MS = 30 * 60_000;

export interface CardControllerDeps {
  fields: Fields;
  painter: Painter;
  count: Counting;
  config(): ContentConfig | null;
  /** "Pause on this site": Selfkind stops in this frame at once. */
  pauseHere(): void;
}

export class CardController {
  private card: CardState<FieldSession> | null = null;
  /** Where focus and caret were when the card took focus, to give them back. */
  private saved: TextSelection | null = null;
  private offers: { finding: TrackedFinding; variant: number; list: Offer[] } | null = null;
  private cardId = 0;
  private readonly crisisShownAt = new WeakMap<HTMLElement, number>();

  constructor(private readonly deps: CardControllerDeps) {}

  get open(): CardState<FieldSession> | null {
    return this.card;
  }

  /** The card as the painter draws it. */
  scene(): CardScene | null {
    const card = this.card;
    if (!card) return null;
    return {
      id: this.cardId,
      view: this.view(card),
      interactive: card.interactive,
      about: card.view === 'nudge' ? this.shownFinding(card) : null,
    };
  }

  /** Opens the card; `how` is always the user's own doing, except a clear crisis ('auto'). */
  openFor(session: FieldSession, how: OpenedBy, finding?: TrackedFinding): void {
    const { fields, count } = this.deps;
    if (this.card) this.close(false);
    if (fields.isOff(session.element) || !this.deps.config()?.active) return;
    this.saved = cards.takesFocus(how) ? session.adapter.getSelection() : null;
    this.cardId++;
    if (session.crisis) {
      this.card = cards.openCrisis(session, session.crisisLevel ?? 'clear', how);
      if (how === 'auto' || session.crisisLevel !== 'possible') count.crisisShown();
    } else {
      if (how === 'auto') return;
      const findings = fields.visibleFindings(session);
      const chosen =
        finding ?? nearestFinding(findings, this.saved ?? session.adapter.getSelection());
      if (!chosen) return;
      this.card = cards.openNudge(session, findings.indexOf(chosen), how);
      count.shown(session, chosen);
    }
    this.deps.painter.now();
    if (cards.takesFocus(how)) this.deps.painter.focusCard();
  }

  /** Closes the card; gives focus and caret back when the card had taken focus. */
  close(restore: boolean): void {
    const closing = this.card;
    if (!closing) return;
    const hadFocus = this.deps.painter.holdsFocus();
    this.card = null;
    this.offers = null;
    this.deps.painter.now();
    if (restore && (cards.takesFocus(closing.openedBy) || hadFocus)) {
      if (this.saved) closing.session.adapter.setSelection(this.saved);
      else closing.session.element.focus({ preventScroll: true });
    }
    this.saved = null;
  }

  /** The user's own pointer reached a card that opened by itself: from now on it takes clicks. */
  approached(): void {
    if (this.card && !this.card.interactive) this.change(cards.approached(this.card));
  }

  /** The user typed in a field: a card there may step aside. */
  edited(session: FieldSession): void {
    if (this.card?.session !== session) return;
    if (cards.afterEdit(this.card) !== this.card) this.close(false);
  }

  /** A fresh analysis found a clear crisis in what the user typed: the calm card opens by itself, now and then. */
  clearCrisis(session: FieldSession): void {
    const last = this.crisisShownAt.get(session.element) ?? -Infinity;
    if (Date.now() - last < CRISIS_REPEAT_MS || this.card) return;
    this.openFor(session, 'auto');
    // Counted as shown only once it is: a card that could not open yet opens at the next analysis.
    const opened = this.card as CardState<FieldSession> | null; // openFor sets it; TypeScript cannot tell
    if (opened?.session === session) this.crisisShownAt.set(session.element, Date.now());
  }

  private change(next: CardState<FieldSession> | null): void {
    this.card = next;
    this.deps.painter.now();
  }

  private shownFinding(state: NudgeCardState<FieldSession>): TrackedFinding | null {
    const findings = this.deps.fields.visibleFindings(state.session);
    return findings[cards.clampIndex(state.index, findings.length)] ?? null;
  }

  private view(state: CardState<FieldSession>) {
    const id = `sk-card-${this.cardId}`;
    const close = () => this.close(true);
    if (state.view === 'crisis') {
      const country = this.deps.config()?.country || 'auto';
      const resources = crisisResources(country, browser.i18n.getUILanguage());
      return <CrisisCard id={id} level={state.level} resources={resources} onClose={close} />;
    }
    const findings = this.deps.fields.visibleFindings(state.session);
    const index = cards.clampIndex(state.index, findings.length);
    const finding = findings[index];
    if (!finding) return null;
    const offers = this.offersFor(finding, state.variant);
    return (
      <Nudge
        id={id}
        trapName={categoryName(finding.category)}
        explanation={finding.explanation}
        offers={offers}
        position={{ index, count: findings.length }}
        onUse={(offer) => void this.use(state.session, finding, offer)}
        onStep={(by) => this.step(by)}
        onAnother={() => this.change(cards.another(state))}
        onNotNow={() => this.notNow(state.session, finding)}
        onFieldOff={() => this.fieldOff(state.session, finding)}
        onPauseSite={() => this.pauseSite()}
        onPractice={() => this.practice(finding)}
        onClose={close}
      />
    );
  }

  /** The wordings for a finding, kept while the card shows the same set; past the last set, the first again. */
  private offersFor(finding: TrackedFinding, variant: number): Offer[] {
    if (this.offers?.finding !== finding || this.offers.variant !== variant) {
      let list = placedOffers(finding, variant);
      if (list.length === 0 && variant > 0) list = placedOffers(finding, 0);
      this.offers = { finding, variant, list };
    }
    return this.offers.list;
  }

  private step(by: 1 | -1): void {
    const card = this.card;
    if (card?.view !== 'nudge') return;
    const next = cards.step(card, by, this.deps.fields.visibleFindings(card.session).length);
    const shown = this.shownFinding(next);
    if (shown) this.deps.count.shown(next.session, shown);
    this.change(next);
    this.deps.painter.focusCard();
  }

  private async use(session: FieldSession, finding: TrackedFinding, offer: Offer): Promise<void> {
    // The user may have typed since: replace only what the card showed, exactly.
    if (session.adapter.getText().slice(offer.start, offer.end) !== offer.original) {
      this.close(true);
      return;
    }
    this.card = null;
    this.offers = null;
    this.saved = null;
    this.deps.painter.now();
    const replaced = await session.adapter.replace(offer.start, offer.end, offer.text);
    if (replaced) this.deps.count.used(finding);
    // Editors that apply the edit through their own model may fire no input event of their own.
    session.handleInput(false, false);
  }

  private notNow(session: FieldSession, finding: TrackedFinding): void {
    this.deps.fields.setAsideFinding(session, finding);
    this.deps.count.dismissed(finding);
    this.close(true);
  }

  private fieldOff(session: FieldSession, finding: TrackedFinding): void {
    this.deps.fields.turnOff(session.element);
    this.deps.count.fieldOff(finding);
    this.close(true);
    this.deps.fields.drop(session);
  }

  private pauseSite(): void {
    void sendToBackground('setSiteEnabled', { host: location.hostname, enabled: false }).catch(
      () => undefined,
    );
    this.close(true);
    this.deps.pauseHere();
  }

  private practice(finding: TrackedFinding): void {
    void sendToBackground('openPractice', { exercise: 'break', sentence: finding.sentence }).catch(
      () => undefined,
    );
    this.close(true);
  }
}

/** The finding the caret is in, else the nearest to it; the first when there is no caret. */
function nearestFinding(
  findings: TrackedFinding[],
  caret: TextSelection | null,
): TrackedFinding | null {
  if (!caret) return findings[0] ?? null;
  const distance = (f: TrackedFinding) =>
    caret.start < f.start ? f.start - caret.start : caret.start > f.end ? caret.start - f.end : 0;
  return findings.reduce<TrackedFinding | null>(
    (best, f) => (best === null || distance(f) < distance(best) ? f : best),
    null,
  );
}

/** A finding's suggestions, placed in the text (offsets into the field's current text). */
function placedOffers(finding: TrackedFinding, variant: number): Offer[] {
  const local = {
    category: finding.category,
    start: finding.start - finding.sentenceStart,
    end: finding.end - finding.sentenceStart,
    sentenceStart: 0,
    sentenceEnd: finding.sentence.length,
  };
  return offersFor(local, finding.sentence, variant).map((offer) => ({
    ...offer,
    start: offer.start + finding.sentenceStart,
    end: offer.end + finding.sentenceStart,
  }));
}
