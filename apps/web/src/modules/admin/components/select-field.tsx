import { useId, type ReactNode, type SelectHTMLAttributes } from 'react';

export interface SelectFieldProps extends Omit<SelectHTMLAttributes<HTMLSelectElement>, 'id'> {
  label: ReactNode;
  options: readonly { value: string; label: string }[];
}

/** A labelled drop-down in the look of the text fields (the admin filters). */
export function SelectField({ label, options, ...rest }: SelectFieldProps) {
  const id = `select${useId().replace(/:/g, '')}`;
  return (
    <div className="ol-field">
      <label className="ol-field__label" htmlFor={id}>
        {label}
      </label>
      <select id={id} className="ol-input" {...rest}>
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  );
}
