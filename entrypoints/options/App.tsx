import { useCallback, useEffect, useState } from 'preact/hooks';
import type { Settings } from '../../lib/storage/schema';
import { settingsFromNewerVersion, updateSettings } from '../../lib/storage/settings';
import { t } from '../../lib/i18n';
import { Page, Status, useStatus } from '../../components/ui';
import { CategoriesSection } from '../../components/options/CategoriesSection';
import { dataActions } from '../../components/options/data-actions';
import { DataSection } from '../../components/options/DataSection';
import { GeneralSection } from '../../components/options/GeneralSection';
import {
  holdsNotificationsPermission,
  requestNotificationsPermission,
} from '../../components/options/notifications-permission';
import { PrivacySection } from '../../components/options/PrivacySection';
import { QuietSection } from '../../components/options/QuietSection';
import { ResourcesSection } from '../../components/options/ResourcesSection';
import { SitesSection } from '../../components/options/SitesSection';
import { SummarySection } from '../../components/options/SummarySection';
import { useEditableSettings } from '../../components/options/useSettings';
import { toBackground } from '../../components/popup/messaging';
import '../../components/options/options.css';

const SECTIONS = [
  ['general', 'options_general_title'],
  ['traps', 'options_traps_title'],
  ['sites', 'options_sites_title'],
  ['quiet', 'options_quiet_title'],
  ['summary', 'options_summary_title'],
  ['resources', 'options_resources_title'],
  ['data', 'options_data_title'],
  ['privacy', 'options_privacy_title'],
] as const;

export function App() {
  const [settings, showChange] = useEditableSettings();
  const [status, showStatus] = useStatus();
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => setNow(Date.now()), [settings]);
  const [newer, setNewer] = useState(false);
  useEffect(() => void settingsFromNewerVersion().then(setNewer), [settings]);

  const save = useCallback(
    (change: Partial<Settings>) => {
      showChange(change);
      void updateSettings(change)
        .then(() => showStatus(t('common_saved')))
        .catch(() => showStatus(t('options_save_failed')));
    },
    [showStatus, showChange],
  );

  const snooze = (until: number | null) => {
    void toBackground
      .sendMessage('snooze', { until })
      .then(() => showStatus(t('common_saved')))
      .catch(() => save({ snoozeUntil: until }));
  };

  return (
    <Page title={t('options_title')}>
      <p class="sk-muted">{t('options_intro')}</p>
      {newer && (
        <p class="sk-note" role="note">
          {t('options_settings_newer')}
        </p>
      )}
      <nav class="sk-options__nav" aria-label={t('options_nav_label')}>
        <ul>
          {SECTIONS.map(([id, key]) => (
            <li key={id}>
              <a href={`#${id}`}>{t(key)}</a>
            </li>
          ))}
        </ul>
      </nav>
      {settings === null ? (
        <p class="sk-muted">{t('common_loading')}</p>
      ) : (
        <div class="sk-options__layout">
          <GeneralSection settings={settings} save={save} />
          <CategoriesSection settings={settings} save={save} />
          <SitesSection settings={settings} save={save} />
          <QuietSection settings={settings} save={save} now={now} onSnooze={snooze} />
          <SummarySection
            settings={settings}
            save={save}
            requestNotifications={requestNotificationsPermission}
            holdsNotifications={holdsNotificationsPermission}
          />
          <ResourcesSection settings={settings} save={save} />
          <DataSection actions={dataActions} />
          <PrivacySection />
        </div>
      )}
      <div class="sk-options__saved">
        <Status>{status}</Status>
      </div>
    </Page>
  );
}
