import type { ComponentChildren } from 'preact';
import { useId } from 'preact/hooks';

export interface Choice<V extends string> {
  value: V;
  label: ComponentChildren;
  hint?: ComponentChildren;
}

export interface ChoicesProps<V extends string> {
  legend: ComponentChildren;
  choices: readonly Choice<V>[];
  value: V;
  onChange: (value: V) => void;
  name?: string;
}

/** A group of radio cards: one choice, each with a plain explanation. */
export function Choices<V extends string>({
  legend,
  choices,
  value,
  onChange,
  name,
}: ChoicesProps<V>) {
  const autoName = useId();
  const groupName = name ?? autoName;
  return (
    <fieldset class="sk-choices">
      <legend>{legend}</legend>
      {choices.map((choice) => {
        const id = `${groupName}-${choice.value}`;
        return (
          // The whole card is the label (easy to hit); the radio's name is the title only and the
          // hint its description, so screen readers say them apart.
          <label key={choice.value} class="sk-choice" for={id}>
            <input
              id={id}
              type="radio"
              name={groupName}
              value={choice.value}
              checked={choice.value === value}
              aria-labelledby={`${id}-label`}
              aria-describedby={choice.hint ? `${id}-hint` : undefined}
              onChange={() => onChange(choice.value)}
            />
            <span>
              <span id={`${id}-label`} class="sk-toggle__label">
                {choice.label}
              </span>
              {choice.hint ? (
                <span id={`${id}-hint`} class="sk-toggle__hint" style={{ display: 'block' }}>
                  {choice.hint}
                </span>
              ) : null}
            </span>
          </label>
        );
      })}
    </fieldset>
  );
}
