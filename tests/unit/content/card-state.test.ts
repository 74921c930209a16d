import { describe, expect, test } from 'vitest';
import * as cards from '../../../entrypoints/content/card-state';

const field = { id: 'field' };

describe('the card state machine', () => {
  test('a nudge opened by click or key takes focus and clicks; one opened by hover takes clicks only', () => {
    expect(cards.takesFocus(cards.openNudge(field, 0, 'pointer').openedBy)).toBe(true);
    expect(cards.takesFocus(cards.openNudge(field, 0, 'keyboard').openedBy)).toBe(true);
    const hover = cards.openNudge(field, 0, 'hover');
    expect(cards.takesFocus(hover.openedBy)).toBe(false);
    expect(hover.interactive).toBe(true);
  });

  test('a clear crisis that opened by itself takes no clicks until the pointer comes to it', () => {
    const card = cards.openCrisis(field, 'clear', 'auto');
    expect(card.interactive).toBe(false);
    expect(cards.takesFocus(card.openedBy)).toBe(false);
    expect(cards.approached(card).interactive).toBe(true);
  });

  test('typing closes a hover nudge, keeps a nudge the user moved into, and never closes a crisis card', () => {
    expect(cards.afterEdit(cards.openNudge(field, 0, 'hover'))).toBeNull();
    const focused = cards.openNudge(field, 0, 'keyboard');
    expect(cards.afterEdit(focused)).toBe(focused);
    for (const level of ['clear', 'possible'] as const) {
      const crisis = cards.openCrisis(field, level, 'auto');
      expect(cards.afterEdit(crisis)).toBe(crisis);
    }
  });

  test('a possible crisis opened by the user shows the same resources card, in its gentle level', () => {
    const card = cards.openCrisis(field, 'possible', 'pointer');
    expect(card).toMatchObject({ view: 'crisis', level: 'possible', interactive: true });
  });

  test('"1 of 2": next and previous wrap around, and a new finding starts from its first wordings', () => {
    let card = cards.another(cards.openNudge(field, 0, 'keyboard'));
    expect(card.variant).toBe(1);
    card = cards.step(card, 1, 2);
    expect(card).toMatchObject({ index: 1, variant: 0 });
    expect(cards.step(card, 1, 2).index).toBe(0);
    expect(cards.step(card, -1, 2).index).toBe(0);
    expect(cards.step(cards.openNudge(field, 0, 'keyboard'), -1, 3).index).toBe(2);
    expect(cards.step(card, 1, 1)).toBe(card);
  });

  test('the shown finding stays in range as findings come and go', () => {
    expect(cards.clampIndex(3, 2)).toBe(1);
    expect(cards.clampIndex(0, 0)).toBe(-1);
    expect(cards.clampIndex(-1, 2)).toBe(0);
  });
});
