import { useId } from 'preact/hooks';
import type { Offer } from '../../lib/engine/suggestions';
import type { Finding } from '../../lib/engine/types';
import { t } from '../../lib/i18n';
import { Button } from '../ui';
import { categoryDescription, categoryName, partDescription, partLabel } from './labels';

export interface FindingItemProps {
  text: string;
  finding: Finding;
  /** Its suggestions, placed in `text`. */
  offers: Offer[];
  headingLevel: 2 | 3 | 4;
  /** When given, each suggestion gets a "Use this" button. */
  onUse?: (offer: Offer) => void;
  maxSuggestions?: number;
}

/** One thinking trap: its kind name, the words, a plain explanation, and kinder wordings by part. */
export function FindingItem({
  text,
  finding,
  offers,
  headingLevel,
  onUse,
  maxSuggestions,
}: FindingItemProps) {
  const id = useId();
  const Heading = `h${headingLevel}` as 'h3';
  const words = text.slice(finding.start, finding.end);
  const suggestions = offers.slice(0, maxSuggestions ?? offers.length);
  return (
    <li class="sk-finding">
      <Heading class="sk-finding__name" title={categoryDescription(finding.category)}>
        {categoryName(finding.category)}
      </Heading>
      <p class="sk-finding__words">
        <q>{words}</q>
      </p>
      <p class="sk-finding__why">{finding.explanation || categoryDescription(finding.category)}</p>
      {suggestions.length ? (
        <>
          <p class="sk-finding__lead" id={`${id}-lead`}>
            {t('common_kinder_ways')}
          </p>
          <ul class="sk-suggestions" aria-labelledby={`${id}-lead`}>
            {suggestions.map((suggestion, index) => (
              <li key={index} class="sk-suggestion">
                <span class="sk-chip" title={partDescription(suggestion.part)}>
                  {partLabel(suggestion.part)}
                </span>
                <span id={`${id}-s${index}`} class="sk-suggestion__text">
                  {suggestion.text}
                </span>
                {onUse ? (
                  <Button
                    small
                    variant="secondary"
                    aria-describedby={`${id}-s${index}`}
                    onClick={() => onUse(suggestion)}
                  >
                    {t('common_use_this')}
                  </Button>
                ) : null}
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </li>
  );
}
