import { useMutation } from '@apollo/client/react';
import { LIMITS } from '@outloud/contracts';
import { Trans, useTranslation } from '@outloud/web-i18n';
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
  const { t } = useTranslation('people');
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
        <Alert ref={alertRef} tone="error" title={t('form.notSaved')}>
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
        label={t('form.displayName')}
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
          label={t('form.jobTitle')}
          name="jobTitle"
          autoComplete="organization-title"
          maxLength={LIMITS.jobTitle.max}
          value={values.jobTitle}
          onChange={set('jobTitle')}
          error={errors.fields.jobTitle}
          hint={t('form.jobTitleHint')}
        />
        <TextField
          label={t('form.department')}
          name="department"
          maxLength={LIMITS.department.max}
          value={values.department}
          onChange={set('department')}
          error={errors.fields.department}
        />
      </div>
      <TextField
        label={t('form.location')}
        name="location"
        maxLength={LIMITS.location.max}
        value={values.location}
        onChange={set('location')}
        error={errors.fields.location}
        hint={t('form.locationHint')}
      />
      <TextArea
        label={t('form.bio')}
        name="bio"
        rows={5}
        maxLength={LIMITS.bio.max}
        showCount
        value={values.bio}
        onChange={set('bio')}
        error={errors.fields.bio}
        hint={t('form.bioHint')}
      />
      <div className="stack-sm">
        <TextField
          label={t('form.expertise')}
          name="expertise"
          value={values.expertise}
          onChange={set('expertise')}
          error={errors.fields.expertise}
          hint={t('form.expertiseHint', { max: LIMITS.expertise.maxTags })}
        />
        {tags.length > 0 ? (
          <div className="expertise-preview">
            <span className="muted small">{t('form.preview')}</span>
            <ChipList label={t('form.previewLabel')}>
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
          {t('form.save')}
        </Button>
        <Link
          to={`/people/${encodeURIComponent(saved.handle)}`}
          className="ol-button ol-button--ghost"
        >
          {t('form.view')}
        </Link>
      </div>
      <div aria-live="polite" className="form__status">
        {status.kind === 'saved' ? (
          <Alert tone="success">
            <p>
              <Trans
                t={t}
                i18nKey="form.saved"
                components={{ a: <Link to={`/people/${encodeURIComponent(saved.handle)}`} /> }}
              />
            </p>
          </Alert>
        ) : null}
        {status.kind === 'unchanged' ? <p className="muted">{t('form.unchanged')}</p> : null}
      </div>
    </form>
  );
}
