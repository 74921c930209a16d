import { useState } from 'preact/hooks';
import type { Offer } from '../../lib/engine/suggestions';
import type { AnalyzeOptions } from '../../lib/engine/types';
import { t } from '../../lib/i18n';
import { AnalysisResult } from '../analysis/AnalysisResult';
import type { EngineModule } from '../analysis/engine';
import { useTryField } from '../analysis/useTryField';
import { Button, TextArea } from '../ui';

export interface PlaygroundProps {
  options: AnalyzeOptions;
  country?: string;
  load?: () => Promise<EngineModule>;
  pauseMs?: number;
}

/**
 * A real textarea to try a nudge. Content scripts never run on extension pages, so this uses the
 * engine directly; "Use this" edits the textarea as one native step, so Ctrl+Z brings the words back.
 */
export function Playground({ options, country, load, pauseMs = 500 }: PlaygroundProps) {
  const { text, setText, field, state, use: apply } = useTryField(options, pauseMs, load);
  const [used, setUsed] = useState(false);

  function use(offer: Offer) {
    if (apply(offer)) setUsed(true);
  }

  return (
    <div class="sk-playground">
      <TextArea
        label={t('welcome_try_label')}
        hint={t('welcome_try_hint')}
        textareaRef={field}
        value={text}
        rows={4}
        onInput={(event) => setText(event.currentTarget.value)}
      />
      {!text ? (
        <div class="sk-row sk-playground__examples">
          <span class="sk-muted sk-small">{t('welcome_try_example_lead')}</span>
          <Button
            small
            variant="quiet"
            onClick={() => {
              setText(t('welcome_try_example'));
              field.current?.focus();
            }}
          >
            {t('welcome_try_example')}
          </Button>
        </div>
      ) : null}
      {used ? <p class="sk-muted sk-small">{t('welcome_try_undo')}</p> : null}
      <AnalysisResult state={state} country={country} onUse={use} class="sk-playground__result" />
    </div>
  );
}
