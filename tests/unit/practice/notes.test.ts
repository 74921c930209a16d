import { describe, expect, test } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  addNote,
  deleteAllNotes,
  deleteNote,
  exportNotes,
  importNotes,
  readNotes,
  sanitizeNotes,
} from '../../../lib/storage/notes';

describe('practice notes', () => {
  test('start empty, keep what the user adds, delete one', async () => {
    expect(await readNotes()).toEqual([]);
    const first = await addNote('break', '  I can be patient with myself.  ', 1000);
    const second = await addNote('letter', 'Dear me, that was a hard week.', 2000);
    expect(first?.text).toBe('I can be patient with myself.');
    expect((await readNotes()).map((note) => note.exercise)).toEqual(['break', 'letter']);
    await deleteNote(first!.id);
    expect((await readNotes()).map((note) => note.id)).toEqual([second!.id]);
  });

  test('an empty note is not stored', async () => {
    expect(await addNote('drills', '   ')).toBeNull();
    expect(await readNotes()).toEqual([]);
  });

  test('corrupt storage falls back to the well-formed notes without throwing', async () => {
    await fakeBrowser.storage.local.set({
      practiceNotes: [
        { id: 'a', exercise: 'break', createdAt: 1, text: 'kept' },
        { id: 'b', exercise: 'nope', createdAt: 1, text: 'bad exercise' },
        'garbage',
        { id: 'a', exercise: 'break', createdAt: 2, text: 'duplicate id' },
      ],
    });
    expect(await readNotes()).toEqual([{ id: 'a', exercise: 'break', createdAt: 1, text: 'kept' }]);
    await fakeBrowser.storage.local.set({ practiceNotes: { not: 'a list' } });
    expect(await readNotes()).toEqual([]);
  });

  test('export, delete all and import round-trip', async () => {
    await addNote('patterns', 'One need: a quiet evening.', 5);
    const exported = await exportNotes();
    await deleteAllNotes();
    expect(await readNotes()).toEqual([]);
    expect(await importNotes([...exported, { broken: true }])).toBe(1);
    expect(await readNotes()).toEqual(exported);
  });

  test('sanitizeNotes accepts nothing but lists of notes', () => {
    expect(sanitizeNotes(null)).toEqual([]);
    expect(sanitizeNotes('x')).toEqual([]);
  });
});
