import type { ComponentChildren } from 'preact';
import { useEffect, useRef } from 'preact/hooks';
import { t } from '../../lib/i18n';
import { Button } from '../ui';

export interface StepProps {
  /** 1-based. */
  index: number;
  count: number;
  heading: string;
  onBack?: () => void;
  onNext: () => void;
  nextLabel?: string;
  nextDisabled?: boolean;
  /** Replaces "Step n of m", e.g. for the parts of one step. */
  progress?: string;
  children: ComponentChildren;
}

/** One step of an exercise. Focus moves to its heading when it appears, so keyboard and screen-reader users follow. */
export function Step({
  index,
  count,
  heading,
  onBack,
  onNext,
  nextLabel,
  nextDisabled,
  progress,
  children,
}: StepProps) {
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    headingRef.current?.focus();
  }, [index, heading]);
  return (
    <div class="pk-step sk-card">
      <p class="pk-progress sk-muted sk-small">
        {progress ?? t('practice_step_of', [String(index), String(count)])}
      </p>
      <h3 ref={headingRef} tabIndex={-1}>
        {heading}
      </h3>
      <div class="sk-stack">{children}</div>
      <div class="pk-nav sk-row">
        {onBack ? <Button onClick={onBack}>{t('practice_previous')}</Button> : null}
        <Button variant="primary" onClick={onNext} disabled={nextDisabled}>
          {nextLabel ?? t('practice_next')}
        </Button>
      </div>
    </div>
  );
}
