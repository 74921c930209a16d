import { t } from '../../lib/i18n';
import { Card } from '../ui';

const POINTS = [
  ['options_privacy_processed_q', 'options_privacy_processed_a'],
  ['options_privacy_where_q', 'options_privacy_where_a'],
  ['options_privacy_stored_q', 'options_privacy_stored_a'],
  ['options_privacy_leaves_q', 'options_privacy_leaves_a'],
  ['options_privacy_control_q', 'options_privacy_control_a'],
] as const;

/** The privacy statement in plain words: what is processed, where, what is kept, what leaves. */
export function PrivacySection() {
  return (
    <Card as="section" id="privacy" title={t('options_privacy_title')}>
      <dl class="sk-options__privacy">
        {POINTS.map(([question, answer]) => (
          <div key={question}>
            <dt>{t(question)}</dt>
            <dd>{t(answer)}</dd>
          </div>
        ))}
      </dl>
    </Card>
  );
}
