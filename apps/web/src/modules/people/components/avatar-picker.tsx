import { AVATAR_MIME_TYPES, LIMITS } from '@outloud/contracts';
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
      setProblem('Could not read that file. Try another image.');
    }
  }

  return (
    <fieldset className="avatar-picker">
      <legend className="ol-field__label">Photo</legend>
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
              {shown ? 'Change photo' : 'Choose a photo'}
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
                Remove photo
              </Button>
            ) : null}
            {change.kind !== 'unchanged' ? (
              <Button variant="ghost" onClick={() => onChange({ kind: 'unchanged' })}>
                Undo
              </Button>
            ) : null}
          </div>
          <p id={`${inputId}-hint`} className="ol-field__hint">
            PNG, JPEG, GIF or WebP, at most {Math.round(LIMITS.avatar.maxBytes / 1024)} KB. A square
            photo of your face works best.
          </p>
          {message ? (
            <p id={`${inputId}-error`} className="ol-field__error" role="alert">
              {message}
            </p>
          ) : null}
          {change.kind === 'new' ? (
            <p className="muted small">New photo selected; save to use it.</p>
          ) : null}
          {change.kind === 'removed' ? (
            <p className="muted small">Photo will be removed when you save.</p>
          ) : null}
        </div>
      </div>
    </fieldset>
  );
}
