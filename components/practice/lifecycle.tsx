import { useEffect, useRef, useState } from 'preact/hooks';
import { t } from '../../lib/i18n';
import { Button } from '../ui';
import { usePracticeServices } from './services';

export type ExercisePhase = 'active' | 'finished' | 'stopped';

/** Counts the exercise as started once, and as finished when the user reaches its end. */
export function useExerciseLifecycle() {
  const services = usePracticeServices();
  const [phase, setPhase] = useState<ExercisePhase>('active');
  const started = useRef(false);
  useEffect(() => {
    if (started.current) return;
    started.current = true;
    services.recordExercise('exercise_started');
  }, [services]);
  return {
    phase,
    finish() {
      services.recordExercise('exercise_finished');
      setPhase('finished');
    },
    stop() {
      setPhase('stopped');
    },
  };
}

export interface ExerciseExitProps {
  /** Back to the list of exercises. */
  onExit: () => void;
  /** Start the same exercise over. */
  onAgain: () => void;
}

/** After "Stop here": nothing kept, no pressure. */
export function StoppedView({ onExit }: Pick<ExerciseExitProps, 'onExit'>) {
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => ref.current?.focus(), []);
  return (
    <div class="sk-card sk-card--soft pk-stopped">
      <h3 ref={ref} tabIndex={-1}>
        {t('practice_stopped_heading')}
      </h3>
      <p>{t('practice_stopped_body')}</p>
      <Button variant="primary" onClick={onExit}>
        {t('practice_back')}
      </Button>
    </div>
  );
}

/** The end of an exercise: a heading that takes focus, the exercise's own words, then the way on. */
export function FinishView({
  heading,
  children,
  onExit,
  onAgain,
}: ExerciseExitProps & { heading: string; children: preact.ComponentChildren }) {
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => ref.current?.focus(), []);
  return (
    <div class="sk-card pk-finish">
      <h3 ref={ref} tabIndex={-1}>
        {heading}
      </h3>
      <div class="sk-stack">{children}</div>
      <div class="sk-row pk-nav sk-no-print">
        <Button onClick={onAgain}>{t('practice_again')}</Button>
        <Button variant="primary" onClick={onExit}>
          {t('practice_back')}
        </Button>
      </div>
    </div>
  );
}
