import type { Sensitivity } from '../../lib/engine/types';
import type { Settings } from '../../lib/storage/schema';
import { t } from '../../lib/i18n';
import { Card, Choices, Toggle } from '../ui';
import type { SaveSettings } from './save';

const SENSITIVITY_CHOICES = (['gentle', 'standard', 'thorough'] as const).map((value) => ({
  value,
  label: t(`options_sensitivity_${value}`),
  hint: t(`options_sensitivity_${value}_hint`),
}));

export function GeneralSection({ settings, save }: { settings: Settings; save: SaveSettings }) {
  return (
    <Card as="section" id="general" title={t('options_general_title')}>
      <Toggle
        label={t('options_enabled')}
        hint={t('options_enabled_hint')}
        checked={settings.enabled}
        onChange={(enabled) => save({ enabled })}
      />
      <div class="sk-options__gap">
        <Choices<Sensitivity>
          legend={t('options_sensitivity_legend')}
          choices={SENSITIVITY_CHOICES}
          value={settings.sensitivity}
          onChange={(sensitivity) => save({ sensitivity })}
        />
      </div>
      <div class="sk-options__gap">
        <Toggle
          label={t('options_sync')}
          hint={t('options_sync_hint')}
          checked={settings.syncSettings}
          onChange={(syncSettings) => save({ syncSettings })}
        />
      </div>
    </Card>
  );
}
