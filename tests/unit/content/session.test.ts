import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { createAnalyzer } from '../../../lib/engine';
import type { FieldAdapter } from '../../../entrypoints/content/adapters/types';
import { FieldSession, type SessionOptions } from '../../../entrypoints/content/session';

function fakeAdapter(initial = '') {
  let text = initial;
  const adapter: FieldAdapter = {
    kind: 'fake',
    element: document.createElement('textarea'),
    getText: () => text,
    getRange: () => null,
    getRects: () => [],
    getSelection: () => null,
    setSelection: () => undefined,
    replace: async () => false,
    dispose: () => undefined,
  };
  return { adapter, type: (more: string) => (text += more), set: (next: string) => (text = next) };
}

function sessionFor(adapter: FieldAdapter, overrides: Partial<SessionOptions> = {}) {
  const changes: boolean[] = [];
  const session = new FieldSession(adapter, {
    pauseDelayMs: 600,
    createAnalyzer: () => createAnalyzer({ sensitivity: 'standard' }),
    onChange: (_s, fresh) => changes.push(fresh),
    onEdit: () => undefined,
    ...overrides,
  });
  return { session, changes };
}

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('FieldSession', () => {
  test('analyses only after the pause, not on each keystroke', async () => {
    const field = fakeAdapter();
    const { session, changes } = sessionFor(field.adapter);
    for (const char of "I'm such an idiot.") {
      field.type(char);
      session.handleInput();
      await vi.advanceTimersByTimeAsync(50);
    }
    expect(changes.filter(Boolean)).toHaveLength(0);
    await vi.advanceTimersByTimeAsync(600);
    expect(changes.filter(Boolean)).toHaveLength(1);
    expect(session.findings.map((f) => f.flagged)).toContain("I'm such an idiot");
  });

  test("text typed while the engine loaded waits for the rest of the pause, and counts as the user's", async () => {
    const field = fakeAdapter("I'm such an idiot for ");
    const { session, changes } = sessionFor(field.adapter);
    session.resumeTyping(200);
    await vi.advanceTimersByTimeAsync(350);
    expect(changes.filter(Boolean)).toHaveLength(0);
    await vi.advanceTimersByTimeAsync(60);
    expect(changes.filter(Boolean)).toHaveLength(1);
    expect(session.byUser).toBe(true);
  });

  test('text appended after a pause mid-word is still checked', async () => {
    const field = fakeAdapter();
    const { session } = sessionFor(field.adapter);
    field.type("I'm such an idi");
    session.handleInput();
    await vi.advanceTimersByTimeAsync(700);
    field.type('ot for forgetting the meeting.');
    session.handleInput();
    await vi.advanceTimersByTimeAsync(700);
    expect(session.findings.map((f) => f.flagged)).toContain("I'm such an idiot");
  });

  test('never analyses during IME composition', async () => {
    const field = fakeAdapter();
    const { session, changes } = sessionFor(field.adapter);
    session.handleCompositionStart();
    field.type("I'm such an idiot.");
    session.handleInput(true);
    await vi.advanceTimersByTimeAsync(2_000);
    expect(changes.filter(Boolean)).toHaveLength(0);
    session.handleCompositionEnd();
    await vi.advanceTimersByTimeAsync(700);
    expect(changes.filter(Boolean)).toHaveLength(1);
  });

  test('findings shift with text typed before them, and the flagged words stay the same', async () => {
    const field = fakeAdapter("Long day. I'm such an idiot for that.");
    const { session } = sessionFor(field.adapter);
    await session.analyzeNow();
    const before = session.findings[0]!;
    field.set('Oh. ' + field.adapter.getText());
    session.handleInput();
    const after = session.findings[0]!;
    expect(after.start).toBe(before.start + 4);
    expect(field.adapter.getText().slice(after.start, after.end)).toBe(before.flagged);
  });

  test('an edit inside the flagged words drops the finding until the next analysis', async () => {
    const field = fakeAdapter("I'm such an idiot for that.");
    const { session } = sessionFor(field.adapter);
    await session.analyzeNow();
    expect(session.findings).toHaveLength(1);
    field.set("I'm such a genius for that.");
    session.handleInput();
    expect(session.findings).toHaveLength(0);
  });

  test('findings come back when the text returns to what was analysed (delete all, retype)', async () => {
    const field = fakeAdapter("I'm such an idiot.");
    const { session } = sessionFor(field.adapter);
    await session.analyzeNow();
    field.set('');
    session.handleInput();
    expect(session.findings).toHaveLength(0);
    field.set("I'm such an idiot.");
    session.handleInput();
    await vi.advanceTimersByTimeAsync(700);
    expect(session.findings).toHaveLength(1);
  });

  test('blur analyses at once', async () => {
    const field = fakeAdapter();
    const { session } = sessionFor(field.adapter);
    field.type("I'm such an idiot.");
    session.handleInput();
    session.handleBlur();
    await vi.advanceTimersByTimeAsync(0);
    expect(session.findings).toHaveLength(1);
  });
});

describe('the first analysis of a long text', () => {
  test('runs in slices and finds the same as one analysis', async () => {
    vi.useRealTimers();
    const paragraph =
      'We walked to the market and bought apples. The weather was mild and bright. ' +
      "I'm such an idiot for leaving my scarf on the bus.\n";
    const text = paragraph.repeat(200);
    const field = fakeAdapter(text);
    const { session } = sessionFor(field.adapter);
    await session.analyzeNow();
    const whole = createAnalyzer({ sensitivity: 'standard' }).update(text);
    expect(session.findings.map((f) => [f.start, f.end])).toEqual(
      whole.findings.map((f) => [f.start, f.end]),
    );
    expect(session.findings).toHaveLength(200);
  });
});
