/**
 * The nudge card when the viewport is short (a small window, or 200% zoom): one wording with what it will change,
 * then "Use this", "Another" and "More", which opens the card's other ways out in place. The trap's name sits in
 * the head, its explanation one click away.
 */
import { useState } from 'preact/hooks';
import type { Offer } from '@/lib/engine/suggestions';
import { t } from '@/lib/i18n';
import { NudgeHead, nudgeKeys } from './nudge-frame';
import {
  Explanation,
  OffButtons,
  partLabel,
  Preview,
  TrapName,
  UseButton,
  type NudgeCardProps,
} from './NudgeCard';

export function CompactNudgeCard(props: NudgeCardProps) {
  const [why, setWhy] = useState(false);
  const [more, setMore] = useState(false);
  // "Another" walks through the wordings on hand before asking for a fresh set.
  const [pick, setPick] = useState<{ offers: readonly Offer[]; at: number }>({
    offers: props.offers,
    at: 0,
  });
  const shown = props.offers.slice(0, 3);
  const at = pick.offers === props.offers ? Math.min(pick.at, shown.length - 1) : 0;
  const offer = shown[at];
  const another = () => {
    if (at + 1 < shown.length) setPick({ offers: props.offers, at: at + 1 });
    else props.onAnother();
  };
  return (
    <div
      class={more ? 'card compact more-open' : 'card compact'}
      role="dialog"
      aria-labelledby={`${props.id}-title`}
      onKeyDown={nudgeKeys(props)}
    >
      <NudgeHead {...props}>
        <TrapName
          id={props.id}
          name={props.trapName}
          why={why}
          onWhy={() => setWhy(!why)}
          as="span"
        />
      </NudgeHead>
      {offer && (
        <div class="suggestions" aria-label={t('card_suggestions_heading')} role="group">
          <div class="suggestion">
            <span class="part">{partLabel(offer.part)}</span>
            <Preview offer={offer} />
          </div>
        </div>
      )}
      <div class="row">
        {offer && <UseButton offer={offer} onUse={props.onUse} />}
        <button type="button" class="action" onClick={another}>
          {t('card_another')}
        </button>
        <button
          type="button"
          class="action"
          aria-expanded={more}
          aria-controls={`${props.id}-more`}
          onClick={() => setMore(!more)}
        >
          {t('card_more')}
        </button>
      </div>
      <div class="row more" id={`${props.id}-more`} hidden={!more}>
        <button type="button" class="quiet" onClick={props.onNotNow}>
          {t('card_not_now')}
        </button>
        <button type="button" class="quiet" onClick={props.onPractice}>
          {t('card_practice')}
        </button>
        <OffButtons {...props} />
      </div>
      <Explanation id={props.id} text={props.explanation} open={why} />
    </div>
  );
}
