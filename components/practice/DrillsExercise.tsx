import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { CATEGORY_IDS, type CategoryId } from '../../lib/engine/types';
import {
  DRILLS,
  drillOrder,
  drillReframeKey,
  drillThoughtKey,
  judgeTrap,
  rotate,
  type Drill,
  type TrapVerdict,
} from '../../lib/exercises/drills';
import { t, type MessageKey } from '../../lib/i18n';
import { Button } from '../ui';
import { ChipPicker } from './ChipPicker';
import { ExerciseFrame } from './ExerciseFrame';
import { KeepNote } from './KeepNote';
import { FinishView, StoppedView, useExerciseLifecycle, type ExerciseExitProps } from './lifecycle';
import { RephraseCheck } from './RephraseCheck';

export interface DrillsExerciseProps extends ExerciseExitProps {
  /** Start with this trap's drills (from the weekly summary's suggestion). */
  focus?: CategoryId;
  /** The bank to draw from; the full bank unless a test narrows it. */
  bank?: readonly Drill[];
  /** Where an unfocused session starts in the bank; random unless a test pins it. */
  startAt?: number;
}

interface Practised {
  drill: Drill;
  picked: CategoryId;
  reframe: string;
}

export const trapName = (trap: CategoryId) => t(`category_${trap}_name` as MessageKey);
const drillText = (key: string) => t(key as MessageKey);

/** Reframing drills: spot the trap in an example thought, then write a kinder version the engine checks. */
export function DrillsExercise({
  focus,
  bank = DRILLS,
  startAt,
  onExit,
  onAgain,
}: DrillsExerciseProps) {
  const lifecycle = useExerciseLifecycle();
  const order = useMemo(() => {
    const ordered = drillOrder(bank, focus);
    // A focused session starts with its trap; otherwise begin somewhere new each visit.
    return focus ? ordered : rotate(ordered, startAt ?? Math.floor(Math.random() * ordered.length));
  }, [bank, focus, startAt]);
  const [position, setPosition] = useState(0);
  const [practised, setPractised] = useState<Practised[]>([]);
  const title = t('practice_drills_title');

  if (lifecycle.phase === 'stopped') {
    return (
      <ExerciseFrame title={title}>
        <StoppedView onExit={onExit} />
      </ExerciseFrame>
    );
  }
  if (lifecycle.phase === 'finished') {
    const draft = practised
      .map(({ drill, picked, reframe }) =>
        [
          `${t('drill_note_thought')}: ${drillText(drillThoughtKey(drill))}`,
          `${t('drill_note_trap')}: ${trapName(picked)}`,
          reframe.trim() ? `${t('drill_note_reframe')}: ${reframe.trim()}` : '',
        ]
          .filter(Boolean)
          .join('\n'),
      )
      .join('\n\n');
    return (
      <ExerciseFrame title={title}>
        <FinishView heading={t('drill_finish_heading')} onExit={onExit} onAgain={onAgain}>
          <p>{t('drill_finish_body')}</p>
          <p class="sk-muted">{t('drill_done_count', String(practised.length))}</p>
          {draft ? <KeepNote exercise="drills" draft={draft} /> : null}
        </FinishView>
      </ExerciseFrame>
    );
  }

  const drill = order[position % order.length]!;
  return (
    <ExerciseFrame title={title} onStop={lifecycle.stop}>
      <p>{t('drill_intro')}</p>
      <DrillCard
        key={`${drill.id}-${position}`}
        drill={drill}
        position={position + 1}
        total={order.length}
        onDone={(picked, reframe, next) => {
          setPractised([...practised, { drill, picked, reframe }]);
          if (next) setPosition(position + 1);
          else lifecycle.finish();
        }}
      />
    </ExerciseFrame>
  );
}

interface DrillCardProps {
  drill: Drill;
  position: number;
  total: number;
  /** `next`: another thought; otherwise finish. */
  onDone: (picked: CategoryId, reframe: string, next: boolean) => void;
}

function DrillCard({ drill, position, total, onDone }: DrillCardProps) {
  const [picked, setPicked] = useState<CategoryId | null>(null);
  const [verdict, setVerdict] = useState<TrapVerdict | null>(null);
  const [reframe, setReframe] = useState('');
  const [reframeChecked, setReframeChecked] = useState(false);
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => headingRef.current?.focus(), []);

  return (
    <div class="sk-card pk-drill">
      <p class="pk-progress sk-muted sk-small">
        {t('drill_counter', [String(position), String(total)])}
      </p>
      <h3 ref={headingRef} tabIndex={-1}>
        {t('drill_thought_label')}
      </h3>
      <blockquote class="pk-thought">{drillText(drillThoughtKey(drill))}</blockquote>
      <div class="sk-stack">
        <ChipPicker
          legend={t('drill_pick_trap')}
          options={CATEGORY_IDS.map((id) => ({ value: id, label: trapName(id) }))}
          value={picked}
          onChange={(value) => {
            setPicked(value);
            setVerdict(null);
          }}
        />
        <Button disabled={!picked} onClick={() => picked && setVerdict(judgeTrap(drill, picked))}>
          {t('drill_check_trap')}
        </Button>
        <div role="status" aria-live="polite">
          {verdict && picked ? (
            <TrapFeedback drill={drill} verdict={verdict} picked={picked} />
          ) : null}
        </div>
        {verdict ? (
          <RephraseCheck
            label={t('drill_reframe_prompt')}
            value={reframe}
            onInput={(value) => {
              setReframe(value);
              setReframeChecked(false);
            }}
            onChecked={() => setReframeChecked(true)}
          />
        ) : null}
        {reframeChecked ? (
          <div class="pk-model">
            <h4>{t('drill_model_heading')}</h4>
            <p>{drillText(drillReframeKey(drill))}</p>
          </div>
        ) : null}
        {verdict && picked ? (
          <div class="sk-row pk-nav">
            <Button onClick={() => onDone(picked, reframe, false)}>{t('practice_finish')}</Button>
            <Button variant="primary" onClick={() => onDone(picked, reframe, true)}>
              {t('drill_next')}
            </Button>
          </div>
        ) : null}
      </div>
    </div>
  );
}

function TrapFeedback({
  drill,
  verdict,
  picked,
}: {
  drill: Drill;
  verdict: TrapVerdict;
  picked: CategoryId;
}) {
  const name = trapName(drill.trap);
  const line =
    verdict === 'right'
      ? t('drill_right')
      : verdict === 'also_fits'
        ? t('drill_also_fits', name)
        : t('drill_other', name);
  return (
    <div class={`sk-card sk-card--soft pk-verdict pk-verdict--${verdict}`}>
      <p>
        <strong>{line}</strong>
      </p>
      <p>
        {verdict === 'right' ? <strong>{name}: </strong> : null}
        {t(`drill_trap_${drill.trap}_about` as MessageKey)}
      </p>
      {verdict === 'right' ? null : (
        <p class="sk-muted">
          {t('drill_picked_about', trapName(picked))}{' '}
          {t(`drill_trap_${picked}_about` as MessageKey)}
        </p>
      )}
    </div>
  );
}
