import { useState } from 'preact/hooks';
import { t } from '../../lib/i18n';
import { ExerciseFrame } from './ExerciseFrame';
import { GuidedPrompts, type PromptStep } from './GuidedPrompts';
import { KeepNote } from './KeepNote';
import { FinishView, StoppedView, useExerciseLifecycle, type ExerciseExitProps } from './lifecycle';

const letterSteps = (): PromptStep[] => [
  {
    id: 'happened',
    heading: t('letter_what_happened_heading'),
    prompt: t('letter_what_happened_prompt'),
  },
  { id: 'friend', heading: t('letter_friend_heading'), prompt: t('letter_friend_prompt') },
  { id: 'remember', heading: t('letter_remember_heading'), prompt: t('letter_remember_prompt') },
  { id: 'step', heading: t('letter_step_heading'), prompt: t('letter_step_prompt') },
];

/** The letter as the user wrote it: greeting, their paragraphs in order, a warm sign-off. */
export function composeLetter(answers: Record<string, string>, stepIds: readonly string[]): string {
  const paragraphs = stepIds.map((id) => answers[id]?.trim() ?? '').filter(Boolean);
  return [t('letter_greeting'), ...paragraphs, t('letter_signoff')].join('\n\n');
}

/** A compassionate letter to oneself, written with a kind friend's voice. */
export function LetterExercise({ onExit, onAgain }: ExerciseExitProps) {
  const lifecycle = useExerciseLifecycle();
  const [letter, setLetter] = useState('');
  const title = t('letter_title');
  const steps = letterSteps();

  if (lifecycle.phase === 'stopped') {
    return (
      <ExerciseFrame title={title}>
        <StoppedView onExit={onExit} />
      </ExerciseFrame>
    );
  }
  if (lifecycle.phase === 'finished') {
    return (
      <ExerciseFrame title={title}>
        <FinishView heading={t('letter_finish_heading')} onExit={onExit} onAgain={onAgain}>
          <p>{t('letter_finish_body')}</p>
          <div class="pk-letter">{letter}</div>
          <KeepNote exercise="letter" draft={letter} />
        </FinishView>
      </ExerciseFrame>
    );
  }
  return (
    <ExerciseFrame title={title} onStop={lifecycle.stop}>
      <p>{t('letter_about')}</p>
      <GuidedPrompts
        steps={steps}
        onFinish={(answers) => {
          setLetter(
            composeLetter(
              answers,
              steps.map((step) => step.id),
            ),
          );
          lifecycle.finish();
        }}
      />
    </ExerciseFrame>
  );
}
