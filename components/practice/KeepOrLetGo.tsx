import { useState } from 'preact/hooks';
import { t } from '../../lib/i18n';
import { addNote, type ExerciseId } from '../../lib/storage/notes';
import { Button } from '../ui';

export interface KeepOrLetGoProps {
  exercise: ExerciseId;
  /** The note's text, exactly as it would be kept. */
  note: string;
}

/** The end of a practice: keep the person's own words as a local note, or let them go. Nothing is stored unasked. */
export function KeepOrLetGo({ exercise, note }: KeepOrLetGoProps) {
  const [choice, setChoice] = useState<'open' | 'kept' | 'let_go'>('open');
  return (
    <div class="pk-keep sk-no-print">
      {choice === 'open' ? (
        <div class="sk-row">
          <Button
            variant="primary"
            onClick={async () => {
              if (await addNote(exercise, note)) setChoice('kept');
            }}
          >
            {t('practice_keep_note')}
          </Button>
          <Button onClick={() => setChoice('let_go')}>{t('practice_let_go')}</Button>
        </div>
      ) : null}
      <p role="status" aria-live="polite" class="sk-status">
        {choice === 'kept'
          ? t('practice_note_kept')
          : choice === 'let_go'
            ? t('practice_let_go_done')
            : ''}
      </p>
    </div>
  );
}
