/** Everything Selfkind draws in a page: highlight marks, the indicator button, and at most one card. */
import type { ComponentChildren } from 'preact';
import { LeafIcon } from './icons';

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
  onActivate(): void;
}

export function Layer(props: {
  marks: readonly MarkBox[];
  indicator: IndicatorView | null;
  card: ComponentChildren;
  cardPosition: { left: number; top: number; maxHeight: number } | null;
}) {
  const { indicator } = props;
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
          class="indicator"
          aria-label={indicator.label}
          title={indicator.label}
          style={{ left: `${indicator.left}px`, top: `${indicator.top}px` }}
          // Keep focus (and the caret) in the field: the card decides where focus goes.
          onPointerDown={(event) => event.preventDefault()}
          onMouseDown={(event) => event.preventDefault()}
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
      {props.card && props.cardPosition && (
        <div
          style={{
            position: 'fixed',
            left: `${props.cardPosition.left}px`,
            top: `${props.cardPosition.top}px`,
            '--sk-max-height': `${props.cardPosition.maxHeight}px`,
          }}
        >
          {props.card}
        </div>
      )}
    </div>
  );
}
