/** Shown instead of a nudge when what was typed suggests crisis: no rephrasing, just people to talk to. */
import { t } from '@/lib/i18n';
import { cycleTab } from './focus';
import { LeafIcon } from './icons';

export interface CrisisResourceView {
  name: string;
  /** How to reach them: "Call or text 988", "Text HOME to 741741"... */
  contact: string;
  url?: string;
}

export interface CrisisCardProps {
  id: string;
  resources: readonly CrisisResourceView[];
  /** What to do in immediate danger (the local emergency number). */
  emergency: string;
  onClose(): void;
}

export function CrisisCard(props: CrisisCardProps) {
  const titleId = `${props.id}-title`;
  return (
    <div
      class="card crisis"
      role="dialog"
      aria-labelledby={titleId}
      onKeyDown={(event) => {
        if (event.key === 'Escape') {
          event.preventDefault();
          props.onClose();
        } else cycleTab(event, event.currentTarget);
      }}
    >
      <div class="card-head">
        <span class="brand" id={titleId} aria-label={t('card_crisis_label')}>
          <LeafIcon />
          {t('card_brand')}
        </span>
        <button type="button" class="close" aria-label={t('card_close')} onClick={props.onClose}>
          ×
        </button>
      </div>
      <p class="trap">{t('card_crisis_title')}</p>
      <p class="explanation">{t('card_crisis_body')}</p>
      <ul class="resources">
        {props.resources.map((resource) => (
          <li class="resource" key={resource.name}>
            <strong>{resource.name}</strong>
            <span>{resource.contact}</span>
          </li>
        ))}
      </ul>
      <p class="hint">{props.emergency}</p>
      <div class="row">
        <button type="button" class="action" onClick={props.onClose}>
          {t('card_crisis_dismiss')}
        </button>
      </div>
    </div>
  );
}
