import { useState } from 'preact/hooks';
import { EMOTIONS, VALUES, type EmotionId, type ValueId } from '../../lib/exercises/feelings';
import { t, type MessageKey } from '../../lib/i18n';
import { TextArea, TextField } from '../ui';
import { ChipPicker } from './ChipPicker';
import { ExerciseFrame } from './ExerciseFrame';
import { KeepNote } from './KeepNote';
import { FinishView, StoppedView, useExerciseLifecycle, type ExerciseExitProps } from './lifecycle';
import { RephraseCheck } from './RephraseCheck';
import { Step } from './Step';
import { useSupport } from './support';

const STEP_COUNT = 4;

export interface BreakExerciseProps extends ExerciseExitProps {
  /** The harsh sentence from a nudge's "Practice this"; kept in memory only. */
  initialSentence?: string;
}

export const emotionLabel = (id: EmotionId) => t(`emotion_${id}` as MessageKey);
export const valueLabel = (id: ValueId) => t(`value_${id}` as MessageKey);

/** The self-compassion break: notice, name the feeling, rephrase, one small step. */
export function BreakExercise({ initialSentence, onExit, onAgain }: BreakExerciseProps) {
  const lifecycle = useExerciseLifecycle();
  const support = useSupport();
  const [step, setStep] = useState(1);
  const [harsh, setHarsh] = useState(initialSentence ?? '');
  const [emotion, setEmotion] = useState<EmotionId | null>(null);
  const [emotionOther, setEmotionOther] = useState('');
  const [rephrase, setRephrase] = useState('');
  const [value, setValue] = useState<ValueId | null>(null);
  const [valueOther, setValueOther] = useState('');
  const [smallStep, setSmallStep] = useState('');

  const feeling = emotion === 'other' ? emotionOther.trim() : emotion ? emotionLabel(emotion) : '';
  const matters = value === 'other' ? valueOther.trim() : value ? valueLabel(value) : '';
  const title = t('practice_break_title');

  if (lifecycle.phase === 'stopped') {
    return (
      <ExerciseFrame title={title}>
        <StoppedView onExit={onExit} />
      </ExerciseFrame>
    );
  }
  if (lifecycle.phase === 'finished') {
    const draft = [
      [t('practice_break_note_harsh'), harsh],
      [t('practice_break_note_feeling'), feeling],
      [t('practice_break_note_kinder'), rephrase],
      [t('practice_break_note_value'), matters],
      [t('practice_break_note_step'), smallStep],
    ]
      .filter(([, text]) => text?.trim())
      .map(([label, text]) => `${label}: ${text!.trim()}`)
      .join('\n');
    return (
      <ExerciseFrame title={title}>
        <FinishView heading={t('practice_break_finish_heading')} onExit={onExit} onAgain={onAgain}>
          <p>{t('practice_break_finish_body')}</p>
          <KeepNote exercise="break" draft={draft} />
        </FinishView>
      </ExerciseFrame>
    );
  }

  const advance = (text: string) => {
    void support.guard(text);
    setStep(step + 1);
  };

  return (
    <ExerciseFrame title={title} onStop={lifecycle.stop}>
      {step === 1 ? (
        <Step
          index={1}
          count={STEP_COUNT}
          heading={t('practice_break_notice_heading')}
          onNext={() => advance(harsh)}
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
      ) : step === 2 ? (
        <Step
          index={2}
          count={STEP_COUNT}
          heading={t('practice_break_emotion_heading')}
          onBack={() => setStep(1)}
          onNext={() => advance(emotionOther)}
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
      ) : step === 3 ? (
        <Step
          index={3}
          count={STEP_COUNT}
          heading={t('practice_break_rephrase_heading')}
          onBack={() => setStep(2)}
          onNext={() => advance(rephrase)}
          nextDisabled={!rephrase.trim()}
        >
          <figure class="pk-original">
            <figcaption class="sk-muted sk-small">
              {t('practice_break_rephrase_original')}
            </figcaption>
            <blockquote>{harsh}</blockquote>
          </figure>
          <RephraseCheck
            label={t('practice_break_rephrase_prompt')}
            value={rephrase}
            onInput={setRephrase}
          />
        </Step>
      ) : (
        <Step
          index={4}
          count={STEP_COUNT}
          heading={t('practice_break_step_heading')}
          onBack={() => setStep(3)}
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
          <TextField
            label={t('practice_break_step_prompt')}
            placeholder={t('practice_break_step_placeholder')}
            value={smallStep}
            onInput={(event) => setSmallStep(event.currentTarget.value)}
          />
        </Step>
      )}
    </ExerciseFrame>
  );
}
