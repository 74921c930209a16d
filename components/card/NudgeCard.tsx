/** The nudge card: the thinking trap named kindly, 2–3 kinder wordings, and the ways out. */
import type { CompassionPart, Suggestion } from '@/lib/engine/types';
import { t, type MessageKey } from '@/lib/i18n';
import { cycleTab } from './focus';
import { LeafIcon } from './icons';

export interface NudgeCardProps {
  id: string;
  trapName: string;
  explanation: string;
  suggestions: readonly Suggestion[];
  onUse(suggestion: Suggestion): void;
  onAnother(): void;
  onNotNow(): void;
  onFieldOff(): void;
  onPauseSite(): void;
  onPractice(): void;
  onClose(): void;
}

const PART_KEYS: Record<CompassionPart, MessageKey> = {
  self_kindness: 'parts_self_kindness',
  common_humanity: 'parts_common_humanity',
  mindfulness: 'parts_mindfulness',
  next_step: 'parts_next_step',
};

export function partLabel(part: CompassionPart): string {
  return t(PART_KEYS[part]);
}

export function NudgeCard(props: NudgeCardProps) {
  const titleId = `${props.id}-title`;
  const shown = props.suggestions.slice(0, 3);
  return (
    <div
      class="card"
      role="dialog"
      aria-labelledby={titleId}
      aria-describedby={`${props.id}-explanation`}
      onKeyDown={(event) => {
        if (event.key === 'Escape') {
          event.preventDefault();
          props.onClose();
        } else cycleTab(event, event.currentTarget);
      }}
    >
      <div class="card-head">
        <span class="brand" id={titleId} aria-label={t('card_dialog_label', props.trapName)}>
          <LeafIcon />
          {t('card_brand')}
        </span>
        <button type="button" class="close" aria-label={t('card_close')} onClick={props.onClose}>
          ×
        </button>
      </div>
      <p class="trap">{props.trapName}</p>
      <p class="explanation" id={`${props.id}-explanation`}>
        {props.explanation}
      </p>
      <ul class="suggestions" aria-label={t('card_suggestions_heading')}>
        {shown.map((suggestion, index) => (
          <li class="suggestion" key={`${index}-${suggestion.text}`}>
            <span class="part">{partLabel(suggestion.part)}</span>
            <button
              type="button"
              class="primary"
              aria-label={t('card_use_label', suggestion.text)}
              onClick={() => props.onUse(suggestion)}
            >
              {t('card_use')}
            </button>
            <p class="wording">{suggestion.text}</p>
          </li>
        ))}
      </ul>
      <div class="row">
        <button type="button" class="action" onClick={props.onAnother}>
          {t('card_another')}
        </button>
        <button type="button" class="action" onClick={props.onNotNow}>
          {t('card_not_now')}
        </button>
        <button type="button" class="action" onClick={props.onPractice}>
          {t('card_practice')}
        </button>
      </div>
      <div class="row more">
        <button type="button" class="quiet" onClick={props.onFieldOff}>
          {t('card_field_off')}
        </button>
        <button type="button" class="quiet" onClick={props.onPauseSite}>
          {t('card_pause_site')}
        </button>
      </div>
    </div>
  );
}
