import { useMutation } from '@apollo/client/react';
import { LIMITS } from '@outloud/contracts';
import { Alert, Button, Chip, ChipList, TextArea, TextField } from '@outloud/web-ui';
import { useState, type FormEvent } from 'react';
import { Link } from 'react-router-dom';
import type { EditableProfileQuery } from '../../../generated/graphql';
import { useFocusFirstError } from '../../errors/hooks/use-focus-first-error';
import { toFormErrors, type FormErrors } from '../../errors/utils/form-errors';
import { UpdateProfileMutation } from '../graphql/people.operations';
import { parseExpertise } from '../utils/expertise';
import {
  PROFILE_FIELDS,
  profileChanges,
  toProfileValues,
  validateProfile,
  type AvatarChange,
  type ProfileField,
  type ProfileValues,
} from '../utils/profile-form';
import { AvatarPicker } from './avatar-picker';

export type EditableProfile = NonNullable<EditableProfileQuery['viewer']>;

type Status = { kind: 'idle' } | { kind: 'saved' } | { kind: 'unchanged' };

export function ProfileForm({ profile }: { profile: EditableProfile }) {
  // What the server last confirmed; the baseline for "what changed".
  const [saved, setSaved] = useState(profile);
  const [values, setValues] = useState<ProfileValues>(() => toProfileValues(profile));
  const [avatar, setAvatar] = useState<AvatarChange>({ kind: 'unchanged' });
  const [errors, setErrors] = useState<FormErrors<ProfileField>>({ fields: {}, message: null });
  const [status, setStatus] = useState<Status>({ kind: 'idle' });
  const [updateProfile, { loading }] = useMutation(UpdateProfileMutation);
  const { formRef, alertRef, focusFirstError } = useFocusFirstError();

  const set = (field: keyof ProfileValues) => (event: { target: { value: string } }) => {
    setValues((current) => ({ ...current, [field]: event.target.value }));
    setStatus({ kind: 'idle' });
    if (errors.fields[field])
      setErrors((current) => ({ ...current, fields: { ...current.fields, [field]: undefined } }));
  };

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const problems = validateProfile(values);
    if (Object.keys(problems).length > 0) {
      setErrors({ fields: problems, message: null });
      setStatus({ kind: 'idle' });
      focusFirstError();
      return;
    }
    const input = profileChanges(saved, values, avatar);
    if (Object.keys(input).length === 0) {
      setErrors({ fields: {}, message: null });
      setStatus({ kind: 'unchanged' });
      return;
    }
    setErrors({ fields: {}, message: null });
    try {
      const { data } = await updateProfile({ variables: { input } });
      if (!data) throw new Error('No data');
      const next = { ...saved, ...data.updateProfile };
      setSaved(next);
      setValues(toProfileValues(next));
      setAvatar({ kind: 'unchanged' });
      setStatus({ kind: 'saved' });
    } catch (error) {
      setStatus({ kind: 'idle' });
      setErrors(toFormErrors(error, PROFILE_FIELDS));
      focusFirstError();
    }
  }

  const tags = parseExpertise(values.expertise);
  const avatarError = errors.fields.avatarDataUrl ?? errors.fields.removeAvatar;

  return (
    <form
      ref={formRef}
      className="form form--wide card"
      onSubmit={(event) => void submit(event)}
      noValidate
    >
      {errors.message ? (
        <Alert ref={alertRef} tone="error" title="Your profile was not saved">
          <p>{errors.message}</p>
        </Alert>
      ) : null}

      <AvatarPicker
        name={values.displayName}
        currentUrl={saved.avatarUrl}
        change={avatar}
        onChange={(change) => {
          setAvatar(change);
          setStatus({ kind: 'idle' });
        }}
        error={avatarError}
      />

      <TextField
        label="Display name"
        name="displayName"
        autoComplete="name"
        required
        maxLength={LIMITS.displayName.max}
        value={values.displayName}
        onChange={set('displayName')}
        error={errors.fields.displayName}
      />
      <div className="form__row">
        <TextField
          label="Job title"
          name="jobTitle"
          autoComplete="organization-title"
          maxLength={LIMITS.jobTitle.max}
          value={values.jobTitle}
          onChange={set('jobTitle')}
          error={errors.fields.jobTitle}
          hint="For example “Payroll specialist”."
        />
        <TextField
          label="Department"
          name="department"
          maxLength={LIMITS.department.max}
          value={values.department}
          onChange={set('department')}
          error={errors.fields.department}
        />
      </div>
      <TextField
        label="Location"
        name="location"
        maxLength={LIMITS.location.max}
        value={values.location}
        onChange={set('location')}
        error={errors.fields.location}
        hint="Office, city or “Remote”."
      />
      <TextArea
        label="Bio"
        name="bio"
        rows={5}
        maxLength={LIMITS.bio.max}
        showCount
        value={values.bio}
        onChange={set('bio')}
        error={errors.fields.bio}
        hint="What you work on and what people can ask you about."
      />
      <div className="stack-sm">
        <TextField
          label="Expertise"
          name="expertise"
          value={values.expertise}
          onChange={set('expertise')}
          error={errors.fields.expertise}
          hint={`Separate with commas, up to ${LIMITS.expertise.maxTags}. For example “TypeScript, onboarding, GDPR”.`}
        />
        {tags.length > 0 ? (
          <div className="expertise-preview">
            <span className="muted small">Will show as:</span>
            <ChipList label="Expertise preview">
              {tags.map((tag) => (
                <li key={tag.toLowerCase()}>
                  <Chip>{tag}</Chip>
                </li>
              ))}
            </ChipList>
          </div>
        ) : null}
      </div>

      <div className="form__actions">
        <Button type="submit" busy={loading}>
          Save profile
        </Button>
        <Link
          to={`/people/${encodeURIComponent(saved.handle)}`}
          className="ol-button ol-button--ghost"
        >
          View profile
        </Link>
      </div>
      <div aria-live="polite" className="form__status">
        {status.kind === 'saved' ? (
          <Alert tone="success">
            <p>
              Profile saved.{' '}
              <Link to={`/people/${encodeURIComponent(saved.handle)}`}>
                See how colleagues see it
              </Link>
              .
            </p>
          </Alert>
        ) : null}
        {status.kind === 'unchanged' ? (
          <p className="muted">Nothing has changed since you last saved.</p>
        ) : null}
      </div>
    </form>
  );
}
