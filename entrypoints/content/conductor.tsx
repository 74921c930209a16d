/**
 * The engine half's conductor: it only wires the pieces together. Page events (trusted ones only, where
 * they would open, move, apply or count) feed the field sessions; a session's analysis feeds counting and
 * the overlay; the overlay draws the card that card-state.ts says is open. Every listener hangs on the
 * content script's AbortSignal.
 */
import { onMirrorGrown } from './adapters/text-mirror';
import { render } from 'preact';
import { browser } from 'wxt/browser';
import { CrisisCard } from '@/components/card/CrisisCard';
import { Layer, type IndicatorView, type MarkBox } from '@/components/card/Layer';
import { NudgeCard } from '@/components/card/NudgeCard';
import { crisisResources } from '@/components/crisis/source';
import { offersFor, type Offer } from '@/lib/engine/suggestions';
import type { AnalyzeOptions, Analyzer } from '@/lib/engine/types';
import { t, type MessageKey } from '@/lib/i18n';
import type { ContentConfig } from '@/lib/messaging/protocol';
import { createAdapter } from './adapters';
import type { TextSelection } from './adapters/types';
import * as cards from './card-state';
import type { CardState, NudgeCardState, OpenedBy } from './card-state';
import { editableRootOf } from './eligibility';
import type { EngineApi } from './engine-api';
import { sendToBackground } from './messaging';
import { cardPosition, contains, indicatorPosition, INDICATOR_SIZE } from './overlay/geometry';
import { createOverlayHost, type OverlayHost } from './overlay/host';
import { createRecentNudges } from './recent-nudges';
import { FieldSession, type TrackedFinding } from './session';
import { createCounting, findingKey } from './counting';
import { createStatsQueue } from './stats';
import { trackUserEdits, type UserEdits } from './trust';

/** Alt+Shift+K (K for kind) opens the card from inside a field. Matched by physical key. */
export function isOpenCardShortcut(event: KeyboardEvent): boolean {
  return (
    event.code === 'KeyK' && event.altKey && event.shiftKey && !event.ctrlKey && !event.metaKey
  );
}

const NOT_NOW_COOLDOWN_MS = 2 * 60_000;
const CRISIS_REPEAT_MS = 30 * 60_000;
const HOVER_DELAY_MS = 300;
/**
 * Highlights are measured once typing pauses this long, not on every frame while keys go down: laying
 * out a long field's text for every keystroke is what made typing in it cost.
 */
const SETTLE_MS = 250;

export interface ConductorDeps {
  createAnalyzer(options: AnalyzeOptions): Analyzer;
}

/** A finding's suggestions, placed in the text (offsets into the field's current text). */
function offersOf(finding: TrackedFinding, variant: number): Offer[] {
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

export function createConductor(
  signal: AbortSignal,
  deps: ConductorDeps,
  userEdits: UserEdits = trackUserEdits(signal),
): EngineApi {
  let config: ContentConfig | null = null;
  let overlay: OverlayHost | null = null;
  const sessions = new Map<HTMLElement, FieldSession>();
  const fieldsOff = new WeakSet<HTMLElement>();
  const cooldownUntil = new WeakMap<HTMLElement, number>();
  const crisisShownAt = new WeakMap<HTMLElement, number>();
  const dismissed = new WeakMap<HTMLElement, Set<string>>();
  let active: FieldSession | null = null;
  let card: CardState<FieldSession> | null = null;
  /** Where focus and caret were when the card took focus, to give them back. */
  let saved: TextSelection | null = null;
  let offers: { finding: TrackedFinding; variant: number; list: Offer[] } | null = null;
  let marks: Array<{ box: MarkBox; finding: TrackedFinding }> = [];
  let leaf: { box: MarkBox; session: FieldSession } | null = null;
  let frame = 0;
  let hoverTimer: ReturnType<typeof setTimeout> | undefined;
  let settleTimer: ReturnType<typeof setTimeout> | undefined;
  let typingUntil = 0;
  let cardId = 0;
  let cardHeight = 300;
  const count = createCounting(createStatsQueue(signal));
  const resizeObserver = new ResizeObserver(() => scheduleRender());
  // A long text's mirror is laid out over several idle tasks; each step may bring highlights into place.
  onMirrorGrown(() => scheduleRender(), signal);

  const analyzerOptions = (): AnalyzeOptions => ({
    sensitivity: config?.settings.sensitivity ?? 'standard',
    disabledCategories: config?.settings.disabledCategories ?? [],
  });

  const setFor = (map: WeakMap<HTMLElement, Set<string>>, element: HTMLElement) => {
    let set = map.get(element);
    if (!set) map.set(element, (set = new Set()));
    return set;
  };

  /** Findings worth showing, in text order: not in crisis, with suggestions, not set aside with "Not now". */
  const visibleFindings = (session: FieldSession): TrackedFinding[] => {
    if (session.crisis || fieldsOff.has(session.element)) return [];
    const hidden = dismissed.get(session.element);
    return session.findings
      .filter((f) => f.suggestions.length > 0 && !hidden?.has(findingKey(f)))
      .sort((a, b) => a.start - b.start);
  };

  /** Every finding on the page, opened or not, for the popup. */
  createRecentNudges(signal, () =>
    [...sessions.values()].flatMap((session) =>
      visibleFindings(session).map((finding) => ({
        category: finding.category,
        text: finding.sentence,
        explanation: finding.explanation,
        at: 0,
      })),
    ),
  );

  // ---- drawing ------------------------------------------------------------------------------

  function scheduleRender() {
    if (!frame) frame = requestAnimationFrame(renderNow);
  }

  function shownFinding(state: NudgeCardState<FieldSession>): TrackedFinding | null {
    const findings = visibleFindings(state.session);
    return findings[cards.clampIndex(state.index, findings.length)] ?? null;
  }

  function renderNow() {
    cancelAnimationFrame(frame);
    frame = 0;
    if (!overlay) return;
    const session = card?.session ?? active;
    marks = [];
    leaf = null;
    let indicator: IndicatorView | null = null;
    let cardAnchor: MarkBox | null = null;
    if (session && session.element.isConnected && config?.active) {
      const field = session.element.getBoundingClientRect();
      const onScreen =
        field.width > 0 && field.height > 0 && field.bottom > 0 && field.top < innerHeight;
      const findings = visibleFindings(session);
      const typing = performance.now() < typingUntil && !card;
      if (onScreen && !typing) {
        for (const finding of findings) {
          for (const rect of session.adapter.getRects(finding.start, finding.end)) {
            const box = clip(rect, field);
            if (box) marks.push({ box, finding });
          }
        }
        if (findings.length > 0 || session.crisis) {
          const spot = indicatorPosition(field);
          leaf = {
            box: { ...spot, width: INDICATOR_SIZE, height: INDICATOR_SIZE },
            session,
          };
          const possible = session.crisis && session.crisisLevel === 'possible';
          indicator = {
            ...spot,
            count: session.crisis ? 0 : findings.length,
            tone: possible ? 'possible' : session.crisis ? 'crisis' : 'nudge',
            label: possible
              ? t('card_indicator_possible')
              : session.crisis
                ? t('card_indicator_crisis')
                : findings.length === 1
                  ? t('card_indicator_one')
                  : t('card_indicator_many', String(findings.length)),
            onActivate: () => openCard(session, 'keyboard'),
          };
        }
      }
      if (card) {
        const shown = card.view === 'nudge' ? shownFinding(card) : null;
        cardAnchor = (shown && marks.find((m) => m.finding === shown)?.box) || {
          left: field.left,
          top: field.bottom - 2,
          width: field.width,
          height: 0,
        };
      }
    }
    const view = card ? cardView(card) : null;
    const spot =
      cardAnchor && view
        ? cardPosition(cardAnchor, { width: innerWidth, height: innerHeight }, cardHeight)
        : null;
    render(
      <Layer
        marks={marks.map((m) => m.box)}
        indicator={indicator}
        card={view}
        cardPlacement={spot && card ? { ...spot, interactive: card.interactive } : null}
      />,
      overlay.mount,
    );
    // Place the card by its real height once it is drawn (it depends on the wordings).
    const drawn = view ? naturalCardHeight() : 0;
    if (drawn && Math.abs(drawn - cardHeight) > 1) {
      cardHeight = drawn;
      renderNow();
    }
  }

  /** The card's height with nothing scrolled away: its fixed rows plus every wording. */
  function naturalCardHeight(): number {
    const element = overlay?.shadow.querySelector<HTMLElement>('.card');
    if (!element) return 0;
    const list = element.querySelector<HTMLElement>('.suggestions, .resources');
    const hidden = list ? list.scrollHeight - list.clientHeight : 0;
    return element.offsetHeight + hidden + 2;
  }

  function clip(rect: DOMRect, field: DOMRect): MarkBox | null {
    const left = Math.max(rect.left, field.left);
    const right = Math.min(rect.right, field.right);
    const top = Math.max(rect.top, field.top);
    const bottom = Math.min(rect.bottom, field.bottom);
    if (right - left < 1 || bottom - top < 1) return null;
    return { left, top, width: right - left, height: bottom - top };
  }

  function cardView(state: CardState<FieldSession>) {
    const id = `sk-card-${cardId}`;
    const close = () => closeCard(true);
    if (state.view === 'crisis') {
      const resources = crisisResources(config?.country || 'auto', browser.i18n.getUILanguage());
      return <CrisisCard id={id} level={state.level} resources={resources} onClose={close} />;
    }
    const findings = visibleFindings(state.session);
    const index = cards.clampIndex(state.index, findings.length);
    const finding = findings[index];
    if (!finding) return null;
    if (offers?.finding !== finding || offers.variant !== state.variant) {
      offers = { finding, variant: state.variant, list: offersOf(finding, state.variant) };
      if (offers.list.length === 0 && state.variant > 0)
        offers = { finding, variant: state.variant, list: offersOf(finding, 0) };
    }
    return (
      <NudgeCard
        id={id}
        trapName={t(`category_${finding.category}_name` as MessageKey)}
        explanation={finding.explanation}
        offers={offers.list}
        position={{ index, count: findings.length }}
        onUse={(offer) => void use(state.session, finding, offer)}
        onStep={(by) => step(by)}
        onAnother={() => change(cards.another(state))}
        onNotNow={() => notNow(state.session, finding)}
        onFieldOff={() => fieldOff(state.session, finding)}
        onPauseSite={() => pauseSite()}
        onPractice={() => practice(finding)}
        onClose={close}
      />
    );
  }

  function focusCard() {
    overlay?.shadow.querySelector<HTMLElement>('.card .primary, .card .action, .card a')?.focus();
  }

  // ---- the card -----------------------------------------------------------------------------

  function change(next: CardState<FieldSession> | null) {
    card = next;
    renderNow();
  }

  function step(by: 1 | -1) {
    if (card?.view !== 'nudge') return;
    const next = cards.step(card, by, visibleFindings(card.session).length);
    const shown = shownFinding(next);
    if (shown) count.shown(next.session, shown);
    change(next);
    focusCard();
  }

  /** Opens the card; `how` is always the user's own doing, except a clear crisis ('auto'). */
  function openCard(session: FieldSession, how: OpenedBy, finding?: TrackedFinding) {
    if (card) closeCard(false);
    if (fieldsOff.has(session.element) || !config?.active) return;
    saved = cards.takesFocus(how) ? session.adapter.getSelection() : null;
    cardId++;
    if (session.crisis) {
      card = cards.openCrisis(session, session.crisisLevel ?? 'clear', how);
      if (how === 'auto' || session.crisisLevel !== 'possible') count.crisisShown();
    } else {
      if (how === 'auto') return;
      const findings = visibleFindings(session);
      const chosen = finding ?? nearestFinding(findings, saved ?? session.adapter.getSelection());
      if (!chosen) return;
      card = cards.openNudge(session, findings.indexOf(chosen), how);
      count.shown(session, chosen);
    }
    renderNow();
    if (cards.takesFocus(how)) focusCard();
  }

  function nearestFinding(findings: TrackedFinding[], caret: TextSelection | null) {
    if (!caret) return findings[0] ?? null;
    const distance = (f: TrackedFinding) =>
      caret.start < f.start ? f.start - caret.start : caret.start > f.end ? caret.start - f.end : 0;
    return findings.reduce<TrackedFinding | null>(
      (best, f) => (best === null || distance(f) < distance(best) ? f : best),
      null,
    );
  }

  /** Closes the card; gives focus and caret back when the card had taken focus. */
  function closeCard(restore: boolean) {
    const closing = card;
    if (!closing) return;
    const hadFocus = Boolean(overlay?.shadow.activeElement);
    card = null;
    offers = null;
    renderNow();
    if (restore && (cards.takesFocus(closing.openedBy) || hadFocus)) {
      if (saved) closing.session.adapter.setSelection(saved);
      else closing.session.element.focus({ preventScroll: true });
    }
    saved = null;
  }

  async function use(session: FieldSession, finding: TrackedFinding, offer: Offer) {
    // The user may have typed since: replace only what the card showed, exactly.
    if (session.adapter.getText().slice(offer.start, offer.end) !== offer.original) {
      closeCard(true);
      return;
    }
    card = null;
    offers = null;
    saved = null;
    renderNow();
    const replaced = await session.adapter.replace(offer.start, offer.end, offer.text);
    if (replaced) count.used(finding);
    // Editors that apply the edit through their own model may fire no input event of their own.
    session.handleInput(false, false);
  }

  function notNow(session: FieldSession, finding: TrackedFinding) {
    setFor(dismissed, session.element).add(findingKey(finding));
    cooldownUntil.set(session.element, Date.now() + NOT_NOW_COOLDOWN_MS);
    count.dismissed(finding);
    closeCard(true);
  }

  function fieldOff(session: FieldSession, finding: TrackedFinding) {
    fieldsOff.add(session.element);
    count.fieldOff(finding);
    closeCard(true);
    dropSession(session);
  }

  function pauseSite() {
    void sendToBackground('setSiteEnabled', { host: location.hostname, enabled: false }).catch(
      () => undefined,
    );
    closeCard(true);
    if (config) config = { ...config, active: false };
    for (const session of [...sessions.values()]) dropSession(session);
  }

  function practice(finding: TrackedFinding) {
    void sendToBackground('openPractice', { exercise: 'break', sentence: finding.sentence }).catch(
      () => undefined,
    );
    closeCard(true);
  }

  function dropSession(session: FieldSession) {
    session.dispose();
    sessions.delete(session.element);
    resizeObserver.unobserve(session.element);
    if (active === session) active = null;
    renderNow();
  }

  // ---- sessions and counting ------------------------------------------------------------------

  function createSession(field: HTMLElement): FieldSession | null {
    const adapter = createAdapter(field);
    if (!adapter) return null;
    return new FieldSession(adapter, {
      pauseDelayMs: config?.settings.pauseDelayMs ?? 600,
      createAnalyzer: () => deps.createAnalyzer(analyzerOptions()),
      onEdit(session) {
        if (card?.session === session) {
          const next = cards.afterEdit(card);
          if (next !== card) closeCard(false);
        }
      },
      onChange(session, fresh, analysis) {
        if (fresh && analysis) count.analysed(session);
        if (fresh && session.byUser && session.crisis && session.crisisLevel === 'clear')
          maybeShowCrisis(session);
        scheduleRender();
      },
    });
  }

  function maybeShowCrisis(session: FieldSession) {
    const last = crisisShownAt.get(session.element) ?? -Infinity;
    if (Date.now() - last < CRISIS_REPEAT_MS || card) return;
    openCard(session, 'auto');
    // Counted as shown only once it is: a card that could not open yet opens at the next analysis.
    const opened = card as CardState<FieldSession> | null; // openCard sets it; TypeScript cannot tell
    if (opened?.session === session) crisisShownAt.set(session.element, Date.now());
  }

  // ---- page events (capture, on the document, tied to the signal) -----------------------------

  const listen = <K extends keyof DocumentEventMap>(
    type: K,
    handler: (event: DocumentEventMap[K]) => void,
    passive = true,
  ) => document.addEventListener(type, handler, { capture: true, passive, signal });

  const sessionFor = (event: Event) => {
    const field = editableRootOf(event.composedPath()[0] ?? null);
    return field ? (sessions.get(field) ?? null) : null;
  };

  listen('input', (event) => {
    const session = sessionFor(event);
    if (session) {
      typingUntil = performance.now() + SETTLE_MS;
      clearTimeout(settleTimer);
      settleTimer = setTimeout(scheduleRender, SETTLE_MS);
    }
    session?.handleInput((event as InputEvent).isComposing, userEdits.byUser(session.element));
  });
  listen('compositionstart', (event) => sessionFor(event)?.handleCompositionStart());
  listen('compositionend', (event) => {
    const session = sessionFor(event);
    session?.handleCompositionEnd(userEdits.byUser(session.element));
  });
  listen('focusout', (event) => sessionFor(event)?.handleBlur());
  listen(
    'keydown',
    (event) => {
      if (!event.isTrusted || event.isComposing) return;
      if (event.key === 'Escape' && card && !overlay?.shadow.activeElement) {
        closeCard(false);
        return;
      }
      if (!isOpenCardShortcut(event)) return;
      const session = sessionFor(event);
      if (!session || (!session.crisis && visibleFindings(session).length === 0)) return;
      event.preventDefault();
      openCard(session, 'keyboard');
    },
    false,
  );
  listen('scroll', () => scheduleRender());
  addEventListener('resize', () => scheduleRender(), { passive: true, signal });

  const cardBox = (): DOMRect | null =>
    overlay?.shadow.querySelector('.card')?.getBoundingClientRect() ?? null;
  const inBox = (box: DOMRect | MarkBox | null, event: MouseEvent) =>
    box !== null && contains(box, event.clientX, event.clientY, 0);

  // The leaf takes no pointer events: the user's own press on it is recognised here, in the isolated world.
  listen(
    'mousedown',
    (event) => {
      if (!event.isTrusted || event.button !== 0) return;
      if (leaf && inBox(leaf.box, event) && !(card?.interactive && inBox(cardBox(), event))) {
        // Keep focus and caret in the field; the card decides where focus goes.
        event.preventDefault();
        openCard(leaf.session, 'pointer');
        return;
      }
      if (!card) return;
      if (!card.interactive && inBox(cardBox(), event)) {
        change(cards.approached(card));
        return;
      }
      // A press anywhere but on our own UI closes a hover card.
      if (card.openedBy === 'hover' && event.target !== overlay?.host) closeCard(false);
    },
    false,
  );
  listen('mousemove', (event) => {
    clearTimeout(hoverTimer);
    if (!event.isTrusted) return;
    if (card) {
      // The user's pointer came to a card that opened by itself: from now on it takes clicks.
      if (!card.interactive && inBox(cardBox(), event)) change(cards.approached(card));
      return;
    }
    if (marks.length === 0) return;
    const hit = marks.find((m) => contains(m.box, event.clientX, event.clientY));
    const session = active;
    if (!hit || !session || (cooldownUntil.get(session.element) ?? 0) > Date.now()) return;
    hoverTimer = setTimeout(() => {
      if (!card && active === session) openCard(session, 'hover', hit.finding);
    }, HOVER_DELAY_MS);
  });

  signal.addEventListener('abort', () => {
    clearTimeout(hoverTimer);
    clearTimeout(settleTimer);
    cancelAnimationFrame(frame);
    resizeObserver.disconnect();
    for (const session of sessions.values()) session.dispose();
    sessions.clear();
    count.flush();
  });

  return {
    attach(field, fresh) {
      if (signal.aborted) return;
      config = fresh;
      if (!fresh.active || fieldsOff.has(field)) {
        if (active) resizeObserver.unobserve(active.element);
        active = null;
        scheduleRender();
        return;
      }
      overlay ??= createOverlayHost(document, signal, () => renderNow());
      for (const session of [...sessions.values()]) {
        if (!session.element.isConnected) dropSession(session);
      }
      let session = sessions.get(field);
      if (!session) {
        const created = createSession(field);
        if (!created) return;
        session = created;
        sessions.set(field, session);
        // What the user typed while the engine loaded is theirs, and waits for their pause; text that was
        // already there is not theirs, and is analysed at once, in idle slices.
        const typedAgo = userEdits.sinceLastEdit(field);
        if (typedAgo !== null) session.resumeTyping(typedAgo);
        else void session.analyzeNow();
      }
      if (active !== session) {
        if (active) resizeObserver.unobserve(active.element);
        active = session;
        resizeObserver.observe(field);
      }
      scheduleRender();
    },
    setConfig(fresh) {
      const before = config;
      config = fresh;
      if (!fresh.active) {
        closeCard(false);
        for (const session of [...sessions.values()]) dropSession(session);
        return;
      }
      const changed =
        before?.settings.sensitivity !== fresh.settings.sensitivity ||
        before?.settings.disabledCategories.join() !== fresh.settings.disabledCategories.join();
      if (changed) {
        for (const session of sessions.values()) {
          session.reset(() => deps.createAnalyzer(analyzerOptions()));
        }
      }
    },
  };
}
