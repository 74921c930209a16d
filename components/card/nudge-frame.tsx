/** What the full and the compact nudge card share: the head (brand, "1 of 2", close) and the card's keys. */
import type { ComponentChildren } from 'preact';
import { t } from '@/lib/i18n';
import { cycleTab } from './focus';
import { LeafIcon } from './icons';

export interface NudgeFrameProps {
  id: string;
  trapName: string;
  /** Which finding of how many in the field (0-based index). */
  position: { index: number; count: number };
  onStep(by: 1 | -1): void;
  onClose(): void;
}

/** Esc closes, Alt+←/→ steps through the field's findings, Tab stays inside the card. */
export function nudgeKeys(props: NudgeFrameProps) {
  return (event: KeyboardEvent) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      props.onClose();
    } else if (
      props.position.count > 1 &&
      event.altKey &&
      (event.key === 'ArrowRight' || event.key === 'ArrowLeft')
    ) {
      event.preventDefault();
      props.onStep(event.key === 'ArrowRight' ? 1 : -1);
    } else cycleTab(event, event.currentTarget as HTMLElement);
  };
}

/** `children` go after the brand (the compact card puts the trap's name there). */
export function NudgeHead(props: NudgeFrameProps & { children?: ComponentChildren }) {
  const { index, count } = props.position;
  return (
    <div class="card-head">
      <span
        class="brand"
        id={`${props.id}-title`}
        aria-label={t('card_dialog_label', props.trapName)}
      >
        <LeafIcon />
        <span class="brand-name">{t('card_brand')}</span>
      </span>
      {props.children}
      {count > 1 && (
        <span class="pager">
          <button
            type="button"
            class="step"
            aria-label={t('card_previous')}
            onClick={() => props.onStep(-1)}
          >
            ‹
          </button>
          <span class="of">{t('card_position', [String(index + 1), String(count)])}</span>
          <button
            type="button"
            class="step"
            aria-label={t('card_next')}
            onClick={() => props.onStep(1)}
          >
            ›
          </button>
        </span>
      )}
      <button type="button" class="close" aria-label={t('card_close')} onClick={props.onClose}>
        ×
      </button>
    </div>
  );
}
