import './tokens.css';
import { useTranslation } from '@outloud/web-i18n';
import { Button } from '@outloud/web-ui';
import { useEffect, useId, useRef, useState, type ReactNode } from 'react';

export interface SecretOnceProps {
  /** Names the token, e.g. "Your new token “Reports”". */
  title: string;
  secret: string;
  /** How to use it (shown under the secret). */
  children?: ReactNode;
  onDone: () => void;
}

/**
 * A new token's secret, shown this once: selected and focused so it can be copied at once, with a
 * copy button, and gone for good after "Done".
 */
export function SecretOnce({ title, secret, children, onDone }: SecretOnceProps) {
  const { t } = useTranslation('tokens');
  const id = useId().replace(/:/g, '');
  const input = useRef<HTMLInputElement>(null);
  const [copied, setCopied] = useState<boolean | null>(null);

  useEffect(() => {
    input.current?.focus();
    input.current?.select();
  }, [secret]);

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(secret);
      setCopied(true);
    } catch {
      input.current?.select();
      setCopied(false);
    }
  };

  return (
    <section className="card stack-sm secret-once" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`} className="card__title">
        {title}
      </h2>
      <p>{t('secret.once')}</p>
      <div className="ol-field">
        <label className="ol-field__label" htmlFor={`${id}-secret`}>
          {t('secret.label')}
        </label>
        <input
          ref={input}
          id={`${id}-secret`}
          className="ol-input secret-once__value"
          readOnly
          value={secret}
          spellCheck={false}
          autoComplete="off"
        />
      </div>
      {children}
      <div className="form-actions">
        <Button onClick={() => void copy()}>{t('secret.copy')}</Button>
        <Button variant="secondary" onClick={onDone}>
          {t('secret.done')}
        </Button>
      </div>
      <p role="status" className="composer__status">
        {copied === true ? t('secret.copied') : copied === false ? t('secret.copyFailed') : ''}
      </p>
    </section>
  );
}
