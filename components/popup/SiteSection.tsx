import type { Settings } from '../../lib/storage/schema';
import { t } from '../../lib/i18n';
import { Button, Card, Toggle } from '../ui';
import type { ActiveTab } from './active-tab';

export interface SiteSectionProps {
  tab: ActiveTab | null;
  settings: Settings;
  onSiteChange: (host: string, enabled: boolean) => void;
  onTurnOnEverywhere: () => void;
}

/** On/off for this site; a calm note where extensions cannot run. */
export function SiteSection({ tab, settings, onSiteChange, onTurnOnEverywhere }: SiteSectionProps) {
  return (
    <Card as="section" id="popup-site" title={t('popup_site_title')} headingLevel={2}>
      {!settings.enabled ? (
        <div class="sk-stack">
          <p>{t('popup_off_everywhere')}</p>
          <Button variant="primary" onClick={onTurnOnEverywhere}>
            {t('popup_turn_on')}
          </Button>
        </div>
      ) : tab && tab.scriptable && tab.host ? (
        <Toggle
          label={t('popup_site_toggle', tab.host)}
          hint={t('popup_site_toggle_hint')}
          checked={!settings.disabledSites.includes(tab.host)}
          onChange={(enabled) => onSiteChange(tab.host, enabled)}
        />
      ) : (
        <p class="sk-muted" data-testid="site-unavailable">
          {tab && tab.scriptable ? t('popup_site_no_host') : t('popup_site_cannot_run')}
        </p>
      )}
    </Card>
  );
}
