import { useId, type ReactNode, type Ref, type TextareaHTMLAttributes } from 'react';
import { useFormat } from '@outloud/web-i18n';
import { cx } from './class-names';
import { describedBy } from './field-ids';

export interface TextAreaProps extends Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, 'id'> {
  label: ReactNode;
  hint?: ReactNode;
  error?: ReactNode;
  id?: string;
  /** Shows "n / max" under the field when maxLength is set. */
  showCount?: boolean;
  ref?: Ref<HTMLTextAreaElement>;
}

export function TextArea({
  label,
  hint,
  error,
  id,
  className,
  required,
  showCount = false,
  maxLength,
  value,
  ref,
  ...rest
}: TextAreaProps) {
  const generated = useId();
  const inputId = id ?? `field${generated.replace(/:/g, '')}`;
  const length = typeof value === 'string' ? value.length : 0;
  const format = useFormat();
  const counter = showCount && maxLength ? `${inputId}-count` : undefined;
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
      <textarea
        ref={ref}
        id={inputId}
        className="ol-input ol-textarea"
        required={required}
        maxLength={maxLength}
        value={value}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(inputId, { hint, error, extra: counter })}
        {...rest}
      />
      {error ? (
        <p id={`${inputId}-error`} className="ol-field__error">
          {error}
        </p>
      ) : null}
      <div className="ol-field__footer">
        {hint ? (
          <p id={`${inputId}-hint`} className="ol-field__hint">
            {hint}
          </p>
        ) : (
          <span />
        )}
        {counter ? (
          <p id={counter} className="ol-field__count">
            {format.number(length)} / {format.number(maxLength ?? 0)}
          </p>
        ) : null}
      </div>
    </div>
  );
}
