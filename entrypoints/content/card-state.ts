/**
 * The card as a state machine, free of the DOM: which card is open, for which finding, and how it may be
 * touched. The conductor feeds it what happened (the user opened it, typed, asked for the next finding)
 * and draws what it says.
 */
import type { CrisisLevel } from './session';

/** How a card came to open. Only the user's own (trusted) click or key press opens one by hand. */
export type OpenedBy = 'pointer' | 'keyboard' | 'hover' | 'auto';

export interface NudgeCardState<S> {
  view: 'nudge';
  session: S;
  /** Which of the field's findings, in text order ("1 of 2"). */
  index: number;
  /** The wordings' set ("Another" moves on). */
  variant: number;
  openedBy: OpenedBy;
  /** It takes clicks. False only for a card that opened by itself, until the user's pointer comes to it. */
  interactive: boolean;
}

export interface CrisisCardState<S> {
  view: 'crisis';
  session: S;
  level: CrisisLevel;
  openedBy: OpenedBy;
  interactive: boolean;
}

export type CardState<S> = NudgeCardState<S> | CrisisCardState<S>;

/** Whether opening moves focus into the card: only after a click or key press on Selfkind itself. */
export const takesFocus = (by: OpenedBy): boolean => by === 'pointer' || by === 'keyboard';

export function openNudge<S>(
  session: S,
  index: number,
  openedBy: Exclude<OpenedBy, 'auto'>,
): NudgeCardState<S> {
  return { view: 'nudge', session, index, variant: 0, openedBy, interactive: true };
}

/**
 * A clear crisis opens by itself as the user types, but takes no clicks until the user's pointer comes to
 * it: until then the page cannot find it by hit-testing. Opened by hand, it is like any card.
 */
export function openCrisis<S>(
  session: S,
  level: CrisisLevel,
  openedBy: OpenedBy,
): CrisisCardState<S> {
  return { view: 'crisis', session, level, openedBy, interactive: openedBy !== 'auto' };
}

/** The user's own pointer reached the card: it takes clicks from now on. */
export function approached<S>(card: CardState<S>): CardState<S> {
  return card.interactive ? card : { ...card, interactive: true };
}

/** The next or previous finding, wrapping around; a new finding starts from its first wordings. */
export function step<S>(card: NudgeCardState<S>, by: 1 | -1, count: number): NudgeCardState<S> {
  if (count <= 1) return card;
  return { ...card, index: (card.index + by + count) % count, variant: 0 };
}

export function another<S>(card: NudgeCardState<S>): NudgeCardState<S> {
  return { ...card, variant: card.variant + 1 };
}

/**
 * The user typed in the field. A nudge that did not take focus steps aside (it would sit on stale words); a
 * crisis card stays until the person closes it.
 */
export function afterEdit<S>(card: CardState<S> | null): CardState<S> | null {
  if (!card || card.view === 'crisis' || takesFocus(card.openedBy)) return card;
  return null;
}

/** Which finding a nudge shows, kept in range as findings come and go. */
export function clampIndex(index: number, count: number): number {
  return count === 0 ? -1 : Math.min(Math.max(0, index), count - 1);
}
