import { useState } from 'preact/hooks';
import { t } from '../../lib/i18n';
import { TextArea } from '../ui';
import { Step } from './Step';
import { useSupport } from './support';

export interface PromptStep {
  id: string;
  heading: string;
  prompt: string;
  /** A calm instruction shown above the prompt. */
  body?: string;
}

export interface GuidedPromptsProps {
  steps: readonly PromptStep[];
  /** Every answer may be left empty: these are invitations, not forms. */
  onFinish: (answers: Record<string, string>) => void;
  /** Before the first step, e.g. back to a choice. */
  onBackFromFirst?: () => void;
}

/** A sequence of writing prompts, one per step; each answer is checked gently for crisis on the way. */
export function GuidedPrompts({ steps, onFinish, onBackFromFirst }: GuidedPromptsProps) {
  const support = useSupport();
  const [index, setIndex] = useState(0);
  const [answers, setAnswers] = useState<Record<string, string>>({});
  const step = steps[index]!;
  const answer = answers[step.id] ?? '';
  const last = index === steps.length - 1;
  return (
    <Step
      index={index + 1}
      count={steps.length}
      heading={step.heading}
      onBack={index > 0 ? () => setIndex(index - 1) : onBackFromFirst}
      nextLabel={last ? t('practice_finish') : undefined}
      onNext={async () => {
        const crisis = support.guard(answer);
        if (last) {
          await crisis;
          onFinish(answers);
        } else {
          setIndex(index + 1);
        }
      }}
    >
      {step.body ? <p class="pk-guide">{step.body}</p> : null}
      <TextArea
        key={step.id}
        label={step.prompt}
        value={answer}
        rows={4}
        onInput={(event) => setAnswers({ ...answers, [step.id]: event.currentTarget.value })}
      />
    </Step>
  );
}
