import { AVATAR_MIME_TYPES } from '@outloud/contracts';
import { Button } from '@outloud/web-ui';
import { useId, useState, type ChangeEvent, type ReactNode } from 'react';
import { avatarFileProblem, readAsDataUrl } from '../utils/avatar-file';
import type { AvatarChange } from '../utils/profile-form';

/** The picker's words, from the caller's catalogue (avatars and community images differ). */
export interface ProfileImagePickerLabels {
  legend: string;
  choose: string;
  change: string;
  remove: string;
  hint: string;
  readError: string;
  /** With these, the picker offers to undo a change and says what will happen on save. */
  undo?: string;
  selected?: string;
  removed?: string;
}

export interface ProfileImagePickerProps {
  currentUrl: string | null;
  change: AvatarChange;
  onChange: (change: AvatarChange) => void;
  /** The image as it will be after saving (null: none). */
  preview: (src: string | null) => ReactNode;
  /** The file input's name (a form field name, not shown). */
  name: string;
  labels: ProfileImagePickerLabels;
  /** The check of a chosen file (type, size); the avatar's by default. */
  fileProblem?: (file: File) => string | null;
  /** An error from the server about the image. */
  error?: string;
}

/**
 * One picker for square profile images (avatars, community images): a file chosen, checked
 * (type, size) and read as a data: URL; removing it, or undoing the choice. The server checks
 * and re-encodes the bytes again.
 */
export function ProfileImagePicker({
  currentUrl,
  change,
  onChange,
  preview,
  name,
  labels,
  fileProblem = avatarFileProblem,
  error,
}: ProfileImagePickerProps) {
  const inputId = useId().replace(/:/g, '');
  const [problem, setProblem] = useState<string | null>(null);
  const shown =
    change.kind === 'new' ? change.dataUrl : change.kind === 'removed' ? null : currentUrl;
  const message = problem ?? error ?? null;

  async function choose(event: ChangeEvent<HTMLInputElement>) {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (!file) return;
    const refused = fileProblem(file);
    if (refused) {
      setProblem(refused);
      return;
    }
    try {
      const dataUrl = await readAsDataUrl(file);
      setProblem(null);
      onChange({ kind: 'new', dataUrl });
    } catch {
      setProblem(labels.readError);
    }
  }

  return (
    <fieldset className="avatar-picker">
      <legend className="ol-field__label">{labels.legend}</legend>
      <div className="avatar-picker__row">
        {preview(shown)}
        <div className="avatar-picker__controls">
          <div className="avatar-picker__buttons">
            <input
              id={inputId}
              className="file-input"
              type="file"
              name={name}
              accept={AVATAR_MIME_TYPES.join(',')}
              aria-describedby={`${inputId}-hint${message ? ` ${inputId}-error` : ''}`}
              aria-invalid={message ? true : undefined}
              onChange={(event) => void choose(event)}
            />
            <label htmlFor={inputId} className="ol-button ol-button--secondary">
              {shown ? labels.change : labels.choose}
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
                {labels.remove}
              </Button>
            ) : null}
            {labels.undo && change.kind !== 'unchanged' ? (
              <Button variant="ghost" onClick={() => onChange({ kind: 'unchanged' })}>
                {labels.undo}
              </Button>
            ) : null}
          </div>
          <p id={`${inputId}-hint`} className="ol-field__hint">
            {labels.hint}
          </p>
          {message ? (
            <p id={`${inputId}-error`} className="ol-field__error" role="alert">
              {message}
            </p>
          ) : null}
          {labels.selected && change.kind === 'new' ? (
            <p className="muted small">{labels.selected}</p>
          ) : null}
          {labels.removed && change.kind === 'removed' ? (
            <p className="muted small">{labels.removed}</p>
          ) : null}
        </div>
      </div>
    </fieldset>
  );
}
