import { browser } from 'wxt/browser';
import type { Settings } from '../../lib/storage/schema';
import { t } from '../../lib/i18n';
import { countryName, crisisResources, supportedCountries } from '../crisis/source';
import { Card, SelectField } from '../ui';
import type { SaveSettings } from './save';

/** Which country's crisis resources to show: automatic (from the browser's region) or a chosen one. */
export function ResourcesSection({ settings, save }: { settings: Settings; save: SaveSettings }) {
  const locale = browser.i18n.getUILanguage();
  const auto = crisisResources('auto', locale);
  const codes = supportedCountries();
  const current = settings.resourcesCountry;
  const listed = current === 'auto' || codes.includes(current) ? codes : [...codes, current];
  const options = [
    {
      value: 'auto',
      label: auto.countryName
        ? t('options_resources_auto_named', auto.countryName)
        : t('options_resources_auto'),
    },
    ...listed
      .map((code) => ({ value: code, label: countryName(code, locale) }))
      .sort((a, b) => a.label.localeCompare(b.label, locale)),
  ];
  return (
    <Card as="section" id="resources" title={t('options_resources_title')}>
      <p class="sk-muted">{t('options_resources_intro')}</p>
      <SelectField
        label={t('options_resources_country')}
        hint={t('options_resources_hint')}
        options={options}
        value={current}
        onChange={(resourcesCountry) => save({ resourcesCountry })}
      />
    </Card>
  );
}
