/** The crisis resources for the user's country. Local adapter until the shared crisis panel lands. */
import { t } from '../../lib/i18n';

export function SupportResources() {
  return <p>{t('practice_support_fallback')}</p>;
}
