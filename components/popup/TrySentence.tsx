import { useRef, useState } from 'preact/hooks';
import type { AnalyzeOptions, Finding, Suggestion } from '../../lib/engine/types';
import { t } from '../../lib/i18n';
import { AnalysisResult } from '../analysis/AnalysisResult';
import { replaceInTextarea, replacementFor } from '../analysis/apply';
import type { EngineModule } from '../analysis/engine';
import { useAnalysis, useDebounced } from '../analysis/useAnalysis';
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
  const [text, setText] = useState('');
  const field = useRef<HTMLTextAreaElement>(null);
  const settled = useDebounced(text, pauseMs);
  const state = useAnalysis(settled, options, load);

  function use(finding: Finding, suggestion: Suggestion) {
    const el = field.current;
    if (!el || state.status !== 'ready' || el.value !== state.text) return;
    replaceInTextarea(el, replacementFor(finding, suggestion));
    setText(el.value);
  }

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
