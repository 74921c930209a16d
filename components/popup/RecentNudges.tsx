import type { NudgesState, PopupNudge } from './nudges';
import { t } from '../../lib/i18n';
import { CATEGORY_IDS, type CategoryId } from '../../lib/engine/types';
import { Card } from '../ui';
import { categoryName } from '../analysis/labels';

export type { NudgesState } from './nudges';

function nameOf(category: string): string {
  return (CATEGORY_IDS as readonly string[]).includes(category)
    ? categoryName(category as CategoryId)
    : category;
}

function timeOf(at: number): string {
  return new Date(at).toLocaleTimeString(undefined, { hour: '2-digit', minute: '2-digit' });
}

/** What Selfkind offered on this page lately. The text lives only in the tab's memory and here. */
export function RecentNudges({ state }: { state: NudgesState }) {
  return (
    <Card as="section" id="popup-nudges" title={t('popup_nudges_title')} headingLevel={2}>
      {state.status === 'loading' ? (
        <p class="sk-muted">{t('common_loading')}</p>
      ) : state.status === 'unavailable' ? (
        <p class="sk-muted">{t('popup_nudges_unavailable')}</p>
      ) : state.status === 'silent' ? (
        // No answer: the tab has not started Selfkind yet (no field used), or predates the install.
        <>
          <p class="sk-muted">{t('popup_nudges_empty')}</p>
          <p class="sk-muted sk-small">{t('popup_nudges_silent')}</p>
        </>
      ) : state.nudges.length === 0 ? (
        <p class="sk-muted">{t('popup_nudges_empty')}</p>
      ) : (
        <>
          <UnopenedCount nudges={state.nudges} />
          <ul class="sk-nudges">
            {state.nudges.map((nudge, index) => (
              <li
                key={`${nudge.at}-${index}`}
                class={nudge.opened === false ? 'sk-nudge sk-nudge--unopened' : 'sk-nudge'}
              >
                <p class="sk-nudge__head">
                  <span class="sk-nudge__tags">
                    <span class="sk-chip">{nameOf(nudge.category)}</span>
                    {nudge.opened === false ? (
                      <span class="sk-nudge__new">{t('popup_nudge_unopened')}</span>
                    ) : null}
                  </span>
                  <time class="sk-muted sk-small" dateTime={new Date(nudge.at).toISOString()}>
                    {timeOf(nudge.at)}
                  </time>
                </p>
                <p class="sk-nudge__text">
                  <q>{nudge.text}</q>
                </p>
                <p class="sk-muted sk-small">{nudge.explanation}</p>
              </li>
            ))}
          </ul>
          <p class="sk-muted sk-small">{t('popup_nudges_private')}</p>
        </>
      )}
    </Card>
  );
}

/** "2 not opened yet": those the person has not looked at are easy to find. */
function UnopenedCount({ nudges }: { nudges: readonly PopupNudge[] }) {
  const unopened = nudges.filter((nudge) => nudge.opened === false).length;
  if (unopened === 0) return null;
  return (
    <p class="sk-muted sk-small">
      {unopened === 1
        ? t('popup_nudges_unopened_one')
        : t('popup_nudges_unopened_many', String(unopened))}
    </p>
  );
}
