import { useState } from 'preact/hooks';
import { t } from '../../lib/i18n';
import { Button, Choices } from '../ui';
import { ExerciseFrame } from './ExerciseFrame';
import { GuidedPrompts, type PromptStep } from './GuidedPrompts';
import { KeepNote } from './KeepNote';
import { FinishView, StoppedView, useExerciseLifecycle, type ExerciseExitProps } from './lifecycle';

export type PatternId = 'reassurance' | 'needs';

const patternSteps = (pattern: PatternId): PromptStep[] =>
  pattern === 'reassurance'
    ? [
        {
          id: 'reflect',
          heading: t('patterns_reassurance_reflect_heading'),
          prompt: t('patterns_reassurance_reflect_prompt'),
        },
        {
          id: 'soothe',
          heading: t('patterns_reassurance_soothe_heading'),
          body: t('patterns_reassurance_soothe_body'),
          prompt: t('patterns_reassurance_soothe_prompt'),
        },
        {
          id: 'ask',
          heading: t('patterns_reassurance_ask_heading'),
          prompt: t('patterns_reassurance_ask_prompt'),
        },
      ]
    : [
        {
          id: 'reflect',
          heading: t('patterns_needs_reflect_heading'),
          prompt: t('patterns_needs_reflect_prompt'),
        },
        {
          id: 'need',
          heading: t('patterns_needs_name_heading'),
          prompt: t('patterns_needs_name_prompt'),
        },
        {
          id: 'honour',
          heading: t('patterns_needs_ask_heading'),
          prompt: t('patterns_needs_ask_prompt'),
        },
      ];

/** Optional, non-diagnostic reflections on two relationship patterns, each with a matching practice. */
export function PatternsExercise({ onExit, onAgain }: ExerciseExitProps) {
  const lifecycle = useExerciseLifecycle();
  const [pattern, setPattern] = useState<PatternId>('reassurance');
  const [chosen, setChosen] = useState(false);
  const [note, setNote] = useState('');
  const title = t('patterns_title');

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
        <FinishView heading={t('patterns_finish_heading')} onExit={onExit} onAgain={onAgain}>
          <p>{t('patterns_finish_body')}</p>
          {note ? <KeepNote exercise="patterns" draft={note} /> : null}
        </FinishView>
      </ExerciseFrame>
    );
  }
  const steps = patternSteps(pattern);
  return (
    <ExerciseFrame title={title} onStop={lifecycle.stop}>
      <p>{t('patterns_intro')}</p>
      {chosen ? (
        <GuidedPrompts
          key={pattern}
          steps={steps}
          onBackFromFirst={() => setChosen(false)}
          onFinish={(answers) => {
            setNote(
              steps
                .map((step) => answers[step.id]?.trim())
                .filter(Boolean)
                .join('\n\n'),
            );
            lifecycle.finish();
          }}
        />
      ) : (
        <div class="sk-card pk-step sk-stack">
          <Choices<PatternId>
            legend={t('patterns_choose')}
            value={pattern}
            onChange={setPattern}
            choices={[
              {
                value: 'reassurance',
                label: t('patterns_reassurance_title'),
                hint: t('patterns_reassurance_about'),
              },
              { value: 'needs', label: t('patterns_needs_title'), hint: t('patterns_needs_about') },
            ]}
          />
          <Button variant="primary" onClick={() => setChosen(true)}>
            {t('practice_start')}
          </Button>
        </div>
      )}
    </ExerciseFrame>
  );
}
