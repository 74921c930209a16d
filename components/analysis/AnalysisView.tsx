import type { Offer } from '../../lib/engine/suggestions';
import { t } from '../../lib/i18n';
import { CrisisResourcesPanel } from '../crisis/CrisisResourcesPanel';
import { FindingItem } from './FindingItem';
import { HighlightedText } from './HighlightedText';
import { analysisSummary } from './summary';
import type { AnalysedText } from './useAnalysis';
import './analysis.css';

export interface AnalysisViewProps {
  result: AnalysedText;
  /** Heading level for each finding's name, to keep the page's headings in order. */
  headingLevel?: 2 | 3 | 4;
  /** ISO country or 'auto' for crisis resources. */
  country?: string;
  onUse?: (offer: Offer) => void;
  /** Show at most this many suggestions per finding (the popup keeps it short). */
  maxSuggestions?: number;
}

/**
 * What Selfkind noticed in one text: the words marked, each trap named kindly with kinder wordings
 * labelled by part of self-compassion, kind talk noted. In a crisis, resources instead of rewrites.
 */
export function AnalysisView({
  result: { text, analysis, offers },
  headingLevel = 3,
  country,
  onUse,
  maxSuggestions,
}: AnalysisViewProps) {
  if (analysis.crisis) {
    return (
      <div class="sk-analysis" data-state="crisis">
        <CrisisResourcesPanel country={country} headingLevel={headingLevel} />
      </div>
    );
  }
  const { findings, kind } = analysis;
  return (
    <div class="sk-analysis" data-state={findings.length ? 'findings' : 'clear'}>
      <p class="sk-analysis__summary">{analysisSummary(analysis)}</p>
      {findings.length || kind.length ? <HighlightedText text={text} analysis={analysis} /> : null}
      {kind.length ? (
        <div class="sk-kind-note">
          <p>{t('common_analysis_kind_note')}</p>
          <ul>
            {kind.map((span, index) => (
              <li key={index}>
                <q>{text.slice(span.start, span.end)}</q>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      {findings.length ? (
        <ul class="sk-findings">
          {findings.map((finding, index) => (
            <FindingItem
              key={`${finding.rule}-${finding.start}-${index}`}
              text={text}
              finding={finding}
              offers={offers[index] ?? []}
              headingLevel={headingLevel}
              onUse={onUse}
              maxSuggestions={maxSuggestions}
            />
          ))}
        </ul>
      ) : null}
    </div>
  );
}
