import type { Offer } from '../../lib/engine/suggestions';
import { t } from '../../lib/i18n';
import { AnalysisView } from './AnalysisView';
import { analysisSummary } from './summary';
import type { AnalysisState } from './useAnalysis';

interface Props {
  state: AnalysisState;
  country?: string;
  onUse?: (offer: Offer) => void;
  maxSuggestions?: number;
  class: string;
}

/** What a live analysis shows under a text field: loading, error, or the findings, announced politely. */
export function AnalysisResult({ state, country, onUse, maxSuggestions, class: className }: Props) {
  return (
    <>
      <p class="sk-visually-hidden" role="status">
        {state.status === 'ready' ? analysisSummary(state.analysis) : ''}
      </p>
      <div class={className}>
        {state.status === 'loading' ? (
          <p class="sk-muted">{t('common_loading')}</p>
        ) : state.status === 'error' ? (
          <p class="sk-muted">{t('common_analysis_error')}</p>
        ) : state.status === 'ready' ? (
          <AnalysisView
            result={state}
            headingLevel={3}
            country={country}
            onUse={onUse}
            maxSuggestions={maxSuggestions}
          />
        ) : null}
      </div>
    </>
  );
}
