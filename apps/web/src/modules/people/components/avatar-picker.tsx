import { AVATAR_MIME_TYPES, LIMITS } from '@outloud/contracts';
import { useTranslation } from '@outloud/web-i18n';
import { Avatar, Button } from '@outloud/web-ui';
import { useId, useRef, useState, type ChangeEvent } from 'react';
import { avatarFileProblem, readAsDataUrl } from '../utils/avatar-file';
import type { AvatarChange } from '../utils/profile-form';

export interface AvatarPickerProps {
  name: string;
  currentUrl: string | null;
  change: AvatarChange;
  onChange: (change: AvatarChange) => void;
  /** An error from the server about the photo. */
  error?: string;
}

export function AvatarPicker({ name, currentUrl, change, onChange, error }: AvatarPickerProps) {
  const { t } = useTranslation('people');
  const inputId = useId();
  const inputRef = useRef<HTMLInputElement>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const shown =
    change.kind === 'new' ? change.dataUrl : change.kind === 'removed' ? null : currentUrl;
  const message = problem ?? error ?? null;

  async function choose(event: ChangeEvent<HTMLInputElement>) {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (!file) return;
    const fileProblem = avatarFileProblem(file);
    if (fileProblem) {
      setProblem(fileProblem);
      return;
    }
    try {
      const dataUrl = await readAsDataUrl(file);
      setProblem(null);
      onChange({ kind: 'new', dataUrl });
    } catch {
      setProblem(t('avatar.readError'));
    }
  }

  return (
    <fieldset className="avatar-picker">
      <legend className="ol-field__label">{t('avatar.legend')}</legend>
      <div className="avatar-picker__row">
        <Avatar name={name || '?'} src={shown} size="xl" labelled={false} />
        <div className="avatar-picker__controls">
          <div className="avatar-picker__buttons">
            <input
              ref={inputRef}
              id={inputId}
              className="file-input"
              type="file"
              name="avatar"
              accept={AVATAR_MIME_TYPES.join(',')}
              aria-describedby={`${inputId}-hint${message ? ` ${inputId}-error` : ''}`}
              aria-invalid={message ? true : undefined}
              onChange={(event) => void choose(event)}
            />
            <label htmlFor={inputId} className="ol-button ol-button--secondary">
              {shown ? t('avatar.change') : t('avatar.choose')}
            </label>
            {shown ? (
              <Button
                variant="ghost"
                onClick={() => {
                  setProblem(null);
                  onChange(
                    change.kind === 'new' && !currentUrl
                      ? { kind: 'unchanged' }
                      : { kind: 'removed' },
                  );
                }}
              >
                {t('avatar.remove')}
              </Button>
            ) : null}
            {change.kind !== 'unchanged' ? (
              <Button variant="ghost" onClick={() => onChange({ kind: 'unchanged' })}>
                {t('avatar.undo')}
              </Button>
            ) : null}
          </div>
          <p id={`${inputId}-hint`} className="ol-field__hint">
            {t('avatar.hint', { kb: Math.round(LIMITS.avatar.maxBytes / 1024) })}
          </p>
          {message ? (
            <p id={`${inputId}-error`} className="ol-field__error" role="alert">
              {message}
            </p>
          ) : null}
          {change.kind === 'new' ? <p className="muted small">{t('avatar.selected')}</p> : null}
          {change.kind === 'removed' ? <p className="muted small">{t('avatar.removed')}</p> : null}
        </div>
      </div>
    </fieldset>
  );
}
