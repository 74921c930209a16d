import { useEffect, useState } from 'preact/hooks';
import { t, type MessageKey } from '../../lib/i18n';
import {
  deleteNote,
  readNotes,
  watchNotes,
  type ExerciseId,
  type PracticeNote,
} from '../../lib/storage/notes';
import { Button, Card } from '../ui';

export const EXERCISE_TITLE_KEYS: Record<ExerciseId, MessageKey> = {
  break: 'practice_break_title',
  drills: 'practice_drills_title',
  letter: 'letter_title',
  patterns: 'patterns_title',
};

/** The notes the user kept, newest first, each deletable. */
export function NotesList() {
  const [notes, setNotes] = useState<PracticeNote[] | null>(null);
  useEffect(() => {
    let live = true;
    void readNotes().then((value) => live && setNotes(value));
    const unwatch = watchNotes(setNotes);
    return () => {
      live = false;
      unwatch();
    };
  }, []);
  if (!notes) return null;
  const dateFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium' });
  return (
    <Card as="section" id="kept-notes" title={t('practice_notes_heading')} class="pk-notes">
      {notes.length === 0 ? (
        <p class="sk-muted">{t('practice_notes_empty')}</p>
      ) : (
        <ul class="pk-notes__list">
          {[...notes].reverse().map((note) => (
            <li key={note.id} class="pk-note">
              <p class="sk-muted sk-small">
                {t('practice_note_from', t(EXERCISE_TITLE_KEYS[note.exercise]))} ·{' '}
                <time dateTime={new Date(note.createdAt).toISOString()}>
                  {dateFormat.format(note.createdAt)}
                </time>
              </p>
              <p class="pk-note__text">{note.text}</p>
              <Button
                small
                variant="quiet"
                class="sk-no-print"
                aria-label={`${t('practice_note_delete')}: ${note.text.slice(0, 40)}`}
                onClick={() => void deleteNote(note.id)}
              >
                {t('practice_note_delete')}
              </Button>
            </li>
          ))}
        </ul>
      )}
    </Card>
  );
}
