import { describe, expect, test, vi } from 'vitest';
import { Fields } from '../../../entrypoints/content/fields';
import type { FieldSession, TrackedFinding } from '../../../entrypoints/content/session';

function finding(start: number, flagged: string, suggestions = 1): TrackedFinding {
  return {
    start,
    end: start + flagged.length,
    flagged,
    rule: `rule-${flagged}`,
    suggestions: Array.from({ length: suggestions }, () => ({})),
  } as unknown as TrackedFinding;
}

function session(findings: TrackedFinding[], crisis = false) {
  const element = document.createElement('textarea');
  document.body.append(element);
  const dispose = vi.fn();
  return { element, findings, crisis, dispose } as unknown as FieldSession & {
    dispose: typeof dispose;
  };
}

describe('the fields Selfkind watches', () => {
  test('visible findings come in text order, only those with suggestions, none in a crisis', () => {
    const fields = new Fields(() => undefined);
    const late = finding(20, 'such a failure');
    const early = finding(2, 'an idiot');
    const bare = finding(40, 'useless', 0);
    expect(fields.visibleFindings(session([late, bare, early]))).toEqual([early, late]);
    expect(fields.visibleFindings(session([late], true))).toEqual([]);
  });

  test('"Not now" hides that finding (the same words, wherever they move) and rests hover a while', () => {
    const fields = new Fields(() => undefined);
    const shown = finding(0, 'an idiot');
    const other = finding(30, 'a failure');
    const watched = session([shown, other]);
    expect(fields.restingFromHover(watched)).toBe(false);
    fields.setAsideFinding(watched, shown);
    Object.assign(watched, { findings: [finding(5, 'an idiot'), other] });
    expect(fields.visibleFindings(watched)).toEqual([other]);
    expect(fields.restingFromHover(watched)).toBe(true);
  });

  test('a field turned off shows nothing; dropping its session ends it and lets go of it', () => {
    const dropped = vi.fn();
    const fields = new Fields(dropped);
    const watched = session([finding(0, 'an idiot')]);
    fields.add(watched);
    fields.active = watched;
    const event = new Event('input');
    watched.element.addEventListener('input', () => expect(fields.sessionFor(event)).toBe(watched));
    watched.element.dispatchEvent(event);
    fields.turnOff(watched.element);
    expect(fields.isOff(watched.element)).toBe(true);
    expect(fields.visibleFindings(watched)).toEqual([]);
    fields.drop(watched);
    expect(watched.dispose).toHaveBeenCalledOnce();
    expect(dropped).toHaveBeenCalledWith(watched);
    expect(fields.active).toBeNull();
    expect(fields.get(watched.element)).toBeUndefined();
  });

  test('sessions of fields the page took away are dropped; the rest stay', () => {
    const fields = new Fields(() => undefined);
    const kept = session([]);
    const removed = session([]);
    fields.add(kept);
    fields.add(removed);
    removed.element.remove();
    fields.dropDetached();
    expect(fields.all()).toEqual([kept]);
  });
});
