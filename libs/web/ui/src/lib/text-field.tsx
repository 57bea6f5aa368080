import { useId, type InputHTMLAttributes, type ReactNode, type Ref } from 'react';
import { cx } from './class-names';
import { describedBy } from './field-ids';

export interface TextFieldProps extends Omit<InputHTMLAttributes<HTMLInputElement>, 'id'> {
  label: ReactNode;
  hint?: ReactNode;
  error?: ReactNode;
  id?: string;
  ref?: Ref<HTMLInputElement>;
}

export function TextField({
  label,
  hint,
  error,
  id,
  className,
  required,
  ref,
  ...rest
}: TextFieldProps) {
  const generated = useId();
  const inputId = id ?? `field${generated.replace(/:/g, '')}`;
  return (
    <div className={cx('ol-field', error ? 'ol-field--invalid' : null, className)}>
      <label className="ol-field__label" htmlFor={inputId}>
        {label}
        {required ? (
          <span className="ol-field__required" aria-hidden="true">
            {' '}
            *
          </span>
        ) : null}
      </label>
      <input
        ref={ref}
        id={inputId}
        className="ol-input"
        required={required}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(inputId, { hint, error })}
        {...rest}
      />
      {error ? (
        <p id={`${inputId}-error`} className="ol-field__error">
          {error}
        </p>
      ) : null}
      {hint ? (
        <p id={`${inputId}-hint`} className="ol-field__hint">
          {hint}
        </p>
      ) : null}
    </div>
  );
}
