/**
 * Crisis resources one click away in every exercise. The panel opens when the user asks ("Need support now?")
 * or, gently, when something they wrote suggests crisis; then it takes the place of feedback.
 */
import { createContext, type ComponentChildren } from 'preact';
import { useCallback, useContext, useEffect, useRef, useState } from 'preact/hooks';
import { t } from '../../lib/i18n';
import { Button } from '../ui';
import { SupportResources } from './SupportResources';
import { usePracticeServices } from './services';

export type SupportReason = 'asked' | 'crisis';

interface SupportControls {
  open(reason: SupportReason): void;
  /** Analyses `text`; when it suggests crisis, opens the panel and returns true. */
  guard(text: string): Promise<boolean>;
}

const SupportContext = createContext<SupportControls>({
  open: () => undefined,
  guard: async () => false,
});

export function useSupport(): SupportControls {
  return useContext(SupportContext);
}

export function SupportProvider({ children }: { children: ComponentChildren }) {
  const services = usePracticeServices();
  const [reason, setReason] = useState<SupportReason | null>(null);
  const open = useCallback((next: SupportReason) => setReason(next), []);
  const guard = useCallback(
    async (text: string) => {
      if (!text.trim()) return false;
      const analyze = await services.loadAnalyzer();
      if (!analyze?.(text).crisis) return false;
      setReason('crisis');
      return true;
    },
    [services],
  );
  return (
    <SupportContext.Provider value={{ open, guard }}>
      <div class="pk-support-bar sk-no-print">
        <Button
          aria-expanded={reason !== null}
          aria-controls="practice-support"
          onClick={() => setReason(reason ? null : 'asked')}
        >
          {reason ? t('practice_hide_support') : t('practice_need_support')}
        </Button>
      </div>
      {reason ? <SupportPanel reason={reason} /> : <div id="practice-support" hidden />}
      {children}
    </SupportContext.Provider>
  );
}

function SupportPanel({ reason }: { reason: SupportReason }) {
  const ref = useRef<HTMLElement>(null);
  useEffect(() => {
    ref.current?.focus();
  }, [reason]);
  return (
    <section
      id="practice-support"
      ref={ref}
      tabIndex={-1}
      class="sk-card sk-card--warm pk-support"
      aria-labelledby="practice-support-title"
    >
      <h2 id="practice-support-title">{t('practice_support_heading')}</h2>
      {reason === 'crisis' ? <p>{t('practice_crisis_gentle')}</p> : null}
      <SupportResources />
    </section>
  );
}
