/**
 * Practice notes the user chose to keep ("Keep a note" in an exercise). Local only, deletable, exportable.
 * This is the one place exercise text is stored, and only on the user's explicit request.
 */
import { storage } from '@wxt-dev/storage';

export const EXERCISE_IDS = ['break', 'drills', 'letter', 'patterns'] as const;
export type ExerciseId = (typeof EXERCISE_IDS)[number];

export interface PracticeNote {
  id: string;
  exercise: ExerciseId;
  /** Epoch ms. */
  createdAt: number;
  text: string;
}

/** Keeps storage bounded; a note is a few sentences, not a diary. */
export const MAX_NOTE_LENGTH = 5000;
export const MAX_NOTES = 500;

export const notesItem = storage.defineItem<PracticeNote[]>('local:practiceNotes', {
  fallback: [],
  version: 1,
});

function isExerciseId(value: unknown): value is ExerciseId {
  return typeof value === 'string' && (EXERCISE_IDS as readonly string[]).includes(value);
}

/** One stored note, or null when it does not have the expected shape. */
export function parseNote(value: unknown): PracticeNote | null {
  if (typeof value !== 'object' || value === null) return null;
  const { id, exercise, createdAt, text } = value as Record<string, unknown>;
  if (typeof id !== 'string' || id.length === 0) return null;
  if (!isExerciseId(exercise)) return null;
  if (typeof createdAt !== 'number' || !Number.isFinite(createdAt)) return null;
  if (typeof text !== 'string' || text.trim().length === 0) return null;
  return { id, exercise, createdAt, text: text.slice(0, MAX_NOTE_LENGTH) };
}

/** Keeps the well-formed notes of any value (corrupt storage, an imported file); never throws. */
export function sanitizeNotes(value: unknown): PracticeNote[] {
  if (!Array.isArray(value)) return [];
  const seen = new Set<string>();
  const notes: PracticeNote[] = [];
  for (const entry of value) {
    const note = parseNote(entry);
    if (note && !seen.has(note.id)) {
      seen.add(note.id);
      notes.push(note);
    }
  }
  return notes.slice(-MAX_NOTES);
}

export async function readNotes(): Promise<PracticeNote[]> {
  try {
    return sanitizeNotes(await notesItem.getValue());
  } catch {
    return [];
  }
}

function newNoteId(): string {
  return (
    globalThis.crypto?.randomUUID?.() ?? `${Date.now()}-${Math.random().toString(36).slice(2)}`
  );
}

/** Stores a note the user asked to keep; returns it, or null when the text is empty. */
export async function addNote(
  exercise: ExerciseId,
  text: string,
  now: number = Date.now(),
): Promise<PracticeNote | null> {
  const trimmed = text.trim();
  if (!trimmed) return null;
  const note: PracticeNote = {
    id: newNoteId(),
    exercise,
    createdAt: now,
    text: trimmed.slice(0, MAX_NOTE_LENGTH),
  };
  const notes = await readNotes();
  await notesItem.setValue([...notes, note].slice(-MAX_NOTES));
  return note;
}

export async function deleteNote(id: string): Promise<void> {
  const notes = await readNotes();
  await notesItem.setValue(notes.filter((note) => note.id !== id));
}

export async function deleteAllNotes(): Promise<void> {
  await notesItem.removeValue();
}

/** The notes as they go into a data export. */
export async function exportNotes(): Promise<PracticeNote[]> {
  return readNotes();
}

/** Replaces the notes with those of an imported file, keeping only well-formed ones; returns how many. */
export async function importNotes(value: unknown): Promise<number> {
  const notes = sanitizeNotes(value);
  await notesItem.setValue(notes);
  return notes.length;
}

/** Calls back with the current notes whenever they change; returns the unsubscribe function. */
export function watchNotes(callback: (notes: PracticeNote[]) => void): () => void {
  return notesItem.watch((value) => callback(sanitizeNotes(value)));
}
