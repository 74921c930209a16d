import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { CATEGORY_IDS, type CategoryId } from '../../lib/engine/types';
import { adaptiveDrillOrder, type PickReason } from '../../lib/exercises/adaptive-drills';
import { emptyDrillProgress, type DrillProgress } from '../../lib/exercises/drill-progress';
import {
  DRILLS,
  drillReframeKey,
  drillThoughtKey,
  judgeTrap,
  type Drill,
  type TrapVerdict,
} from '../../lib/exercises/drills';
import { t, type MessageKey } from '../../lib/i18n';
import { categoryName } from '../analysis/labels';
import { Button } from '../ui';
import { ChipPicker } from './ChipPicker';
import { ExerciseFrame } from './ExerciseFrame';
import { KeepNote } from './KeepNote';
import { FinishView, StoppedView, useExerciseLifecycle, type ExerciseExitProps } from './lifecycle';
import { RephraseCheck } from './RephraseCheck';
import { usePracticeServices } from './services';

export interface DrillsExerciseProps extends ExerciseExitProps {
  /** Start with this trap's drills (from the weekly summary's suggestion). */
  focus?: CategoryId;
  /** The bank to draw from; the full bank unless a test narrows it. */
  bank?: readonly Drill[];
  /** The randomness of the picks; tests pin it. */
  random?: () => number;
}

interface Inputs {
  trapCounts: Partial<Record<CategoryId, number>>;
  progress: DrillProgress;
}

interface Practised {
  drill: Drill;
  picked: CategoryId;
  reframe: string;
}

const drillText = (key: string) => t(key as MessageKey);

/**
 * Reframing drills: spot the trap in an example thought, then write a kinder version the engine checks. The picks
 * adapt: more of the traps the person meets most, mislabelled ones brought back, progress kept per trap.
 */
export function DrillsExercise({
  focus,
  bank = DRILLS,
  random,
  onExit,
  onAgain,
}: DrillsExerciseProps) {
  const lifecycle = useExerciseLifecycle();
  const services = usePracticeServices();
  const [inputs, setInputs] = useState<Inputs | null>(null);
  const [progress, setProgress] = useState<DrillProgress>(emptyDrillProgress());
  useEffect(() => {
    let live = true;
    void services
      .drillInputs()
      .catch(() => ({ trapCounts: {}, progress: emptyDrillProgress() }))
      .then((loaded) => {
        if (!live) return;
        setInputs(loaded);
        setProgress(loaded.progress);
      });
    return () => {
      live = false;
    };
  }, [services]);
  // Chosen once per session, when the inputs arrive: answers during the session do not reshuffle it.
  const order = useMemo(
    () =>
      inputs
        ? adaptiveDrillOrder(bank, {
            trapCounts: inputs.trapCounts,
            review: inputs.progress.review,
            focus,
            random,
          })
        : [],
    [bank, focus, random, inputs],
  );
  const adaptive =
    inputs !== null &&
    (Object.keys(inputs.trapCounts).length > 0 || inputs.progress.review.length > 0);
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
          `${t('drill_note_trap')}: ${categoryName(picked)}`,
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
          <ProgressList progress={progress} />
          {draft ? <KeepNote exercise="drills" draft={draft} /> : null}
        </FinishView>
      </ExerciseFrame>
    );
  }

  const pick = order.length ? order[position % order.length]! : null;
  if (!pick) {
    return (
      <ExerciseFrame title={title} onStop={lifecycle.stop}>
        <p role="status" class="sk-muted">
          {t('drill_loading')}
        </p>
      </ExerciseFrame>
    );
  }
  const drill = pick.drill;
  return (
    <ExerciseFrame title={title} onStop={lifecycle.stop}>
      <p>{t('drill_intro')}</p>
      {adaptive ? <p class="sk-muted sk-small">{t('drill_intro_adaptive')}</p> : null}
      <DrillCard
        key={`${drill.id}-${position}`}
        drill={drill}
        reason={pick.reason}
        progress={progress.traps[drill.trap]}
        position={position + 1}
        total={order.length}
        onJudged={(verdict) => {
          void services
            .saveDrillAnswer(drill, verdict)
            .then(setProgress)
            .catch(() => undefined);
        }}
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
  reason: PickReason;
  /** This trap's progress across sessions, including this answer once given. */
  progress?: { tries: number; spotted: number };
  position: number;
  total: number;
  /** Called once, with the first checked answer. */
  onJudged: (verdict: TrapVerdict) => void;
  /** `next`: another thought; otherwise finish. */
  onDone: (picked: CategoryId, reframe: string, next: boolean) => void;
}

const REASON_KEYS: Record<PickReason, MessageKey> = {
  focus: 'drill_pick_focus',
  review: 'drill_pick_review',
  frequent: 'drill_pick_frequent',
  variety: 'drill_pick_variety',
};

function DrillCard({ drill, reason, progress, position, total, onJudged, onDone }: DrillCardProps) {
  const [picked, setPicked] = useState<CategoryId | null>(null);
  const [verdict, setVerdict] = useState<TrapVerdict | null>(null);
  const [reframe, setReframe] = useState('');
  const [reframeChecked, setReframeChecked] = useState(false);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const answered = useRef(false);
  useEffect(() => headingRef.current?.focus(), []);

  return (
    <div class="sk-card pk-drill">
      <p class="pk-progress sk-muted sk-small">
        {t('drill_counter', [String(position), String(total)])}
      </p>
      <p class={`pk-pick pk-pick--${reason} sk-small`}>{t(REASON_KEYS[reason])}</p>
      <h3 ref={headingRef} tabIndex={-1}>
        {t('drill_thought_label')}
      </h3>
      <blockquote class="pk-thought">{drillText(drillThoughtKey(drill))}</blockquote>
      <div class="sk-stack">
        <ChipPicker
          legend={t('drill_pick_trap')}
          options={CATEGORY_IDS.map((id) => ({ value: id, label: categoryName(id) }))}
          value={picked}
          onChange={(value) => {
            setPicked(value);
            setVerdict(null);
          }}
        />
        <Button
          disabled={!picked}
          onClick={() => {
            if (!picked) return;
            const judged = judgeTrap(drill, picked);
            if (!verdict && !answered.current) {
              answered.current = true;
              onJudged(judged);
            }
            setVerdict(judged);
          }}
        >
          {t('drill_check_trap')}
        </Button>
        <div role="status" aria-live="polite">
          {verdict && picked ? (
            <TrapFeedback drill={drill} verdict={verdict} picked={picked} progress={progress} />
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
  progress,
}: {
  drill: Drill;
  verdict: TrapVerdict;
  picked: CategoryId;
  progress?: { tries: number; spotted: number };
}) {
  const name = categoryName(drill.trap);
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
          {t('drill_picked_about', categoryName(picked))}{' '}
          {t(`drill_trap_${picked}_about` as MessageKey)}
        </p>
      )}
      {progress ? (
        <p class="pk-trap-progress sk-small">
          {t('drill_progress_line', [
            categoryName(drill.trap),
            String(progress.spotted),
            String(progress.tries),
          ])}
        </p>
      ) : null}
    </div>
  );
}

/** Every trap practised so far, across sessions: how often it was spotted. */
function ProgressList({ progress }: { progress: DrillProgress }) {
  const traps = CATEGORY_IDS.filter((trap) => progress.traps[trap]);
  if (traps.length === 0) return null;
  return (
    <section class="pk-trap-progress-list" aria-labelledby="drill-progress-heading">
      <h4 id="drill-progress-heading">{t('drill_progress_heading')}</h4>
      <ul>
        {traps.map((trap) => {
          const { spotted, tries } = progress.traps[trap]!;
          return (
            <li key={trap}>
              <strong>{categoryName(trap)}</strong>:{' '}
              {t('drill_progress_item', [String(spotted), String(tries)])}{' '}
              <meter min={0} max={tries} value={spotted} aria-hidden="true" />
            </li>
          );
        })}
      </ul>
    </section>
  );
}
