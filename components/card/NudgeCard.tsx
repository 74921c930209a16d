/**
 * The nudge card: the kinder wordings first, each showing what it will change (the replaced words struck
 * through, the new words beside them), the trap named kindly with its explanation one click away, "1 of 2"
 * when the field has more, and the ways out.
 */
import { useState } from 'preact/hooks';
import type { Offer } from '@/lib/engine/suggestions';
import type { CompassionPart } from '@/lib/engine/types';
import { t, type MessageKey } from '@/lib/i18n';
import { NudgeHead, nudgeKeys } from './nudge-frame';

export interface NudgeCardProps {
  id: string;
  trapName: string;
  explanation: string;
  offers: readonly Offer[];
  /** Which finding of how many in the field (0-based index). */
  position: { index: number; count: number };
  onUse(offer: Offer): void;
  onStep(by: 1 | -1): void;
  onAnother(): void;
  onNotNow(): void;
  onFieldOff(): void;
  onPauseSite(): void;
  onPractice(): void;
  onClose(): void;
}

const PART_KEYS: Record<CompassionPart, MessageKey> = {
  self_kindness: 'parts_self_kindness',
  common_humanity: 'parts_common_humanity',
  mindfulness: 'parts_mindfulness',
  next_step: 'parts_next_step',
};

export function partLabel(part: CompassionPart): string {
  return t(PART_KEYS[part]);
}

/** The replaced words, shortened in the middle when long (a whole sentence). */
function shortened(text: string, max = 70): string {
  const clean = text.trim();
  if (clean.length <= max) return clean;
  const half = Math.floor((max - 1) / 2);
  return `${clean.slice(0, half).trimEnd()} … ${clean.slice(-half).trimStart()}`;
}

export function Preview({ offer }: { offer: Offer }) {
  return (
    <p class="wording">
      <del class="was" aria-label={t('card_replaces', offer.original.trim())}>
        {shortened(offer.original)}
      </del>{' '}
      <ins class="now">{offer.text.trim()}</ins>
      {offer.replaces === 'sentence' && <span class="scope">{t('card_replaces_sentence')}</span>}
    </p>
  );
}

/** "Use this" for one wording, named for screen readers by what it will say. */
export function UseButton({ offer, onUse }: { offer: Offer; onUse(offer: Offer): void }) {
  return (
    <button
      type="button"
      class="primary"
      aria-label={t('card_use_label', offer.text.trim())}
      onClick={() => onUse(offer)}
    >
      {t('card_use')}
    </button>
  );
}

/** The trap's name with "Why?", which opens its explanation (`Explanation`) in place. */
export function TrapName(props: {
  id: string;
  name: string;
  why: boolean;
  onWhy(): void;
  as?: 'p' | 'span';
}) {
  const Tag = props.as ?? 'p';
  return (
    <Tag class="trap">
      <span>{props.name}</span>
      <button
        type="button"
        class="quiet why"
        aria-expanded={props.why}
        aria-controls={`${props.id}-explanation`}
        onClick={props.onWhy}
      >
        {t('card_why')}
      </button>
    </Tag>
  );
}

export function Explanation({ id, text, open }: { id: string; text: string; open: boolean }) {
  return (
    <p class="explanation" id={`${id}-explanation`} hidden={!open}>
      {text}
    </p>
  );
}

/** Turning Selfkind off here: for this field, or for the whole site a while. */
export function OffButtons(props: Pick<NudgeCardProps, 'onFieldOff' | 'onPauseSite'>) {
  return (
    <>
      <button type="button" class="quiet" onClick={props.onFieldOff}>
        {t('card_field_off')}
      </button>
      <button type="button" class="quiet" onClick={props.onPauseSite}>
        {t('card_pause_site')}
      </button>
    </>
  );
}

export function NudgeCard(props: NudgeCardProps) {
  const [why, setWhy] = useState(false);
  const titleId = `${props.id}-title`;
  const shown = props.offers.slice(0, 3);
  return (
    <div class="card" role="dialog" aria-labelledby={titleId} onKeyDown={nudgeKeys(props)}>
      <NudgeHead {...props} />
      <ul class="suggestions" aria-label={t('card_suggestions_heading')}>
        {shown.map((offer, i) => (
          <li class="suggestion" key={`${i}-${offer.text}`}>
            <span class="part">{partLabel(offer.part)}</span>
            <UseButton offer={offer} onUse={props.onUse} />
            <Preview offer={offer} />
          </li>
        ))}
      </ul>
      <TrapName id={props.id} name={props.trapName} why={why} onWhy={() => setWhy(!why)} />
      <Explanation id={props.id} text={props.explanation} open={why} />
      <div class="row">
        <button type="button" class="action" onClick={props.onAnother}>
          {t('card_another')}
        </button>
        <button type="button" class="action" onClick={props.onNotNow}>
          {t('card_not_now')}
        </button>
        <button type="button" class="action" onClick={props.onPractice}>
          {t('card_practice')}
        </button>
      </div>
      <div class="row more">
        <OffButtons {...props} />
      </div>
    </div>
  );
}
