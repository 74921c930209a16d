import { describe, expect, test } from 'vitest';
import {
  emptyMirrorText,
  growingTowards,
  locateInMirror,
  syncMirrorText,
  type MirrorText,
} from '../../../entrypoints/content/adapters/mirror-paragraphs';

const mirrored = (m: MirrorText): string =>
  Array.from(m.element.children, (block) => block.textContent!.replace('\u200b', '')).join('\n');

function fresh(): MirrorText {
  return emptyMirrorText(document.createElement('div'), document.createElement('textarea'));
}

/** About `paragraphs` lines of 60 characters. */
const longValue = (paragraphs: number, mark = ''): string =>
  Array.from(
    { length: paragraphs },
    (_, i) => `${mark}Line ${i} of the pasted text, long enough to matter.`,
  ).join('\n');

describe('the textarea mirror', () => {
  test('a small value is mirrored at once, one block per paragraph, empty lines kept', () => {
    const m = fresh();
    syncMirrorText(m, 'one\n\nthree');
    expect(m.complete).toBe(true);
    expect(m.element.children).toHaveLength(3);
    expect(mirrored(m)).toBe('one\n\nthree');
    expect(locateInMirror(m, 6)).toMatchObject({ local: 1 });
    expect(locateInMirror(m, 6)!.text.data).toBe('three');
  });

  test('a huge paste is laid out a chunk per step; what is ready is exact, the rest is not located', () => {
    const m = fresh();
    const value = longValue(5_000);
    syncMirrorText(m, value);
    expect(m.complete).toBe(false);
    expect(m.ready).toBeGreaterThan(0);
    expect(m.ready).toBeLessThan(30_000);
    expect(mirrored(m).slice(0, m.ready - 1)).toBe(value.slice(0, m.ready - 1));
    expect(locateInMirror(m, m.ready - 2)).not.toBeNull();
    expect(locateInMirror(m, m.ready + 10)).toBeNull();

    let steps = 1;
    let ready = m.ready;
    while (!m.complete) {
      syncMirrorText(m, value);
      expect(m.ready).toBeGreaterThan(ready);
      ready = m.ready;
      steps++;
    }
    expect(steps).toBeGreaterThan(5);
    expect(mirrored(m)).toBe(value);
    const at = value.indexOf('Line 4321 ');
    const found = locateInMirror(m, at + 5)!;
    expect(found.text.data.slice(found.local)).toMatch(/^4321 of/);
  });

  test('an edit while the mirror is still growing ends in the edited text', () => {
    const m = fresh();
    const value = longValue(3_000);
    syncMirrorText(m, value);
    const edited = 'A new first line\n' + value.replace('Line 2500 of', 'Line 2500 (edited) of');
    while (!m.complete || mirrored(m) !== edited) syncMirrorText(m, edited);
    expect(mirrored(m)).toBe(edited);
    expect(m.ready).toBe(edited.length);
  });

  test('while a long value grows, the mirror knows it is on its way there, and an edit is not', () => {
    const m = fresh();
    const value = longValue(3_000);
    expect(growingTowards(m, value)).toBe(false);
    syncMirrorText(m, value);
    expect(growingTowards(m, value)).toBe(true);
    expect(growingTowards(m, value + ' and more')).toBe(false);
    while (!m.complete) syncMirrorText(m, value);
    expect(growingTowards(m, value)).toBe(false);
    expect(m.target).toBeNull();
  });

  test('a one-character edit changes only its own paragraph, in place', () => {
    const m = fresh();
    const value = longValue(50);
    syncMirrorText(m, value);
    const blocks = Array.from(m.element.children);
    const textsBefore = blocks.map((b) => b.textContent);
    syncMirrorText(m, value.replace('Line 20 of', 'Line 20 ofx'));
    const after = Array.from(m.element.children);
    expect(after.every((b, i) => b === blocks[i])).toBe(true);
    expect(after.filter((b, i) => b.textContent !== textsBefore[i])).toHaveLength(1);
  });

  test('random edits, newlines included, keep the mirror equal to the value with right offsets', () => {
    let seed = 7;
    const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    const m = fresh();
    let value = longValue(40);
    syncMirrorText(m, value);
    const pieces = ['x', ' ', '\n', 'ab\ncd', '\n\n', 'word'];
    for (let step = 0; step < 400; step++) {
      const at = Math.floor(random() * (value.length + 1));
      if (random() < 0.6)
        value = value.slice(0, at) + pieces[Math.floor(random() * pieces.length)] + value.slice(at);
      else value = value.slice(0, at) + value.slice(at + 1 + Math.floor(random() * 3));
      syncMirrorText(m, value);
      expect(m.complete).toBe(true);
      expect(mirrored(m)).toBe(value);
      const probe = Math.floor(random() * value.length);
      const found = locateInMirror(m, probe);
      if (value[probe] !== '\n' && value.length > 0) {
        expect(found!.text.data.replace('\u200b', '')[found!.local]).toBe(value[probe]);
      }
    }
  });
});
