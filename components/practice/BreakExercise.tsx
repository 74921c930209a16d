import { useState } from 'preact/hooks';
import { EMOTIONS, VALUES, type EmotionId, type ValueId } from '../../lib/exercises/feelings';
import { t, type MessageKey } from '../../lib/i18n';
import { TextArea, TextField } from '../ui';
import { ChipPicker } from './ChipPicker';
import { ExerciseFrame } from './ExerciseFrame';
import { KeepOrLetGo } from './KeepOrLetGo';
import { FinishView, StoppedView, useExerciseLifecycle, type ExerciseExitProps } from './lifecycle';
import { RephraseCheck } from './RephraseCheck';
import { Step } from './Step';
import { useSupport } from './support';

const STEP_COUNT = 4;

/** The four-step routine; step 3 lets each part of self-compassion speak in turn. */
type Screen = 'notice' | 'feeling' | 'noticing' | 'humanity' | 'kindness' | 'act';
const STEP_OF: Record<Screen, number> = {
  notice: 1,
  feeling: 2,
  noticing: 3,
  humanity: 3,
  kindness: 3,
  act: 4,
};
const PART_OF: Partial<Record<Screen, number>> = { noticing: 1, humanity: 2, kindness: 3 };

export interface BreakExerciseProps extends ExerciseExitProps {
  /** The harsh sentence from a nudge's "Practice this"; kept in memory only. */
  initialSentence?: string;
}

export const emotionLabel = (id: EmotionId) => t(`emotion_${id}` as MessageKey);
export const valueLabel = (id: ValueId) => t(`value_${id}` as MessageKey);

/**
 * A sentence the person finishes. It starts from the feeling named in step 2 and follows a change of feeling
 * for as long as the person has not written past the starter.
 */
function useStarter(starter: string): [string, (value: string) => void] {
  const [state, setState] = useState({ text: '', starter: '' });
  const untouched = state.text === '' || state.text === state.starter;
  const text = untouched && starter ? starter : state.text;
  return [text, (value) => setState({ text: value, starter })];
}

/** The self-compassion break: notice, name the feeling, say it kindly (noticing, not alone, kindness), one small step. */
export function BreakExercise({ initialSentence, onExit, onAgain }: BreakExerciseProps) {
  const lifecycle = useExerciseLifecycle();
  const support = useSupport();
  const [screen, setScreen] = useState<Screen>('notice');
  const [harsh, setHarsh] = useState(initialSentence ?? '');
  const [emotion, setEmotion] = useState<EmotionId | null>(null);
  const [emotionOther, setEmotionOther] = useState('');
  const [rephrase, setRephrase] = useState('');
  const [value, setValue] = useState<ValueId | null>(null);
  const [valueOther, setValueOther] = useState('');
  const [smallStep, setSmallStep] = useState('');

  const feeling = emotion === 'other' ? emotionOther.trim() : emotion ? emotionLabel(emotion) : '';
  const noticingStarter = feeling ? t('practice_break_notice_kindly_starter', feeling) : '';
  const humanityStarter = feeling ? t('practice_break_humanity_starter', feeling) : '';
  const [noticing, setNoticing] = useStarter(noticingStarter);
  const [humanity, setHumanity] = useStarter(humanityStarter);
  const matters = value === 'other' ? valueOther.trim() : value ? valueLabel(value) : '';
  const title = t('practice_break_title');
  const finished = (text: string, starter: string) =>
    text.trim() !== '' && text.trim() !== starter.trim();

  if (lifecycle.phase === 'stopped') {
    return (
      <ExerciseFrame title={title}>
        <StoppedView onExit={onExit} />
      </ExerciseFrame>
    );
  }
  if (lifecycle.phase === 'finished') {
    const note = [
      [t('practice_break_note_harsh'), harsh],
      [t('practice_break_note_feeling'), feeling],
      [t('practice_break_note_noticing'), noticing],
      [t('practice_break_note_humanity'), humanity],
      [t('practice_break_note_kinder'), rephrase],
      [t('practice_break_note_value'), matters],
      [t('practice_break_note_step'), smallStep],
    ]
      .filter(([, text]) => text?.trim())
      .map(([label, text]) => `${label}: ${text!.trim()}`)
      .join('\n');
    return (
      <ExerciseFrame title={title}>
        <FinishView heading={t('practice_break_three_heading')} onExit={onExit} onAgain={onAgain}>
          <p>{t('practice_break_three_intro')}</p>
          <ul class="pk-three" aria-label={t('practice_break_three_heading')}>
            {(
              [
                ['practice_break_three_noticing', noticing],
                ['practice_break_three_humanity', humanity],
                ['practice_break_three_kindness', rephrase],
              ] as const
            ).map(([label, text]) => (
              <li key={label} class="pk-three__item">
                <h4>{t(label)}</h4>
                <p>{text.trim()}</p>
              </li>
            ))}
          </ul>
          <p class="pk-three__step">
            <strong>{t('practice_break_three_step')}:</strong> {smallStep.trim()}
          </p>
          <p class="sk-muted">{t('practice_break_finish_body')}</p>
          <KeepOrLetGo exercise="break" note={note} />
        </FinishView>
      </ExerciseFrame>
    );
  }

  const go = (to: Screen, guarded?: string) => {
    if (guarded !== undefined) void support.guard(guarded);
    setScreen(to);
  };
  const stepProps = {
    index: STEP_OF[screen],
    count: STEP_COUNT,
    progress: PART_OF[screen]
      ? t('practice_break_substep', [
          String(STEP_OF[screen]),
          String(STEP_COUNT),
          String(PART_OF[screen]),
        ])
      : undefined,
  };

  return (
    <ExerciseFrame title={title} onStop={lifecycle.stop}>
      {screen === 'notice' ? (
        <Step
          {...stepProps}
          heading={t('practice_break_notice_heading')}
          onNext={() => go('feeling', harsh)}
          nextDisabled={!harsh.trim()}
        >
          <TextArea
            label={t('practice_break_notice_prompt')}
            hint={initialSentence ? t('practice_break_notice_from_nudge') : undefined}
            value={harsh}
            rows={3}
            onInput={(event) => setHarsh(event.currentTarget.value)}
          />
        </Step>
      ) : screen === 'feeling' ? (
        <Step
          {...stepProps}
          heading={t('practice_break_emotion_heading')}
          onBack={() => go('notice')}
          onNext={() => go('noticing', emotionOther)}
          nextDisabled={!feeling}
        >
          <ChipPicker
            legend={t('practice_break_emotion_prompt')}
            options={EMOTIONS.map((id) => ({ value: id, label: emotionLabel(id) }))}
            value={emotion}
            onChange={setEmotion}
          />
          {emotion === 'other' ? (
            <TextField
              label={t('practice_break_emotion_other')}
              value={emotionOther}
              onInput={(event) => setEmotionOther(event.currentTarget.value)}
            />
          ) : null}
          <p role="status" aria-live="polite" class="pk-named">
            {feeling ? t('practice_break_emotion_named', feeling) : ''}
          </p>
        </Step>
      ) : screen === 'noticing' ? (
        <Step
          {...stepProps}
          heading={t('practice_break_notice_kindly_heading')}
          onBack={() => go('feeling')}
          onNext={() => go('humanity', noticing)}
          nextDisabled={!finished(noticing, noticingStarter)}
        >
          <HarshQuote harsh={harsh} />
          <TextArea
            label={t('practice_break_notice_kindly_prompt')}
            value={noticing}
            rows={3}
            onInput={(event) => setNoticing(event.currentTarget.value)}
          />
        </Step>
      ) : screen === 'humanity' ? (
        <Step
          {...stepProps}
          heading={t('practice_break_humanity_heading')}
          onBack={() => go('noticing')}
          onNext={() => go('kindness', humanity)}
          nextDisabled={!finished(humanity, humanityStarter)}
        >
          <TextArea
            label={t('practice_break_humanity_prompt')}
            value={humanity}
            rows={3}
            onInput={(event) => setHumanity(event.currentTarget.value)}
          />
        </Step>
      ) : screen === 'kindness' ? (
        <Step
          {...stepProps}
          heading={t('practice_break_rephrase_heading')}
          onBack={() => go('humanity')}
          onNext={() => go('act', rephrase)}
          nextDisabled={!rephrase.trim()}
        >
          <HarshQuote harsh={harsh} />
          <RephraseCheck
            label={t('practice_break_kindness_prompt')}
            value={rephrase}
            onInput={setRephrase}
          />
        </Step>
      ) : (
        <Step
          {...stepProps}
          heading={t('practice_break_step_heading')}
          onBack={() => go('kindness')}
          onNext={async () => {
            await support.guard(smallStep);
            lifecycle.finish();
          }}
          nextLabel={t('practice_finish')}
          nextDisabled={!matters || !smallStep.trim()}
        >
          <ChipPicker
            legend={t('practice_break_value_prompt')}
            options={VALUES.map((id) => ({ value: id, label: valueLabel(id) }))}
            value={value}
            onChange={setValue}
          />
          {value === 'other' ? (
            <TextField
              label={t('practice_break_value_other')}
              value={valueOther}
              onInput={(event) => setValueOther(event.currentTarget.value)}
            />
          ) : null}
          {matters ? (
            <TextField
              label={t('practice_break_step_words', matters)}
              hint={t(
                'practice_break_step_ideas',
                t(`practice_break_ideas_${value ?? 'other'}` as MessageKey),
              )}
              value={smallStep}
              onInput={(event) => setSmallStep(event.currentTarget.value)}
            />
          ) : null}
        </Step>
      )}
    </ExerciseFrame>
  );
}

function HarshQuote({ harsh }: { harsh: string }) {
  return (
    <figure class="pk-original">
      <figcaption class="sk-muted sk-small">{t('practice_break_rephrase_original')}</figcaption>
      <blockquote>{harsh}</blockquote>
    </figure>
  );
}
