import { useEffect, useState } from 'preact/hooks';
import { t } from '../../lib/i18n';
import { takeHandoff, type HandoffResult } from '../../components/analysis/handoff';
import { CheckView } from '../../components/check/CheckView';
import { useSettings } from '../../components/options/useSettings';
import { toBackground } from '../../components/popup/messaging';
import { Page } from '../../components/ui';
import '../../components/check/check.css';

export function App() {
  const settings = useSettings();
  const [handoff, setHandoff] = useState<HandoffResult | null>(null);

  useEffect(() => {
    const receive = () => {
      const hash = location.hash;
      // The token is used once; keep it out of history and reloads.
      if (hash) history.replaceState(null, '', location.pathname + location.search);
      void takeHandoff(hash).then(setHandoff);
    };
    receive();
    const controller = new AbortController();
    window.addEventListener('hashchange', receive, { signal: controller.signal });
    return () => controller.abort();
  }, []);

  return (
    <Page title={t('check_title')}>
      {handoff === null || settings === null ? (
        <p class="sk-muted">{t('common_loading')}</p>
      ) : (
        <CheckView
          handoff={handoff}
          options={{
            sensitivity: settings.sensitivity,
            disabledCategories: settings.disabledCategories,
          }}
          country={settings.resourcesCountry}
          onPractise={(sentence) =>
            void toBackground.sendMessage('openPractice', { exercise: 'break', sentence })
          }
        />
      )}
    </Page>
  );
}
