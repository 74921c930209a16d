import type { Settings } from '../../lib/storage/schema';
import { isClockTime, PAUSE_DELAY_RANGE } from '../../lib/storage/validate-settings';
import { t } from '../../lib/i18n';
import { Button, Card, SelectField, TextField, Toggle } from '../ui';
import { formatSnoozeEnd, inOneHour, isSnoozed, tomorrowMorning } from '../popup/snooze-times';
import type { SaveSettings } from './save';

/** Pause choices in ms, with the default (600) among them; a stored value outside the list is kept. */
const PAUSES = [300, 600, 1000, 2000, 3000];

function pauseOptions(current: number) {
  const values = PAUSES.includes(current) ? PAUSES : [...PAUSES, current].sort((a, b) => a - b);
  return values
    .filter((ms) => ms >= PAUSE_DELAY_RANGE.min && ms <= PAUSE_DELAY_RANGE.max)
    .map((ms) => ({
      value: String(ms),
      label: t(
        'options_pause_seconds',
        (ms / 1000).toLocaleString(undefined, { maximumFractionDigits: 1 }),
      ),
    }));
}

export interface QuietSectionProps {
  settings: Settings;
  save: SaveSettings;
  now: number;
  onSnooze: (until: number | null) => void;
}

export function QuietSection({ settings, save, now, onSnooze }: QuietSectionProps) {
  const snoozed = isSnoozed(settings.snoozeUntil, now);
  const { quietHours } = settings;
  return (
    <Card as="section" id="quiet" title={t('options_quiet_title')}>
      <h3>{t('options_snooze_title')}</h3>
      {snoozed ? (
        <div class="sk-row">
          <p class="sk-options__inline" data-testid="options-snooze-until">
            {t('popup_snoozed_until', formatSnoozeEnd(settings.snoozeUntil as number, now))}
          </p>
          <Button onClick={() => onSnooze(null)}>{t('popup_snooze_resume')}</Button>
        </div>
      ) : (
        <div class="sk-row">
          <Button onClick={() => onSnooze(inOneHour(Date.now()))}>{t('popup_snooze_hour')}</Button>
          <Button onClick={() => onSnooze(tomorrowMorning(Date.now()))}>
            {t('popup_snooze_tomorrow')}
          </Button>
        </div>
      )}

      <h3 class="sk-options__subhead">{t('options_quiet_hours_title')}</h3>
      <Toggle
        label={t('options_quiet_hours')}
        hint={t('options_quiet_hours_hint')}
        checked={quietHours.enabled}
        onChange={(enabled) => save({ quietHours: { ...quietHours, enabled } })}
      />
      <div class="sk-options__pair">
        <TextField
          type="time"
          label={t('options_quiet_start')}
          value={quietHours.start}
          disabled={!quietHours.enabled}
          onChange={(event) => {
            const start = event.currentTarget.value;
            if (isClockTime(start)) save({ quietHours: { ...quietHours, start } });
          }}
        />
        <TextField
          type="time"
          label={t('options_quiet_end')}
          value={quietHours.end}
          disabled={!quietHours.enabled}
          onChange={(event) => {
            const end = event.currentTarget.value;
            if (isClockTime(end)) save({ quietHours: { ...quietHours, end } });
          }}
        />
      </div>

      <h3 class="sk-options__subhead">{t('options_pause_title')}</h3>
      <SelectField
        label={t('options_pause_label')}
        hint={t('options_pause_hint')}
        options={pauseOptions(settings.pauseDelayMs)}
        value={String(settings.pauseDelayMs)}
        onChange={(value) => save({ pauseDelayMs: Number(value) })}
      />
    </Card>
  );
}
