/**
 * Everything Selfkind draws in a page: highlight marks, the leaf, and at most one card. The marks and the
 * leaf take no pointer events, so the page's hit-testing finds nothing there whatever was found: the leaf
 * is pressed through the content script's own check of the user's (trusted) pointer. Only a card the user
 * opened, or came to with the pointer, takes clicks.
 */
import type { ComponentChildren } from 'preact';
import { LeafIcon } from './icons';
import { CompactRoom } from './room';

export interface MarkBox {
  left: number;
  top: number;
  width: number;
  height: number;
}

export interface IndicatorView {
  left: number;
  top: number;
  label: string;
  count: number;
  /** 'possible': a possible crisis, worded and drawn gently. */
  tone: 'nudge' | 'crisis' | 'possible';
  onActivate(): void;
}

export interface CardPlacement {
  left: number;
  top: number;
  maxHeight: number;
  /** No side of the words has room for the whole card: it shows its compact form. */
  compact: boolean;
  /** False while the card takes no clicks (it opened by itself and the user's pointer has not come to it). */
  interactive: boolean;
}

export function Layer(props: {
  marks: readonly MarkBox[];
  indicator: IndicatorView | null;
  card: ComponentChildren;
  cardPlacement: CardPlacement | null;
}) {
  const { indicator, cardPlacement } = props;
  return (
    <div class="layer">
      {props.marks.map((mark, index) => (
        <div
          class="mark"
          key={index}
          style={{
            left: `${mark.left}px`,
            top: `${mark.top}px`,
            width: `${mark.width}px`,
            height: `${mark.height}px`,
          }}
        />
      ))}
      {indicator && (
        <button
          type="button"
          class={`indicator ${indicator.tone}`}
          aria-label={indicator.label}
          title={indicator.label}
          style={{ left: `${indicator.left}px`, top: `${indicator.top}px` }}
          onClick={indicator.onActivate}
        >
          <LeafIcon />
          {indicator.count > 1 && (
            <span class="count" aria-hidden="true">
              {indicator.count}
            </span>
          )}
        </button>
      )}
      {props.card && cardPlacement && (
        <div
          class={cardPlacement.interactive ? 'card-slot' : 'card-slot untouchable'}
          style={{
            position: 'fixed',
            left: `${cardPlacement.left}px`,
            top: `${cardPlacement.top}px`,
            '--sk-max-height': `${cardPlacement.maxHeight}px`,
          }}
        >
          <CompactRoom.Provider value={cardPlacement.compact}>{props.card}</CompactRoom.Provider>
        </div>
      )}
    </div>
  );
}
