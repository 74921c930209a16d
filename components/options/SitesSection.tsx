import { useState } from 'preact/hooks';
import type { Settings } from '../../lib/storage/schema';
import { MAX_DISABLED_SITES } from '../../lib/storage/validate-settings';
import { t } from '../../lib/i18n';
import { Button, Card, TextField } from '../ui';
import { parseHostInput } from './hosts';
import type { SaveSettings } from './save';

/** Sites where Selfkind stays quiet: add by hostname (validated), remove one by one. */
export function SitesSection({ settings, save }: { settings: Settings; save: SaveSettings }) {
  const [input, setInput] = useState('');
  const [error, setError] = useState('');
  const sites = settings.disabledSites;

  function add(event: Event) {
    event.preventDefault();
    const parsed = parseHostInput(input);
    if (!parsed.ok) {
      setError(
        t(parsed.reason === 'empty' ? 'options_sites_error_empty' : 'options_sites_error_invalid'),
      );
      return;
    }
    if (sites.includes(parsed.host)) {
      setError(t('options_sites_error_duplicate', parsed.host));
      return;
    }
    if (sites.length >= MAX_DISABLED_SITES) {
      setError(t('options_sites_error_full'));
      return;
    }
    setError('');
    setInput('');
    save({ disabledSites: [...sites, parsed.host] });
  }

  return (
    <Card as="section" id="sites" title={t('options_sites_title')}>
      <p class="sk-muted">{t('options_sites_intro')}</p>
      <form class="sk-options__add" onSubmit={add} noValidate>
        <TextField
          label={t('options_sites_add_label')}
          hint={t('options_sites_add_hint')}
          error={error || undefined}
          value={input}
          autoComplete="off"
          spellcheck={false}
          inputMode="url"
          onInput={(event) => {
            setInput(event.currentTarget.value);
            if (error) setError('');
          }}
        />
        <Button type="submit" variant="primary">
          {t('options_sites_add')}
        </Button>
      </form>
      {sites.length ? (
        <ul class="sk-options__sites" aria-label={t('options_sites_list_label')}>
          {sites.map((host) => (
            <li key={host}>
              <span class="sk-options__host">{host}</span>
              <Button
                small
                variant="quiet"
                aria-label={t('options_sites_remove_named', host)}
                onClick={() => save({ disabledSites: sites.filter((site) => site !== host) })}
              >
                {t('options_sites_remove')}
              </Button>
            </li>
          ))}
        </ul>
      ) : (
        <p class="sk-muted" data-testid="sites-empty">
          {t('options_sites_empty')}
        </p>
      )}
    </Card>
  );
}
