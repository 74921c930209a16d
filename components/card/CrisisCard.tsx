/**
 * Shown instead of a nudge when what was typed suggests crisis: no rephrasing, just people to talk to, with
 * numbers as `tel:` and `sms:` links. A clear crisis says so calmly; a possible one ("kill me now" about an
 * exam) is worded gently, as an offer.
 */
import { t } from '@/lib/i18n';
import { callHref, textHref, type CountryResources } from '../crisis/source';
import { cycleTab } from './focus';
import { LeafIcon } from './icons';

export interface CrisisCardProps {
  id: string;
  resources: CountryResources;
  level: 'clear' | 'possible';
  onClose(): void;
}

export function CrisisCard(props: CrisisCardProps) {
  const titleId = `${props.id}-title`;
  const { resources } = props;
  const possible = props.level === 'possible';
  return (
    <div
      class={possible ? 'card crisis possible' : 'card crisis'}
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
      <p class="trap">{t(possible ? 'card_possible_title' : 'card_crisis_title')}</p>
      <p class="explanation">{t(possible ? 'card_possible_body' : 'card_crisis_body')}</p>
      <ul class="resources">
        {resources.lines.map((line) => (
          <li class="resource" key={line.name}>
            <strong>{line.name}</strong>
            <span class="ways">
              {line.calls.slice(0, 1).map((number) => (
                <a key={number} href={callHref(number)}>
                  {t('crisis_call', number)}
                </a>
              ))}
              {line.text && (
                <a href={textHref(line.text)}>
                  {line.text.keyword
                    ? t('crisis_text_keyword', [line.text.keyword, line.text.number])
                    : t('crisis_text', line.text.number)}
                </a>
              )}
              {line.detail && <span>{line.detail}</span>}
            </span>
          </li>
        ))}
      </ul>
      <p class="hint">
        {resources.emergencyNumber ? (
          <a href={callHref(resources.emergencyNumber)}>
            {t('crisis_emergency_number', resources.emergencyNumber)}
          </a>
        ) : (
          t('crisis_emergency')
        )}
      </p>
      <div class="row">
        {resources.directoryUrl && (
          <a class="action" href={resources.directoryUrl} target="_blank" rel="noreferrer">
            {t('crisis_directory')}
          </a>
        )}
        <button type="button" class="action" onClick={props.onClose}>
          {t('card_crisis_dismiss')}
        </button>
      </div>
    </div>
  );
}
