import type { Analysis } from '../../lib/engine/types';
import { t } from '../../lib/i18n';
import { segmentText } from './segments';

/** The analysed text with harsh words and kind words marked (colour plus a hidden word for screen readers). */
export function HighlightedText({
  text,
  analysis,
}: {
  text: string;
  analysis: Pick<Analysis, 'findings' | 'kind'>;
}) {
  return (
    <p class="sk-analysis__text">
      {segmentText(text, analysis).map((segment, index) =>
        segment.tone === 'plain' ? (
          segment.text
        ) : (
          <mark key={index} class={`sk-mark sk-mark--${segment.tone}`}>
            <span class="sk-visually-hidden">
              {t(segment.tone === 'harsh' ? 'common_mark_harsh_start' : 'common_mark_kind_start')}
            </span>
            {segment.text}
            <span class="sk-visually-hidden">{t('common_mark_end')}</span>
          </mark>
        ),
      )}
    </p>
  );
}
