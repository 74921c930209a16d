import { useState } from 'preact/hooks';
import { COMPASSION_PARTS, type CategoryId, type CompassionPart } from '../../lib/engine/types';
import { compassionPartsIn, partEvidence } from '../../lib/exercises/compassion-parts';
import { rephraseFeedback, type CheckedFeedback } from '../../lib/exercises/rephrase-check';
import { t, type MessageKey } from '../../lib/i18n';
import { categoryName } from '../analysis/labels';
import { Button, TextArea } from '../ui';
import { usePracticeServices } from './services';
import { useSupport } from './support';

type Feedback =
  | CheckedFeedback
  | {
      kind: 'unavailable';
      parts: CompassionPart[];
      evidence: Partial<Record<CompassionPart, string[]>>;
    };

export interface RephraseCheckProps {
  label: string;
  value: string;
  onInput: (value: string) => void;
  /** Called after each check, with whether the words still sound harsh (null when unknown). */
  onChecked?: (harsh: boolean | null) => void;
}

/** The user's own rephrase, checked by the engine: still harsh? which parts of self-compassion are in it? */
export function RephraseCheck({ label, value, onInput, onChecked }: RephraseCheckProps) {
  const services = usePracticeServices();
  const support = useSupport();
  const [feedback, setFeedback] = useState<Feedback | null>(null);
  const [checking, setChecking] = useState(false);

  async function check() {
    setChecking(true);
    setFeedback(null);
    try {
      const analyze = await services.loadAnalyzer();
      if (!analyze) {
        setFeedback({
          kind: 'unavailable',
          parts: compassionPartsIn(value),
          evidence: partEvidence(value),
        });
        onChecked?.(null);
        return;
      }
      const result = rephraseFeedback(value, analyze(value));
      if (result.kind === 'crisis') {
        support.open('crisis');
        onChecked?.(null);
        return;
      }
      setFeedback(result);
      onChecked?.(result.harsh);
    } finally {
      setChecking(false);
    }
  }

  return (
    <div class="pk-rephrase">
      <TextArea
        label={label}
        value={value}
        rows={3}
        onInput={(event) => {
          onInput(event.currentTarget.value);
          setFeedback(null);
        }}
      />
      <Button onClick={check} disabled={!value.trim() || checking}>
        {t('practice_check')}
      </Button>
      <div role="status" aria-live="polite" class="pk-feedback">
        {checking ? <p class="sk-muted">{t('practice_checking')}</p> : null}
        {feedback ? <FeedbackView feedback={feedback} /> : null}
      </div>
    </div>
  );
}

/** "kindness", "kindness and a next step", "kindness, common humanity and a next step". */
export function partsPhrase(parts: readonly CompassionPart[]): string {
  const names = parts.map((part) => t(`practice_part_phrase_${part}` as MessageKey));
  if (names.length <= 1) return names[0] ?? '';
  return t('practice_list_and', [names.slice(0, -1).join(', '), names[names.length - 1]!]);
}

function VerdictLine({ feedback }: { feedback: CheckedFeedback }) {
  switch (feedback.verdict) {
    case 'kind':
      return <p>{t('practice_verdict_kind', partsPhrase(feedback.parts))}</p>;
    case 'one_part':
      return <p>{t('practice_verdict_one_part', partsPhrase(feedback.parts))}</p>;
    case 'no_parts':
      return <p>{t('practice_verdict_no_parts')}</p>;
    case 'harsh':
      return (
        <>
          <p>{t('practice_still_harsh')}</p>
          <ul class="pk-traps">
            {feedback.traps.map((trap: CategoryId) => (
              <li key={trap}>
                <strong>{categoryName(trap)}</strong>: {t(`drill_trap_${trap}_about` as MessageKey)}
              </li>
            ))}
          </ul>
          {feedback.parts.length > 0 ? (
            <p>{t('practice_verdict_harsh_has', partsPhrase(feedback.parts))}</p>
          ) : null}
        </>
      );
  }
}

function FeedbackView({ feedback }: { feedback: Feedback }) {
  return (
    <div class="sk-card sk-card--soft pk-feedback__card">
      {feedback.kind === 'unavailable' ? (
        <p>{t('practice_check_unavailable')}</p>
      ) : (
        <VerdictLine feedback={feedback} />
      )}
      <PartsList parts={feedback.parts} evidence={feedback.evidence} />
    </div>
  );
}

export function PartsList({
  parts,
  evidence = {},
}: {
  parts: readonly CompassionPart[];
  evidence?: Partial<Record<CompassionPart, string[]>>;
}) {
  return (
    <>
      <h4 class="pk-parts__title">{t('practice_parts_heading')}</h4>
      <ul class="pk-parts">
        {COMPASSION_PARTS.map((part) => {
          const present = parts.includes(part);
          const words = evidence[part] ?? [];
          return (
            <li key={part} class={present ? 'pk-part pk-part--present' : 'pk-part'}>
              <span class="pk-part__mark" aria-hidden="true">
                {present ? '✓' : '○'}
              </span>
              <span>
                <strong>{t(`practice_part_${part}` as MessageKey)}</strong>{' '}
                <span class="sk-muted">
                  ({present ? t('practice_part_present') : t('practice_part_missing')})
                </span>
                {present && words.length > 0 ? (
                  <span class="pk-part__tip sk-small">
                    {t('practice_part_found', words.map((w) => `“${w}”`).join(', '))}
                  </span>
                ) : null}
                {present ? null : (
                  <span class="pk-part__tip sk-small">
                    {t(`practice_part_${part}_tip` as MessageKey)}
                  </span>
                )}
              </span>
            </li>
          );
        })}
      </ul>
    </>
  );
}
