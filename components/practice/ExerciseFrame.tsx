import type { ComponentChildren } from 'preact';
import { t } from '../../lib/i18n';
import { Button } from '../ui';
import { SupportButton, SupportPanel } from './support';

export interface ExerciseFrameProps {
  title: string;
  /** Omitted on the finish and stopped screens. */
  onStop?: () => void;
  children: ComponentChildren;
}

/**
 * Every exercise: its title, the one calm line about feelings, crisis resources one click away,
 * and "Stop here" always in reach while it runs.
 */
export function ExerciseFrame({ title, onStop, children }: ExerciseFrameProps) {
  return (
    <section class="pk-exercise" aria-labelledby="exercise-title">
      <div class="pk-exercise__head">
        <h2 id="exercise-title">{title}</h2>
        <div class="sk-row sk-no-print">
          <SupportButton />
          {onStop ? (
            <Button variant="quiet" class="pk-stop" onClick={onStop}>
              {t('practice_stop')}
            </Button>
          ) : null}
        </div>
      </div>
      <p class="pk-stir sk-muted">{t('practice_stir_feelings')}</p>
      <SupportPanel />
      {children}
    </section>
  );
}
