import type { Analysis } from '../../lib/engine/types';
import { t } from '../../lib/i18n';

/** One calm sentence about an analysis, for the view's lead and for live-region announcements. */
export function analysisSummary(analysis: Analysis): string {
  if (analysis.crisis) return t('common_analysis_crisis');
  if (analysis.findings.length) return t('common_analysis_found');
  if (analysis.kind.length) return t('common_analysis_only_kind');
  return t('common_analysis_clear');
}
