import { useId } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { t } from '../../lib/i18n';
import { callHref, crisisResources, textHref, type CrisisLine } from './source';
import './crisis.css';

export interface CrisisResourcesPanelProps {
  /** The user's setting: an ISO country, or 'auto' / absent for the browser's region. */
  country?: string;
  headingLevel?: 2 | 3 | 4;
  /** Shorter intro, for places where the panel is offered rather than triggered (exercises). */
  variant?: 'triggered' | 'offered';
}

function LineActions({ line }: { line: CrisisLine }) {
  return (
    <div class="sk-row">
      {line.calls.map((number) => (
        <a
          key={number}
          class="sk-button sk-button--primary sk-button--small"
          href={callHref(number)}
        >
          {t('crisis_call', number)}
        </a>
      ))}
      {line.text ? (
        <a class="sk-button sk-button--secondary sk-button--small" href={textHref(line.text)}>
          {line.text.keyword
            ? t('crisis_text_keyword', [line.text.keyword, line.text.number])
            : t('crisis_text', line.text.number)}
        </a>
      ) : null}
      {line.url ? (
        <a class="sk-crisis__link" href={line.url} target="_blank" rel="noreferrer">
          {t('crisis_website', line.name)}
        </a>
      ) : null}
    </div>
  );
}

/**
 * People to talk to now, for the user's country: calm, never alarming. Shown instead of any
 * rewrite when words suggest self-harm or a wish to die, and one click away in every exercise.
 */
export function CrisisResourcesPanel({
  country,
  headingLevel = 2,
  variant = 'triggered',
}: CrisisResourcesPanelProps) {
  const titleId = useId();
  const Heading = `h${headingLevel}` as 'h2';
  const resources = crisisResources(country, browser.i18n.getUILanguage());
  return (
    <section class="sk-crisis" aria-labelledby={titleId} data-testid="crisis-panel">
      <Heading id={titleId} class="sk-crisis__title">
        {t('crisis_title')}
      </Heading>
      <p>{t(variant === 'triggered' ? 'crisis_intro' : 'crisis_intro_offered')}</p>
      {resources.lines.length ? (
        <ul class="sk-crisis__lines">
          {resources.lines.map((line) => (
            <li key={line.name} class="sk-crisis__line">
              <p class="sk-crisis__name">{line.name}</p>
              {line.detail ? <p class="sk-muted sk-small">{line.detail}</p> : null}
              <LineActions line={line} />
            </li>
          ))}
        </ul>
      ) : null}
      <p class="sk-crisis__emergency">
        {resources.emergencyNumber
          ? t('crisis_emergency_number', resources.emergencyNumber)
          : t('crisis_emergency')}
      </p>
      {resources.directoryUrl ? (
        <p>
          <a class="sk-crisis__link" href={resources.directoryUrl} target="_blank" rel="noreferrer">
            {t('crisis_directory')}
          </a>
        </p>
      ) : null}
      <p class="sk-muted sk-small">
        {resources.countryName
          ? t('crisis_for_country', resources.countryName)
          : t('crisis_no_country')}
      </p>
    </section>
  );
}
