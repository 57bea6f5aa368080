import { useMutation } from '@apollo/client/react';
import { Trans, useTranslation } from '@outloud/web-i18n';
import { Alert, Button, TextArea, TextField, cx } from '@outloud/web-ui';
import { useId, useState, type FormEvent } from 'react';
import { Link, useNavigate } from 'react-router-dom';
import type {
  CommunityCardFragment,
  CommunityType,
  UpdateCommunityInput,
} from '../../../generated/graphql';
import { useFocusFirstError } from '../../errors/hooks/use-focus-first-error';
import { NO_ERRORS, toFormErrors, type FormErrors } from '../../errors/utils/form-errors';
import type { AvatarChange } from '../../people/utils/profile-form';
import {
  CreateCommunityMutation,
  UpdateCommunityMutation,
} from '../graphql/communities.operations';
import { COMMUNITY_TYPES, parseTags, slugFromName } from '../utils/community-type';
import { usePolicyGate } from '../../policy/hooks/use-policy-gate';
import { CommunityImagePicker } from './community-image-picker';

const FIELDS = ['name', 'slug', 'description', 'tags', 'type', 'imageDataUrl'] as const;
type Field = (typeof FIELDS)[number];

export interface CommunityFormProps {
  /** Editing this community; creating a new one when absent. */
  community?: CommunityCardFragment;
}

export function CommunityForm({ community }: CommunityFormProps) {
  const { t } = useTranslation('communities');
  const uid = useId().replace(/:/g, '');
  const navigate = useNavigate();
  const editing = Boolean(community);
  const [name, setName] = useState(community?.name ?? '');
  const [slug, setSlug] = useState(community?.slug ?? '');
  const [slugTouched, setSlugTouched] = useState(false);
  const [description, setDescription] = useState(community?.description ?? '');
  const [tags, setTags] = useState(community?.tags.join(', ') ?? '');
  const [type, setType] = useState<CommunityType>(community?.type ?? 'OPEN');
  const [image, setImage] = useState<AvatarChange>({ kind: 'unchanged' });
  const [errors, setErrors] = useState<FormErrors<Field>>(NO_ERRORS);
  const { formRef, alertRef, focusFirstError } = useFocusFirstError();
  const [create, createState] = useMutation(CreateCommunityMutation, {
    refetchQueries: ['Communities', 'MyCommunities'],
  });
  const [update, updateState] = useMutation(UpdateCommunityMutation, {
    refetchQueries: ['Communities', 'MyCommunities', 'CommunityPage'],
  });
  const shownSlug = editing || slugTouched ? slug : slugFromName(name);

  const policyGate = usePolicyGate();
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const problems: Partial<Record<Field, string>> = {};
    if (!name.trim()) problems.name = t('form.nameRequired');
    if (!editing && !shownSlug) problems.slug = t('form.slugRequired');
    if (Object.keys(problems).length > 0) {
      setErrors({ fields: problems, message: null });
      focusFirstError();
      return;
    }
    setErrors(NO_ERRORS);
    // A new community needs the current content policy accepted; editing does not.
    if (!community && !(await policyGate.ensure())) return;
    try {
      if (community) {
        const input: UpdateCommunityInput = {
          name: name.trim(),
          description,
          tags: parseTags(tags),
          type,
          ...(image.kind === 'new' ? { imageDataUrl: image.dataUrl } : {}),
          ...(image.kind === 'removed' ? { removeImage: true } : {}),
        };
        await update({ variables: { id: community.id, input } });
        void navigate(`/c/${community.slug}`);
      } else {
        const { data } = await create({
          variables: {
            input: {
              name: name.trim(),
              slug: shownSlug,
              description,
              tags: parseTags(tags),
              type,
              ...(image.kind === 'new' ? { imageDataUrl: image.dataUrl } : {}),
            },
          },
        });
        if (data) void navigate(`/c/${data.createCommunity.slug}`);
      }
    } catch (error) {
      setErrors(toFormErrors(error, FIELDS));
      focusFirstError();
    }
  };

  return (
    <form
      ref={formRef}
      className="card stack community-form"
      onSubmit={(event) => void submit(event)}
      noValidate
    >
      {policyGate.dialog}
      {errors.message ? (
        <Alert ref={alertRef} tone="error" title={t('form.saveError')}>
          <p>{errors.message}</p>
        </Alert>
      ) : null}
      <TextField
        label={t('form.name')}
        required
        value={name}
        maxLength={80}
        error={errors.fields.name}
        onChange={(event) => setName(event.target.value)}
      />
      {editing ? (
        <p className="small muted">
          <Trans
            t={t}
            i18nKey="form.addressFixed"
            values={{ slug: community?.slug }}
            components={{ code: <code /> }}
          />
        </p>
      ) : (
        <TextField
          label={t('form.address')}
          required
          value={shownSlug}
          maxLength={48}
          hint={
            <Trans
              t={t}
              i18nKey="form.addressHint"
              values={{ slug: shownSlug || t('form.addressPlaceholder') }}
              components={{ code: <code /> }}
            />
          }
          error={errors.fields.slug}
          onChange={(event) => {
            setSlugTouched(true);
            setSlug(event.target.value.toLowerCase());
          }}
        />
      )}
      <TextArea
        label={t('form.description')}
        value={description}
        rows={3}
        maxLength={2000}
        hint={t('form.descriptionHint')}
        error={errors.fields.description}
        onChange={(event) => setDescription(event.target.value)}
      />
      <TextField
        label={t('form.tags')}
        value={tags}
        placeholder={t('form.tagsPlaceholder')}
        hint={t('form.tagsHint')}
        error={errors.fields.tags}
        onChange={(event) => setTags(event.target.value)}
      />
      <fieldset className="type-choice" aria-describedby={`${uid}-type-error`}>
        <legend className="ol-field__label">{t('form.typeLegend')}</legend>
        {COMMUNITY_TYPES.map((option) => (
          <div key={option.value} className="type-choice__option">
            <input
              id={`${uid}-type-${option.value}`}
              type="radio"
              name="community-type"
              value={option.value}
              checked={type === option.value}
              aria-describedby={`${uid}-type-${option.value}-hint`}
              onChange={() => setType(option.value)}
            />
            <label htmlFor={`${uid}-type-${option.value}`}>
              <strong>{t(option.label)}</strong>
              <span id={`${uid}-type-${option.value}-hint`} className="type-choice__hint">
                {t(option.description)}
              </span>
            </label>
          </div>
        ))}
        {errors.fields.type ? (
          <p id={`${uid}-type-error`} className="ol-field__error">
            {errors.fields.type}
          </p>
        ) : null}
      </fieldset>
      {type === 'RESTRICTED' ? (
        <Alert tone="info" title={t('form.restrictedTitle')}>
          <p>{t('form.restrictedBody')}</p>
          {editing && community?.type !== 'RESTRICTED' ? <p>{t('form.restrictedNow')}</p> : null}
        </Alert>
      ) : null}
      {editing && community?.type === 'RESTRICTED' && type !== 'RESTRICTED' ? (
        <Alert tone="info" title={t('form.openTitle')}>
          <p>{t('form.openBody')}</p>
        </Alert>
      ) : null}
      <CommunityImagePicker
        name={name}
        currentUrl={community?.imageUrl ?? null}
        change={image}
        onChange={setImage}
        error={errors.fields.imageDataUrl}
      />
      <div className="form-actions">
        <Button type="submit" busy={createState.loading || updateState.loading}>
          {editing ? t('form.save') : t('form.create')}
        </Button>
        <Link
          to={community ? `/c/${community.slug}` : '/communities'}
          className={cx('ol-button', 'ol-button--ghost')}
        >
          {t('form.cancel')}
        </Link>
      </div>
    </form>
  );
}
