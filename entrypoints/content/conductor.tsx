/**
 * The engine half's conductor: it only wires the pieces together, in the order text flows:
 * field → adapter → session (fields.ts) → analysis → counting and the overlay (overlay/painter.tsx) → the card
 * (card-controller.tsx) → apply. Page events (page-events.ts) feed the sessions and the card. Every listener
 * hangs on the content script's AbortSignal.
 */
import type { AnalyzeOptions, Analyzer } from '@/lib/engine/types';
import type { ContentConfig } from '@/lib/messaging/protocol';
import { createAdapter } from './adapters';
import { CardController } from './card-controller';
import { createCounting } from './counting';
import type { EngineApi } from './engine-api';
import { Fields } from './fields';
import { Painter, type Scene } from './overlay/painter';
import { listenToPage } from './page-events';
import { createRecentNudges } from './recent-nudges';
import { FieldSession } from './session';
import { createStatsQueue } from './stats';
import { trackUserEdits, type UserEdits } from './trust';

export interface ConductorDeps {
  createAnalyzer(options: AnalyzeOptions): Analyzer;
}

export function createConductor(
  signal: AbortSignal,
  deps: ConductorDeps,
  userEdits: UserEdits = trackUserEdits(signal),
): EngineApi {
  let config: ContentConfig | null = null;
  const count = createCounting(createStatsQueue(signal));
  const fields = new Fields((dropped) => {
    painter.unfollow(dropped.element);
    painter.now();
  });
  const painter: Painter = new Painter(signal, (): Scene => {
    const open = card.open;
    return {
      session: open?.session ?? fields.active,
      active: config?.active ?? false,
      findings: (session) => fields.visibleFindings(session),
      card: card.scene(),
      onLeaf: (session) => card.openFor(session, 'keyboard'),
    };
  });
  const card: CardController = new CardController({
    fields,
    painter,
    count,
    config: () => config,
    pauseHere() {
      if (config) config = { ...config, active: false };
      fields.dropAll();
    },
  });
  listenToPage(signal, { fields, painter, card, userEdits });

  /** Every finding on the page, opened or not, for the popup. */
  createRecentNudges(signal, () =>
    fields.all().flatMap((session) =>
      fields.visibleFindings(session).map((finding) => ({
        category: finding.category,
        text: finding.sentence,
        explanation: finding.explanation,
        at: 0,
      })),
    ),
  );

  const analyzerOptions = (): AnalyzeOptions => ({
    sensitivity: config?.settings.sensitivity ?? 'standard',
    disabledCategories: config?.settings.disabledCategories ?? [],
  });

  function startSession(field: HTMLElement): FieldSession | null {
    const adapter = createAdapter(field, { textMirror: painter.textMirror });
    if (!adapter) return null;
    const session = new FieldSession(adapter, {
      pauseDelayMs: config?.settings.pauseDelayMs ?? 600,
      createAnalyzer: () => deps.createAnalyzer(analyzerOptions()),
      onEdit: (edited) => card.edited(edited),
      onChange(changed, fresh, analysis) {
        if (fresh && analysis) count.analysed(changed);
        if (fresh && changed.byUser && changed.crisis && changed.crisisLevel === 'clear')
          card.clearCrisis(changed);
        painter.schedule();
      },
    });
    fields.add(session);
    // What the user typed while the engine loaded is theirs, and waits for their pause; text that was
    // already there is not theirs, and is analysed at once, in idle slices.
    const typedAgo = userEdits.sinceLastEdit(field);
    if (typedAgo !== null) session.resumeTyping(typedAgo);
    else void session.analyzeNow();
    return session;
  }

  signal.addEventListener('abort', () => {
    fields.disposeAll();
    count.flush();
  });

  return {
    attach(field, fresh) {
      if (signal.aborted) return;
      config = fresh;
      if (!fresh.active || fields.isOff(field)) {
        fields.active = null;
        painter.follow(null);
        painter.schedule();
        return;
      }
      painter.ensureHost();
      fields.dropDetached();
      const session = fields.get(field) ?? startSession(field);
      if (!session) return;
      fields.active = session;
      painter.follow(field);
      painter.schedule();
    },
    setConfig(fresh) {
      const before = config;
      config = fresh;
      if (!fresh.active) {
        card.close(false);
        fields.dropAll();
        return;
      }
      const changed =
        before?.settings.sensitivity !== fresh.settings.sensitivity ||
        before?.settings.disabledCategories.join() !== fresh.settings.disabledCategories.join();
      if (changed) {
        for (const session of fields.all()) {
          session.reset(() => deps.createAnalyzer(analyzerOptions()));
        }
      }
    },
  };
}
