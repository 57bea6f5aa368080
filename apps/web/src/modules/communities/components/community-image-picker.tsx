import { AVATAR_MIME_TYPES, LIMITS } from '@outloud/contracts';
import { useTranslation } from '@outloud/web-i18n';
import { Button } from '@outloud/web-ui';
import { useId, useState, type ChangeEvent } from 'react';
import { avatarFileProblem, readAsDataUrl } from '../../people/utils/avatar-file';
import type { AvatarChange } from '../../people/utils/profile-form';
import { CommunityImage } from './community-image';

export interface CommunityImagePickerProps {
  name: string;
  currentUrl: string | null;
  change: AvatarChange;
  onChange: (change: AvatarChange) => void;
  error?: string;
}

/** The community's picture as a data: URL, checked here like an avatar (type, at most 256 KB). */
export function CommunityImagePicker({
  name,
  currentUrl,
  change,
  onChange,
  error,
}: CommunityImagePickerProps) {
  const { t } = useTranslation('communities');
  const inputId = useId().replace(/:/g, '');
  const [problem, setProblem] = useState<string | null>(null);
  const shown =
    change.kind === 'new' ? change.dataUrl : change.kind === 'removed' ? null : currentUrl;
  const message = problem ?? error ?? null;

  async function choose(event: ChangeEvent<HTMLInputElement>) {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (!file) return;
    const fileProblem = avatarFileProblem(file)?.replace('photos can', 'images can');
    if (fileProblem) {
      setProblem(fileProblem);
      return;
    }
    try {
      const dataUrl = await readAsDataUrl(file);
      setProblem(null);
      onChange({ kind: 'new', dataUrl });
    } catch {
      setProblem(t('image.readError'));
    }
  }

  return (
    <fieldset className="avatar-picker">
      <legend className="ol-field__label">{t('image.legend')}</legend>
      <div className="avatar-picker__row">
        <CommunityImage name={name || '?'} src={shown} size="lg" />
        <div className="avatar-picker__controls">
          <div className="avatar-picker__buttons">
            <input
              id={inputId}
              className="file-input"
              type="file"
              name="image"
              accept={AVATAR_MIME_TYPES.join(',')}
              aria-describedby={`${inputId}-hint${message ? ` ${inputId}-error` : ''}`}
              aria-invalid={message ? true : undefined}
              onChange={(event) => void choose(event)}
            />
            <label htmlFor={inputId} className="ol-button ol-button--secondary">
              {shown ? t('image.change') : t('image.choose')}
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
                {t('image.remove')}
              </Button>
            ) : null}
          </div>
          <p id={`${inputId}-hint`} className="ol-field__hint">
            {t('image.hint', { kb: Math.round(LIMITS.avatar.maxBytes / 1024) })}
          </p>
          {message ? (
            <p id={`${inputId}-error`} className="ol-field__error" role="alert">
              {message}
            </p>
          ) : null}
        </div>
      </div>
    </fieldset>
  );
}
