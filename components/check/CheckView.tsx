import { useEffect, useRef, useState } from 'preact/hooks';
import type { Offer } from '../../lib/engine/suggestions';
import type { AnalyzeOptions } from '../../lib/engine/types';
import { t } from '../../lib/i18n';
import { AnalysisView } from '../analysis/AnalysisView';
import { replaceInTextarea } from '../analysis/apply';
import type { EngineModule } from '../analysis/engine';
import type { HandoffResult } from '../analysis/handoff';
import { analysisSummary } from '../analysis/summary';
import { useAnalysis } from '../analysis/useAnalysis';
import { Button, Card, TextArea } from '../ui';

export interface CheckViewProps {
  handoff: HandoffResult;
  options: AnalyzeOptions;
  country?: string;
  onPractise: (text: string) => void;
  load?: () => Promise<EngineModule>;
}

/** The handed-off words, editable, with what Selfkind notices in them; re-checked on request. */
export function CheckView({ handoff, options, country, onPractise, load }: CheckViewProps) {
  const initial = handoff.status === 'ready' ? handoff.text : '';
  const [text, setText] = useState(initial);
  const [checked, setChecked] = useState(initial);
  const field = useRef<HTMLTextAreaElement>(null);
  const state = useAnalysis(checked, options, load);
  const changed = text !== checked;

  // A fresh hand-off (the page reused for a new selection) replaces the words.
  useEffect(() => {
    setText(initial);
    setChecked(initial);
  }, [initial]);

  function use(offer: Offer) {
    const el = field.current;
    if (!el || state.status !== 'ready' || el.value !== state.text) return;
    replaceInTextarea(el, offer);
    setText(el.value);
    setChecked(el.value);
  }

  return (
    <>
      {handoff.status === 'expired' ? (
        <Card tone="soft" as="section" id="check-expired" title={t('check_expired_title')}>
          <p>{t('check_expired_text')}</p>
        </Card>
      ) : handoff.status === 'none' ? (
        <p class="sk-muted">{t('check_none_text')}</p>
      ) : (
        <p class="sk-muted">{t('check_intro')}</p>
      )}
      <Card as="section" id="check-words" title={t('check_words_title')}>
        <form
          onSubmit={(event) => {
            event.preventDefault();
            setChecked(text);
          }}
        >
          <TextArea
            label={t('check_field_label')}
            hint={t('check_field_hint')}
            textareaRef={field}
            value={text}
            rows={5}
            onInput={(event) => setText(event.currentTarget.value)}
          />
          <div class="sk-row sk-check__actions">
            <Button type="submit" variant="primary" disabled={!text.trim()}>
              {checked && !changed ? t('check_again') : t('check_now')}
            </Button>
            <Button disabled={!text.trim()} onClick={() => onPractise(text)}>
              {t('check_practise')}
            </Button>
          </div>
        </form>
      </Card>
      <p class="sk-visually-hidden" role="status">
        {state.status === 'ready' ? analysisSummary(state.analysis) : ''}
      </p>
      {state.status === 'idle' ? null : (
        <Card as="section" id="check-result" title={t('check_result_title')}>
          {state.status === 'loading' ? (
            <p class="sk-muted">{t('common_loading')}</p>
          ) : state.status === 'error' ? (
            <p class="sk-muted">{t('common_analysis_error')}</p>
          ) : (
            <>
              {changed ? <p class="sk-muted sk-small">{t('check_stale')}</p> : null}
              <AnalysisView
                result={state}
                headingLevel={3}
                country={country}
                onUse={changed ? undefined : use}
              />
            </>
          )}
        </Card>
      )}
    </>
  );
}
