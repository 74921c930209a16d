import type {
  ComponentChildren,
  InputHTMLAttributes,
  PartialInputHTMLAttributes,
  Ref,
  PartialSelectHTMLAttributes,
  TextareaHTMLAttributes,
} from 'preact';
import { useId } from 'preact/hooks';
import { cx } from './classes';

interface FieldFrame {
  label: ComponentChildren;
  hint?: ComponentChildren;
  error?: ComponentChildren;
  /** Hide the label visually (it stays for screen readers). */
  hideLabel?: boolean;
}

function Frame({
  id,
  label,
  hint,
  error,
  hideLabel,
  children,
}: FieldFrame & { id: string; children: ComponentChildren }) {
  return (
    <div class="sk-field">
      <label for={id} class={cx('sk-field__label', hideLabel && 'sk-visually-hidden')}>
        {label}
      </label>
      {hint ? (
        <span id={`${id}-hint`} class="sk-field__hint">
          {hint}
        </span>
      ) : null}
      {children}
      {error ? (
        <span id={`${id}-error`} class="sk-field__error" role="alert">
          {error}
        </span>
      ) : null}
    </div>
  );
}

function describedBy(id: string, hint: unknown, error: unknown): string | undefined {
  const ids = [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean);
  return ids.length ? ids.join(' ') : undefined;
}

export type TextFieldProps = FieldFrame &
  Omit<PartialInputHTMLAttributes<HTMLInputElement>, 'label' | 'role'> & {
    inputRef?: Ref<HTMLInputElement>;
  };

export function TextField({
  label,
  hint,
  error,
  hideLabel,
  id,
  inputRef,
  ...rest
}: TextFieldProps) {
  const autoId = useId();
  const fieldId = (id as string | undefined) ?? autoId;
  return (
    <Frame id={fieldId} label={label} hint={hint} error={error} hideLabel={hideLabel}>
      <input
        id={fieldId}
        ref={inputRef}
        class="sk-input"
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(fieldId, hint, error)}
        {...(rest as InputHTMLAttributes<HTMLInputElement>)}
      />
    </Frame>
  );
}

export type TextAreaProps = FieldFrame &
  Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, 'label'> & {
    textareaRef?: Ref<HTMLTextAreaElement>;
  };

export function TextArea({
  label,
  hint,
  error,
  hideLabel,
  id,
  textareaRef,
  ...rest
}: TextAreaProps) {
  const autoId = useId();
  const fieldId = (id as string | undefined) ?? autoId;
  return (
    <Frame id={fieldId} label={label} hint={hint} error={error} hideLabel={hideLabel}>
      <textarea
        id={fieldId}
        ref={textareaRef}
        class="sk-textarea"
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(fieldId, hint, error)}
        {...rest}
      />
    </Frame>
  );
}

export interface SelectOption {
  value: string;
  label: string;
}

export type SelectFieldProps = FieldFrame &
  Omit<PartialSelectHTMLAttributes<HTMLSelectElement>, 'label' | 'onChange' | 'role'> & {
    options: readonly SelectOption[];
    value: string;
    onChange: (value: string) => void;
  };

export function SelectField({
  label,
  hint,
  error,
  hideLabel,
  id,
  options,
  value,
  onChange,
  ...rest
}: SelectFieldProps) {
  const autoId = useId();
  const fieldId = (id as string | undefined) ?? autoId;
  return (
    <Frame id={fieldId} label={label} hint={hint} error={error} hideLabel={hideLabel}>
      <select
        id={fieldId}
        class="sk-select"
        value={value}
        aria-describedby={describedBy(fieldId, hint, error)}
        onChange={(event) => onChange(event.currentTarget.value)}
        {...rest}
      >
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </Frame>
  );
}
