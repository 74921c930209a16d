import type { AnalyzeOptions } from '../../lib/engine/types';
import { t } from '../../lib/i18n';
import { AnalysisResult } from '../analysis/AnalysisResult';
import type { EngineModule } from '../analysis/engine';
import { useTryField } from '../analysis/useTryField';
import { Card, TextArea } from '../ui';

export interface TrySentenceProps {
  options: AnalyzeOptions;
  country?: string;
  /** Injectable engine loader (tests). */
  load?: () => Promise<EngineModule>;
  pauseMs?: number;
}

/** Type anything and see what Selfkind notices and suggests. Nothing typed here is stored. */
export function TrySentence({ options, country, load, pauseMs = 400 }: TrySentenceProps) {
  const { text, setText, field, state, use } = useTryField(options, pauseMs, load);

  return (
    <Card as="section" id="popup-try" title={t('popup_try_title')} headingLevel={2}>
      <TextArea
        label={t('popup_try_label')}
        hint={t('popup_try_hint')}
        textareaRef={field}
        value={text}
        rows={3}
        onInput={(event) => setText(event.currentTarget.value)}
      />
      <AnalysisResult
        state={state}
        country={country}
        onUse={use}
        maxSuggestions={2}
        class="sk-try__result"
      />
    </Card>
  );
}
