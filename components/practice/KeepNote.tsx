import { useState } from 'preact/hooks';
import { t } from '../../lib/i18n';
import { addNote, type ExerciseId } from '../../lib/storage/notes';
import { Button, TextArea } from '../ui';

export interface KeepNoteProps {
  exercise: ExerciseId;
  /** The suggested note, built from the user's answers; they can edit it before keeping. */
  draft: string;
}

/** Nothing is stored until the user presses "Keep a note". */
export function KeepNote({ exercise, draft }: KeepNoteProps) {
  const [text, setText] = useState(draft);
  const [kept, setKept] = useState(false);
  return (
    <div class="pk-keep sk-no-print">
      <TextArea
        label={t('practice_note_preview')}
        hint={t('practice_note_hint')}
        value={text}
        rows={6}
        onInput={(event) => {
          setText(event.currentTarget.value);
          setKept(false);
        }}
      />
      <div class="sk-row">
        <Button
          variant="primary"
          disabled={kept || !text.trim()}
          onClick={async () => {
            if (await addNote(exercise, text)) setKept(true);
          }}
        >
          {t('practice_keep_note')}
        </Button>
      </div>
      <p role="status" aria-live="polite" class="sk-status">
        {kept ? t('practice_note_kept') : ''}
      </p>
    </div>
  );
}
