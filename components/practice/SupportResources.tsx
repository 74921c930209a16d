/** The crisis resources for the user's country. Local adapter until the shared crisis panel lands. */
import { t } from '../../lib/i18n';
import type { SupportReason } from './support';

export function SupportResources({ reason }: { reason: SupportReason }) {
  void reason;
  return <p>{t('practice_support_fallback')}</p>;
}
