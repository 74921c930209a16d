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
  reason: SupportReason | null;
  open(reason: SupportReason): void;
  toggle(): void;
  /** Analyses `text`; when it suggests crisis, opens the panel and returns true. */
  guard(text: string): Promise<boolean>;
}

const SupportContext = createContext<SupportControls>({
  reason: null,
  open: () => undefined,
  toggle: () => undefined,
  guard: async () => false,
});

export function useSupport(): SupportControls {
  return useContext(SupportContext);
}

/** Holds whether the support panel is open, across the steps and end of an exercise. */
export function SupportProvider({ children }: { children: ComponentChildren }) {
  const services = usePracticeServices();
  const [reason, setReason] = useState<SupportReason | null>(null);
  const open = useCallback((next: SupportReason) => setReason(next), []);
  const toggle = useCallback(() => setReason((current) => (current ? null : 'asked')), []);
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
    <SupportContext.Provider value={{ reason, open, toggle, guard }}>
      {children}
    </SupportContext.Provider>
  );
}

/** "Need support now?": one click to the crisis resources. */
export function SupportButton() {
  const { reason, toggle } = useSupport();
  return (
    <Button aria-expanded={reason !== null} aria-controls="practice-support" onClick={toggle}>
      {reason ? t('practice_hide_support') : t('practice_need_support')}
    </Button>
  );
}

export function SupportPanel() {
  const { reason } = useSupport();
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (reason) ref.current?.focus();
  }, [reason]);
  if (!reason) return <div id="practice-support" hidden />;
  return (
    <div id="practice-support" ref={ref} tabIndex={-1} class="pk-support">
      <SupportResources reason={reason} />
    </div>
  );
}
