import { useId } from 'preact/hooks';

export interface ChipOption<V extends string> {
  value: V;
  label: string;
}

export interface ChipPickerProps<V extends string> {
  legend: string;
  options: readonly ChipOption<V>[];
  value: V | null;
  onChange: (value: V) => void;
}

/** A compact group of radio buttons drawn as chips: native radios keep arrow keys and labels. */
export function ChipPicker<V extends string>({
  legend,
  options,
  value,
  onChange,
}: ChipPickerProps<V>) {
  const name = useId();
  return (
    <fieldset class="pk-chips">
      <legend>{legend}</legend>
      <div class="pk-chips__list">
        {options.map((option) => (
          <label key={option.value} class="pk-chip">
            <input
              type="radio"
              name={name}
              value={option.value}
              checked={option.value === value}
              onChange={() => onChange(option.value)}
            />
            <span>{option.label}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}
