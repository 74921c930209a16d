import { useEffect, useState } from 'preact/hooks';
import type { Settings } from '../../lib/storage/schema';
import { isClockTime } from '../../lib/storage/validate-settings';
import { t } from '../../lib/i18n';
import { Card, SelectField, TextField, Toggle } from '../ui';
import type { SaveSettings } from './save';

/** Weekday names in the user's language, 0 = Sunday (a fixed Sunday: 2024-01-07). */
function weekdayOptions() {
  return Array.from({ length: 7 }, (_, day) => ({
    value: String(day),
    label: new Date(Date.UTC(2024, 0, 7 + day, 12)).toLocaleDateString(undefined, {
      weekday: 'long',
      timeZone: 'UTC',
    }),
  }));
}

export interface SummarySectionProps {
  settings: Settings;
  save: SaveSettings;
  /** Asks the browser for the notifications permission (from the user's click); resolves to granted. */
  requestNotifications: () => Promise<boolean>;
  /** Whether the permission is held now. */
  holdsNotifications: () => Promise<boolean>;
}

export function SummarySection({
  settings,
  save,
  requestNotifications,
  holdsNotifications,
}: SummarySectionProps) {
  /** null until known. The user may take the permission back in the browser; the setting then shows off. */
  const [permitted, setPermitted] = useState<boolean | null>(null);
  const [refused, setRefused] = useState(false);
  useEffect(() => {
    void holdsNotifications().then(setPermitted);
  }, [holdsNotifications]);
  const notifying = settings.summaryNotification && permitted !== false;
  const note = refused
    ? t('options_summary_notification_refused')
    : settings.summaryNotification && permitted === false
      ? t('options_summary_notification_taken_back')
      : '';

  return (
    <Card as="section" id="summary" title={t('options_summary_title')}>
      <p class="sk-muted">{t('options_summary_intro')}</p>
      <div class="sk-options__pair">
        <SelectField
          label={t('options_summary_day')}
          options={weekdayOptions()}
          value={String(settings.summaryDay)}
          onChange={(value) => save({ summaryDay: Number(value) })}
        />
        <TextField
          type="time"
          label={t('options_summary_time')}
          value={settings.summaryTime}
          onChange={(event) => {
            const summaryTime = event.currentTarget.value;
            if (isClockTime(summaryTime)) save({ summaryTime });
          }}
        />
      </div>
      <div class="sk-options__gap">
        <Toggle
          label={t('options_summary_notification')}
          hint={t('options_summary_notification_hint')}
          checked={notifying}
          onChange={async (on) => {
            if (!on) {
              setRefused(false);
              save({ summaryNotification: false });
              return;
            }
            // First thing in the click: the browser asks only during the user's gesture.
            const granted = await requestNotifications();
            setPermitted(granted);
            setRefused(!granted);
            if (granted) save({ summaryNotification: true });
          }}
        />
        {note ? (
          <p class="sk-muted" role="status">
            {note}
          </p>
        ) : null}
      </div>
    </Card>
  );
}
