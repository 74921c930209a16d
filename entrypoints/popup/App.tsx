import { useEffect, useState } from 'preact/hooks';
import { t } from '../../lib/i18n';
import { updateSettings } from '../../lib/storage/settings';
import { GearIcon, IconButton, Page } from '../../components/ui';
import { useSettings } from '../../components/options/useSettings';
import { getActiveTab, type ActiveTab } from '../../components/popup/active-tab';
import { toBackground } from '../../components/popup/messaging';
import { loadNudges } from '../../components/popup/nudges';
import { openExtensionPage, type ExtensionPage } from '../../components/popup/open-page';
import { PracticeLinks } from '../../components/popup/PracticeLinks';
import { RecentNudges, type NudgesState } from '../../components/popup/RecentNudges';
import { SiteSection } from '../../components/popup/SiteSection';
import { SnoozeSection } from '../../components/popup/SnoozeSection';
import { TrySentence } from '../../components/popup/TrySentence';
import { loadWeekGlance } from '../../components/popup/week-glance';
import '../../components/popup/popup.css';

export function App() {
  const settings = useSettings();
  const [tab, setTab] = useState<ActiveTab | null | undefined>(undefined);
  const [nudges, setNudges] = useState<NudgesState>({ status: 'loading' });
  const [glance, setGlance] = useState<string | null>(null);
  const [now, setNow] = useState(() => Date.now());

  useEffect(() => {
    let live = true;
    void getActiveTab().then(async (found) => {
      if (!live) return;
      setTab(found);
      const state = await loadNudges(found);
      if (live) setNudges(state);
    });
    void loadWeekGlance()
      .then((line) => live && setGlance(line))
      .catch(() => live && setGlance(t('popup_week_empty')));
    return () => {
      live = false;
    };
  }, []);

  // Re-read the clock whenever settings change, so a snooze that just ended shows as ended.
  useEffect(() => setNow(Date.now()), [settings]);

  async function open(page: ExtensionPage) {
    await openExtensionPage(page);
    window.close();
  }

  return (
    <Page
      compact
      hideTitle
      title={t('popup_title')}
      actions={
        <IconButton label={t('popup_open_settings')} onClick={() => void open('options')}>
          <GearIcon />
        </IconButton>
      }
    >
      {settings === null || tab === undefined ? (
        <p class="sk-muted">{t('common_loading')}</p>
      ) : (
        <div class="sk-popup">
          <SiteSection
            tab={tab}
            settings={settings}
            onSiteChange={(host, enabled) =>
              void toBackground.sendMessage('setSiteEnabled', { host, enabled })
            }
            onTurnOnEverywhere={() => void updateSettings({ enabled: true })}
          />
          <SnoozeSection
            snoozeUntil={settings.snoozeUntil}
            now={now}
            onSnooze={(until) => {
              setNow(Date.now());
              void toBackground.sendMessage('snooze', { until });
            }}
          />
          <RecentNudges state={nudges} />
          <TrySentence
            options={{
              sensitivity: settings.sensitivity,
              disabledCategories: settings.disabledCategories,
            }}
            country={settings.resourcesCountry}
          />
          <PracticeLinks glance={glance} onOpen={(page) => void open(page)} />
        </div>
      )}
    </Page>
  );
}
