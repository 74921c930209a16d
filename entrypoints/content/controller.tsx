/**
 * The engine half's conductor: one session per field, the overlay (highlights, indicator, one card),
 * the card's actions, stats (counts only) and the popup's recent nudges. Every listener hangs on the
 * content script's AbortSignal.
 */
import { onMirrorGrown } from './adapters/text-mirror';
import { render } from 'preact';
import { CrisisCard, type CrisisResourceView } from '@/components/card/CrisisCard';
import { Layer, type IndicatorView, type MarkBox } from '@/components/card/Layer';
import { NudgeCard } from '@/components/card/NudgeCard';
import type { AnalyzeOptions, Analyzer, CategoryId, Suggestion } from '@/lib/engine/types';
import { t, type MessageKey } from '@/lib/i18n';
import type { ContentConfig } from '@/lib/messaging/protocol';
import { createAdapter } from './adapters';
import type { TextSelection } from './adapters/types';
import { editableRootOf } from './eligibility';
import type { EngineApi } from './engine-api';
import { sendToBackground } from './messaging';
import { cardPosition, contains, indicatorPosition } from './overlay/geometry';
import { createOverlayHost, type OverlayHost } from './overlay/host';
import { createRecentNudges } from './recent-nudges';
import { FieldSession, type TrackedFinding } from './session';
import { createStatsQueue } from './stats';

/** Alt+Shift+K (K for kind) opens the card from inside a field. Matched by physical key. */
export function isOpenCardShortcut(event: KeyboardEvent): boolean {
  return (
    event.code === 'KeyK' && event.altKey && event.shiftKey && !event.ctrlKey && !event.metaKey
  );
}

const NOT_NOW_COOLDOWN_MS = 2 * 60_000;
const CRISIS_REPEAT_MS = 30 * 60_000;
const HOVER_DELAY_MS = 300;
const MAX_VARIANT_TRIES = 4;

export interface ControllerDeps {
  createAnalyzer(options: AnalyzeOptions): Analyzer;
  crisisResources(country: string): { lines: CrisisResourceView[]; emergency: string };
}

interface CardBase {
  session: FieldSession;
  /** Focus moved into the card (opened by click or shortcut): give it back on close. */
  focusMoved: boolean;
  saved: TextSelection | null;
}
type CardState =
  | (CardBase & {
      kind: 'nudge';
      finding: TrackedFinding;
      suggestions: Suggestion[];
      variant: number;
    })
  | (CardBase & { kind: 'crisis' });

const keyOf = (finding: TrackedFinding) => `${finding.rule}\u0000${finding.flagged.toLowerCase()}`;

export function createController(signal: AbortSignal, deps: ControllerDeps): EngineApi {
  let config: ContentConfig | null = null;
  let overlay: OverlayHost | null = null;
  const sessions = new Map<HTMLElement, FieldSession>();
  const fieldsOff = new WeakSet<HTMLElement>();
  const cooldownUntil = new WeakMap<HTMLElement, number>();
  const crisisShownAt = new WeakMap<HTMLElement, number>();
  const dismissed = new WeakMap<HTMLElement, Set<string>>();
  const counted = new WeakMap<HTMLElement, Set<string>>();
  let active: FieldSession | null = null;
  let card: CardState | null = null;
  let marks: Array<{ box: MarkBox; finding: TrackedFinding }> = [];
  let frame = 0;
  let hoverTimer: ReturnType<typeof setTimeout> | undefined;
  let cardId = 0;
  let cardHeight = 330;
  const stats = createStatsQueue(signal);
  const recent = createRecentNudges(signal);
  const resizeObserver = new ResizeObserver(() => scheduleRender());
  // A long text's mirror is laid out over several idle tasks; each step may bring highlights into place.
  onMirrorGrown(() => scheduleRender(), signal);

  const analyzerOptions = (variant = 0): AnalyzeOptions => ({
    sensitivity: config?.settings.sensitivity ?? 'standard',
    disabledCategories: config?.settings.disabledCategories ?? [],
    ...(variant ? { variant } : {}),
  });

  const setFor = (map: WeakMap<HTMLElement, Set<string>>, element: HTMLElement) => {
    let set = map.get(element);
    if (!set) map.set(element, (set = new Set()));
    return set;
  };

  /** Findings worth showing: not in crisis, with suggestions, not set aside with "Not now". */
  const visibleFindings = (session: FieldSession): TrackedFinding[] => {
    if (session.crisis || fieldsOff.has(session.element)) return [];
    const hidden = dismissed.get(session.element);
    return session.findings.filter((f) => f.suggestions.length > 0 && !hidden?.has(keyOf(f)));
  };

  // ---- rendering ----------------------------------------------------------------------------

  function scheduleRender() {
    if (!frame) frame = requestAnimationFrame(renderNow);
  }

  function renderNow() {
    cancelAnimationFrame(frame);
    frame = 0;
    if (!overlay) return;
    const session = card?.session ?? active;
    marks = [];
    let indicator: IndicatorView | null = null;
    let cardAnchor: MarkBox | null = null;
    if (session && session.element.isConnected && config?.active) {
      const field = session.element.getBoundingClientRect();
      const onScreen =
        field.width > 0 && field.height > 0 && field.bottom > 0 && field.top < innerHeight;
      const findings = visibleFindings(session);
      if (onScreen) {
        for (const finding of findings) {
          for (const rect of session.adapter.getRects(finding.start, finding.end)) {
            const box = clip(rect, field);
            if (box) marks.push({ box, finding });
          }
        }
        if (findings.length > 0 || session.crisis) {
          indicator = {
            ...indicatorPosition(field),
            count: session.crisis ? 0 : findings.length,
            label: session.crisis
              ? t('card_indicator_crisis')
              : findings.length === 1
                ? t('card_indicator_one')
                : t('card_indicator_many', String(findings.length)),
            onActivate: () => openCard(session, 'pointer'),
          };
        }
      }
      if (card) {
        const current = card;
        cardAnchor = (current.kind === 'nudge' &&
          marks.find((m) => m.finding === current.finding)?.box) || {
          left: field.left,
          top: field.bottom - 2,
          width: field.width,
          height: 0,
        };
      }
    }
    const position = cardAnchor
      ? cardPosition(cardAnchor, { width: innerWidth, height: innerHeight }, cardHeight)
      : null;
    render(
      <Layer
        marks={marks.map((m) => m.box)}
        indicator={indicator}
        card={card ? cardView(card) : null}
        cardPosition={position}
      />,
      overlay.mount,
    );
    // Place the card by its real height once it is drawn (it depends on the wordings).
    const drawn = card ? (overlay.shadow.querySelector('.card')?.scrollHeight ?? 0) + 2 : 0;
    if (drawn && Math.abs(drawn - cardHeight) > 1) {
      cardHeight = drawn;
      renderNow();
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

  function cardView(state: CardState) {
    const id = `sk-card-${cardId}`;
    const close = () => closeCard(true);
    if (state.kind === 'crisis') {
      const { lines, emergency } = deps.crisisResources(config?.country ?? '');
      return <CrisisCard id={id} resources={lines} emergency={emergency} onClose={close} />;
    }
    const { finding } = state;
    return (
      <NudgeCard
        id={id}
        trapName={t(`category_${finding.category}_name` as MessageKey)}
        explanation={finding.explanation}
        suggestions={state.suggestions}
        onUse={(suggestion) => void use(state, suggestion)}
        onAnother={() => another(state)}
        onNotNow={() => notNow(state)}
        onFieldOff={() => fieldOff(state)}
        onPauseSite={() => pauseSite()}
        onPractice={() => practice(state)}
        onClose={close}
      />
    );
  }

  // ---- the card ---------------------------------------------------------------------------

  function openCard(
    session: FieldSession,
    how: 'hover' | 'pointer' | 'keyboard' | 'auto',
    finding?: TrackedFinding,
  ) {
    if (card) closeCard(false);
    if (fieldsOff.has(session.element) || !config?.active) return;
    const focusMoved = how === 'pointer' || how === 'keyboard';
    const saved = session.adapter.getSelection();
    cardId++;
    if (session.crisis) {
      card = { kind: 'crisis', session, focusMoved, saved };
      stats.record({ kind: 'crisis_shown' });
    } else {
      const chosen = finding ?? nearestFinding(session, saved);
      if (!chosen) return;
      card = {
        kind: 'nudge',
        session,
        finding: chosen,
        suggestions: chosen.suggestions,
        variant: 0,
        focusMoved,
        saved,
      };
      stats.record({ kind: 'shown', category: chosen.category, severity: chosen.severity });
      recent.add({
        category: chosen.category,
        text: chosen.sentence,
        explanation: chosen.explanation,
        at: Date.now(),
      });
    }
    renderNow();
    if (focusMoved) {
      overlay?.shadow.querySelector<HTMLElement>('.card .primary, .card .action')?.focus();
    }
  }

  function nearestFinding(session: FieldSession, caret: TextSelection | null) {
    const findings = visibleFindings(session);
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
    renderNow();
    if (restore && (closing.focusMoved || hadFocus)) {
      if (closing.saved) closing.session.adapter.setSelection(closing.saved);
      else closing.session.element.focus({ preventScroll: true });
    }
  }

  async function use(state: CardState & { kind: 'nudge' }, suggestion: Suggestion) {
    const { session, finding } = state;
    const sentenceWide = suggestion.replaces === 'sentence';
    const start = sentenceWide ? finding.sentenceStart : finding.start;
    const end = sentenceWide ? finding.sentenceEnd : finding.end;
    const original = sentenceWide ? finding.sentence : finding.flagged;
    // The user may have typed since: replace only what was flagged, exactly.
    if (session.adapter.getText().slice(start, end) !== original) {
      closeCard(true);
      return;
    }
    card = null;
    renderNow();
    const replaced = await session.adapter.replace(start, end, suggestion.text);
    if (replaced)
      stats.record({ kind: 'used', category: finding.category, severity: finding.severity });
    session.handleInput();
  }

  function another(state: CardState & { kind: 'nudge' }) {
    const { finding } = state;
    const offset = finding.start - finding.sentenceStart;
    const current = state.suggestions.map((s) => s.text).join('\n');
    for (let tries = 1; tries <= MAX_VARIANT_TRIES; tries++) {
      const variant = state.variant + tries;
      const analysis = deps.createAnalyzer(analyzerOptions(variant)).update(finding.sentence);
      const match =
        analysis.findings.find((f) => f.rule === finding.rule && f.start === offset) ??
        analysis.findings.find((f) => f.category === finding.category && f.start === offset);
      const suggestions = match?.suggestions ?? [];
      if (suggestions.length > 0 && suggestions.map((s) => s.text).join('\n') !== current) {
        card = { ...state, variant, suggestions };
        renderNow();
        return;
      }
    }
    // No other wording: show the same ones in a new order rather than nothing.
    card = {
      ...state,
      suggestions: [...state.suggestions.slice(1), ...state.suggestions.slice(0, 1)],
    };
    renderNow();
  }

  function notNow(state: CardState & { kind: 'nudge' }) {
    setFor(dismissed, state.session.element).add(keyOf(state.finding));
    cooldownUntil.set(state.session.element, Date.now() + NOT_NOW_COOLDOWN_MS);
    stats.record({
      kind: 'dismissed',
      category: state.finding.category,
      severity: state.finding.severity,
    });
    closeCard(true);
  }

  function fieldOff(state: CardState & { kind: 'nudge' }) {
    const { session } = state;
    fieldsOff.add(session.element);
    stats.record({ kind: 'field_off', category: state.finding.category });
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

  function practice(state: CardState & { kind: 'nudge' }) {
    void sendToBackground('openPractice', {
      exercise: 'break',
      sentence: state.finding.sentence,
    }).catch(() => undefined);
    closeCard(true);
  }

  function dropSession(session: FieldSession) {
    session.dispose();
    sessions.delete(session.element);
    resizeObserver.unobserve(session.element);
    if (active === session) active = null;
    renderNow();
  }

  // ---- sessions -----------------------------------------------------------------------------

  function createSession(field: HTMLElement): FieldSession | null {
    const adapter = createAdapter(field);
    if (!adapter) return null;
    return new FieldSession(adapter, {
      pauseDelayMs: config?.settings.pauseDelayMs ?? 600,
      createAnalyzer: () => deps.createAnalyzer(analyzerOptions()),
      onEdit(session) {
        if (card?.session === session && !card.focusMoved) closeCard(false);
      },
      onChange(session, fresh, analysis) {
        if (fresh && analysis) countFindings(session);
        if (fresh && session.crisis) maybeShowCrisis(session);
        scheduleRender();
      },
    });
  }

  function countFindings(session: FieldSession) {
    const seen = setFor(counted, session.element);
    for (const finding of session.findings) {
      const key = `${keyOf(finding)}\u0000${finding.start}`;
      if (seen.has(key)) continue;
      seen.add(key);
      stats.record({
        kind: 'harsh',
        category: finding.category as CategoryId,
        severity: finding.severity,
      });
    }
    for (const kind of session.kind) {
      const key = `kind\u0000${kind.rule}\u0000${kind.start}`;
      if (seen.has(key)) continue;
      seen.add(key);
      stats.record({ kind: 'kind' });
    }
  }

  function maybeShowCrisis(session: FieldSession) {
    const last = crisisShownAt.get(session.element) ?? -Infinity;
    if (Date.now() - last < CRISIS_REPEAT_MS || card) return;
    crisisShownAt.set(session.element, Date.now());
    openCard(session, 'auto');
  }

  // ---- page events (all capture, on the document, tied to the signal) --------------------------

  const listen = <K extends keyof DocumentEventMap>(
    type: K,
    handler: (event: DocumentEventMap[K]) => void,
    passive = true,
  ) => document.addEventListener(type, handler, { capture: true, passive, signal });

  const sessionFor = (event: Event) => {
    const field = editableRootOf(event.composedPath()[0] ?? null);
    return field ? (sessions.get(field) ?? null) : null;
  };

  listen('input', (event) => sessionFor(event)?.handleInput((event as InputEvent).isComposing));
  listen('compositionstart', (event) => sessionFor(event)?.handleCompositionStart());
  listen('compositionend', (event) => sessionFor(event)?.handleCompositionEnd());
  listen('focusout', (event) => sessionFor(event)?.handleBlur());
  listen(
    'keydown',
    (event) => {
      if (event.isComposing) return;
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
  listen('pointerdown', (event) => {
    // A press anywhere but on our own UI (the host, as seen from the page) closes a hover card.
    if (card && !card.focusMoved && event.target !== overlay?.host) closeCard(false);
  });
  listen('mousemove', (event) => {
    clearTimeout(hoverTimer);
    if (card || marks.length === 0) return;
    const hit = marks.find((m) => contains(m.box, event.clientX, event.clientY));
    const session = active;
    if (!hit || !session || (cooldownUntil.get(session.element) ?? 0) > Date.now()) return;
    hoverTimer = setTimeout(() => {
      if (!card && active === session) openCard(session, 'hover', hit.finding);
    }, HOVER_DELAY_MS);
  });

  signal.addEventListener('abort', () => {
    clearTimeout(hoverTimer);
    cancelAnimationFrame(frame);
    resizeObserver.disconnect();
    for (const session of sessions.values()) session.dispose();
    sessions.clear();
    stats.flush();
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
      overlay ??= createOverlayHost(document, signal);
      for (const session of [...sessions.values()]) {
        if (!session.element.isConnected) dropSession(session);
      }
      let session = sessions.get(field);
      if (!session) {
        const created = createSession(field);
        if (!created) return;
        session = created;
        sessions.set(field, session);
        // Text that was already there is analysed in idle slices.
        void session.analyzeNow();
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
