import { t } from '../../lib/i18n';
import { Button, Card } from '../ui';
import { formatSnoozeEnd, inOneHour, isSnoozed, tomorrowMorning } from './snooze-times';

export interface SnoozeSectionProps {
  snoozeUntil: number | null;
  now: number;
  onSnooze: (until: number | null) => void;
}

/** Quiet everywhere for a while: an hour, or until tomorrow morning; shows when it ends, and resume. */
export function SnoozeSection({ snoozeUntil, now, onSnooze }: SnoozeSectionProps) {
  const snoozed = isSnoozed(snoozeUntil, now);
  return (
    <Card as="section" id="popup-snooze" title={t('popup_snooze_title')} headingLevel={2}>
      {snoozed ? (
        <div class="sk-stack">
          <p data-testid="snooze-until">
            {t('popup_snoozed_until', formatSnoozeEnd(snoozeUntil, now))}
          </p>
          <Button variant="primary" onClick={() => onSnooze(null)}>
            {t('popup_snooze_resume')}
          </Button>
        </div>
      ) : (
        <div class="sk-snooze-choices">
          <Button onClick={() => onSnooze(inOneHour(Date.now()))}>{t('popup_snooze_hour')}</Button>
          <Button onClick={() => onSnooze(tomorrowMorning(Date.now()))}>
            {t('popup_snooze_tomorrow')}
          </Button>
        </div>
      )}
    </Card>
  );
}
