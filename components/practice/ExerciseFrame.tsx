import type { ComponentChildren } from 'preact';
import { t } from '../../lib/i18n';
import { Button } from '../ui';

export interface ExerciseFrameProps {
  title: string;
  /** Omitted on the finish and stopped screens. */
  onStop?: () => void;
  children: ComponentChildren;
}

/** Every exercise: its title, the one calm line about feelings, and "Stop here" always in reach. */
export function ExerciseFrame({ title, onStop, children }: ExerciseFrameProps) {
  return (
    <section class="pk-exercise" aria-labelledby="exercise-title">
      <div class="pk-exercise__head">
        <h2 id="exercise-title">{title}</h2>
        {onStop ? (
          <Button variant="quiet" class="pk-stop sk-no-print" onClick={onStop}>
            {t('practice_stop')}
          </Button>
        ) : null}
      </div>
      <p class="pk-stir sk-muted">{t('practice_stir_feelings')}</p>
      {children}
    </section>
  );
}
