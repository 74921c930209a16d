import type { ComponentChildren } from 'preact';
import { useId } from 'preact/hooks';

export interface ToggleProps {
  label: ComponentChildren;
  hint?: ComponentChildren;
  checked: boolean;
  onChange: (checked: boolean) => void;
  disabled?: boolean;
  id?: string;
}

/**
 * An on/off switch: a native checkbox (keyboard and forms for free) with the switch role. The label
 * is its name and the hint its description, so screen readers say them apart.
 */
export function Toggle({ label, hint, checked, onChange, disabled, id }: ToggleProps) {
  const autoId = useId();
  const inputId = id ?? autoId;
  return (
    <div class="sk-toggle">
      <input
        id={inputId}
        type="checkbox"
        role="switch"
        class="sk-toggle__input"
        checked={checked}
        disabled={disabled}
        aria-describedby={hint ? `${inputId}-hint` : undefined}
        onChange={(event) => onChange(event.currentTarget.checked)}
      />
      <span class="sk-toggle__text">
        <label class="sk-toggle__label" for={inputId}>
          {label}
        </label>
        {hint ? (
          <span id={`${inputId}-hint`} class="sk-toggle__hint">
            {hint}
          </span>
        ) : null}
      </span>
    </div>
  );
}
