import { useEffect, useState } from 'preact/hooks';
import { t } from '../../lib/i18n';
import { CrisisResourcesPanel } from '../../components/crisis/CrisisResourcesPanel';
import { useSettings } from '../../components/options/useSettings';
import { openExtensionPage } from '../../components/popup/open-page';
import { Button, Card, Page } from '../../components/ui';
import { SentenceWithKeys } from '../../components/welcome/Keys';
import { Playground } from '../../components/welcome/Playground';
import { CARD_SHORTCUT, checkShortcut } from '../../components/welcome/shortcuts';
import '../../components/welcome/welcome.css';

const DOES = [
  'welcome_does_notice',
  'welcome_does_offer',
  'welcome_does_you_choose',
  'welcome_does_undo',
] as const;
const DOES_NOT = [
  'welcome_not_diagnose',
  'welcome_not_care',
  'welcome_not_send',
  'welcome_not_change',
] as const;
const STEPS = [
  'welcome_step_notice',
  'welcome_step_name',
  'welcome_step_rephrase',
  'welcome_step_small',
] as const;

export function App() {
  const settings = useSettings();
  const [shortcut, setShortcut] = useState<string | null>(null);
  const [showResources, setShowResources] = useState(false);
  useEffect(() => {
    void checkShortcut().then(setShortcut);
  }, []);

  return (
    <Page title={t('welcome_title')}>
      <p class="sk-welcome__lead">{t('welcome_lead')}</p>

      <div class="sk-welcome__grid">
        <Card as="section" id="does" title={t('welcome_does_title')}>
          <ul class="sk-welcome__list">
            {DOES.map((key) => (
              <li key={key}>{t(key)}</li>
            ))}
          </ul>
        </Card>
        <Card as="section" id="does-not" title={t('welcome_not_title')}>
          <ul class="sk-welcome__list">
            {DOES_NOT.map((key) => (
              <li key={key}>{t(key)}</li>
            ))}
          </ul>
        </Card>
      </div>

      <Card as="section" id="try" title={t('welcome_try_title')} class="sk-welcome__section">
        <p class="sk-muted">{t('welcome_try_intro')}</p>
        <Playground
          options={{
            sensitivity: settings?.sensitivity ?? 'standard',
            disabledCategories: settings?.disabledCategories ?? [],
          }}
          country={settings?.resourcesCountry}
        />
      </Card>

      <Card
        as="section"
        id="routine"
        title={t('welcome_routine_title')}
        class="sk-welcome__section"
      >
        <p class="sk-muted">{t('welcome_routine_intro')}</p>
        <ol class="sk-welcome__steps">
          {STEPS.map((key) => (
            <li key={key}>
              <span>{t(key)}</span>
            </li>
          ))}
        </ol>
      </Card>

      <Card as="section" id="keys" title={t('welcome_keys_title')} class="sk-welcome__section">
        <p>
          <SentenceWithKeys
            shortcut={CARD_SHORTCUT}
            text={(slot) => t('welcome_keys_card', slot)}
          />
        </p>
        {shortcut === null ? null : shortcut ? (
          <p data-testid="check-shortcut">
            <SentenceWithKeys shortcut={shortcut} text={(slot) => t('welcome_keys_check', slot)} />
          </p>
        ) : (
          <p data-testid="check-shortcut">{t('welcome_keys_check_menu_only')}</p>
        )}
      </Card>

      <Card
        as="section"
        id="privacy"
        title={t('welcome_privacy_title')}
        class="sk-welcome__section"
      >
        <p>{t('welcome_privacy_text')}</p>
        <p class="sk-muted">{t('welcome_privacy_stored')}</p>
      </Card>

      <Card
        as="section"
        id="care"
        title={t('welcome_care_title')}
        tone="soft"
        class="sk-welcome__section"
      >
        <p>{t('welcome_care_text')}</p>
        <Button aria-expanded={showResources} onClick={() => setShowResources((open) => !open)}>
          {showResources ? t('welcome_care_hide') : t('welcome_care_show')}
        </Button>
        {showResources ? (
          <div class="sk-welcome__section">
            <CrisisResourcesPanel
              country={settings?.resourcesCountry}
              headingLevel={3}
              variant="offered"
            />
          </div>
        ) : null}
      </Card>

      <nav class="sk-row sk-welcome__section" aria-label={t('welcome_next_label')}>
        <Button variant="primary" onClick={() => void openExtensionPage('practice')}>
          {t('welcome_open_practice')}
        </Button>
        <Button onClick={() => void openExtensionPage('options')}>
          {t('welcome_open_settings')}
        </Button>
      </nav>
    </Page>
  );
}
