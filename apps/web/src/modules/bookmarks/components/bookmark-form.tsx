import { useMutation } from '@apollo/client/react';
import { useTranslation } from '@outloud/web-i18n';
import { Alert, Button, TextField } from '@outloud/web-ui';
import { useState, type FormEvent } from 'react';
import { useIdempotencyKey } from '../../errors/hooks/use-idempotency-key';
import { toFormErrors } from '../../errors/utils/form-errors';
import { CreateBookmarkMutation } from '../graphql/bookmarks.operations';
import { bookmarkUrlProblem, parseTags } from '../utils/bookmark-url';

/** Save a link (http/https, checked here and again by the API). */
export function BookmarkForm() {
  const { t } = useTranslation('bookmarks');
  const [url, setUrl] = useState('');
  const [title, setTitle] = useState('');
  const [tags, setTags] = useState('');
  const [isPrivate, setIsPrivate] = useState(false);
  const [urlError, setUrlError] = useState<string | null>(null);
  const [formError, setFormError] = useState<string | null>(null);
  const [status, setStatus] = useState('');
  const idempotencyKey = useIdempotencyKey();
  const [create, { loading }] = useMutation(CreateBookmarkMutation, {
    refetchQueries: ['Bookmarks', 'PopularBookmarks'],
  });

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    setStatus('');
    setFormError(null);
    const problem = bookmarkUrlProblem(url);
    setUrlError(problem ? t(problem) : null);
    if (problem) return;
    try {
      await create({
        variables: {
          input: {
            url: url.trim(),
            ...(title.trim() ? { title: title.trim() } : {}),
            tags: parseTags(tags),
            isPrivate,
          },
          idempotencyKey: idempotencyKey.current(),
        },
      });
      idempotencyKey.renew();
      setUrl('');
      setTitle('');
      setTags('');
      setIsPrivate(false);
      setStatus(t('form.saved'));
    } catch (error) {
      const errors = toFormErrors(error, ['url'] as const);
      if (errors.fields.url) setUrlError(errors.fields.url);
      else setFormError(errors.message ?? t('form.saveErrorFallback'));
    }
  };

  return (
    <form className="card stack" onSubmit={(event) => void onSubmit(event)} noValidate>
      <h2 className="card__title">{t('form.title')}</h2>
      {formError ? (
        <Alert tone="error" title={t('form.error')}>
          <p>{formError}</p>
        </Alert>
      ) : null}
      <TextField
        label={t('form.link')}
        type="url"
        required
        inputMode="url"
        placeholder={t('form.linkPlaceholder')}
        value={url}
        error={urlError}
        onChange={(event) => {
          setUrl(event.target.value);
          if (urlError) setUrlError(null);
        }}
        onBlur={() => {
          const problem = url.trim() ? bookmarkUrlProblem(url) : null;
          if (problem) setUrlError(t(problem));
        }}
      />
      <TextField
        label={t('form.titleField')}
        hint={t('form.titleHint')}
        value={title}
        maxLength={300}
        onChange={(event) => setTitle(event.target.value)}
      />
      <TextField
        label={t('form.tags')}
        hint={t('form.tagsHint')}
        value={tags}
        onChange={(event) => setTags(event.target.value)}
      />
      <label className="search-filters__option">
        <input
          type="checkbox"
          checked={isPrivate}
          onChange={(event) => setIsPrivate(event.target.checked)}
        />
        <span>{t('form.private')}</span>
      </label>
      <div>
        <Button type="submit" busy={loading}>
          {t('form.submit')}
        </Button>
      </div>
      <p role="status">{status}</p>
    </form>
  );
}
