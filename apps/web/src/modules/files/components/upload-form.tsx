import { useQuery } from '@apollo/client/react';
import { Trans, useTranslation } from '@outloud/web-i18n';
import { Alert, Button, ProgressBar, TextField, cx } from '@outloud/web-ui';
import { useId, useRef, useState, type DragEvent, type FormEvent } from 'react';
import { Link } from 'react-router-dom';
import { MyCommunitiesQuery } from '../../communities/graphql/communities.operations';
import { useIdempotencyKey } from '../../errors/hooks/use-idempotency-key';
import { usePolicyGate } from '../../policy/hooks/use-policy-gate';
import { formatBytes, uploadFile, UploadError, type UploadedFile } from '../utils/upload';

export interface UploadFormProps {
  /** Upload a new version of this file instead of a new file. */
  fileId?: string;
  /** The community chosen at first for the new file (the person can change it). */
  communityId?: string | null;
  onUploaded: (file: UploadedFile) => void;
}

/** Pick or drop one file, then upload it with a progress bar. */
export function UploadForm({ fileId, communityId, onUploaded }: UploadFormProps) {
  const { t } = useTranslation('files');
  const uid = useId().replace(/:/g, '');
  const inputRef = useRef<HTMLInputElement>(null);
  const [file, setFile] = useState<File | null>(null);
  const [description, setDescription] = useState('');
  const [tags, setTags] = useState('');
  const [dragging, setDragging] = useState(false);
  const [progress, setProgress] = useState<number | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [status, setStatus] = useState('');
  const [uploaded, setUploaded] = useState<UploadedFile | null>(null);
  const idempotencyKey = useIdempotencyKey();
  const busy = progress !== null;
  const policyGate = usePolicyGate();
  // Where the new file goes: the person's communities (the server checks they may post there).
  const communities = useQuery(MyCommunitiesQuery, { skip: Boolean(fileId) }).data?.communities
    .nodes;
  const [placeIn, setPlaceIn] = useState(communityId ?? '');
  const [seenCommunityId, setSeenCommunityId] = useState(communityId);
  if (communityId !== seenCommunityId) {
    setSeenCommunityId(communityId);
    setPlaceIn(communityId ?? '');
  }

  const choose = (chosen: File | null | undefined) => {
    setError(null);
    setStatus('');
    setUploaded(null);
    setProgress(null);
    setFile(chosen ?? null);
  };

  const onDrop = (event: DragEvent<HTMLDivElement>) => {
    event.preventDefault();
    setDragging(false);
    if (busy) return;
    choose(event.dataTransfer.files[0]);
  };

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    if (!file) {
      setError(t('upload.chooseFirst'));
      return;
    }
    if (!(await policyGate.ensure())) return;
    setError(null);
    setProgress(0);
    try {
      const uploaded = await uploadFile({
        url: fileId ? `/files/${encodeURIComponent(fileId)}/versions` : '/files/uploads',
        file,
        fields: fileId
          ? {}
          : { description: description.trim(), tags: tags.trim(), communityId: placeIn },
        onProgress: setProgress,
        ...(fileId ? {} : { idempotencyKey: idempotencyKey.current() }),
      });
      idempotencyKey.renew();
      setProgress(100);
      setStatus(t('upload.uploaded', { name: uploaded.name }));
      setUploaded(uploaded);
      setFile(null);
      setDescription('');
      setTags('');
      if (inputRef.current) inputRef.current.value = '';
      onUploaded(uploaded);
    } catch (caught) {
      setProgress(null);
      setError(
        caught instanceof UploadError
          ? caught.status === 413
            ? t('upload.tooLarge', { message: caught.message })
            : caught.message
          : t('upload.failed'),
      );
    }
  };

  return (
    <form className="card upload-form stack" onSubmit={(event) => void onSubmit(event)} noValidate>
      <h2 className="card__title">{fileId ? t('upload.newVersion') : t('upload.share')}</h2>
      {policyGate.dialog}
      {error ? (
        <Alert tone="error" title={t('upload.error')}>
          <p>{error}</p>
        </Alert>
      ) : null}
      <div
        className={cx('dropzone', dragging && 'dropzone--active')}
        data-testid="dropzone"
        onDragOver={(event) => {
          event.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={onDrop}
      >
        <p>
          <Trans
            t={t}
            i18nKey="upload.drop"
            components={{ pick: <label htmlFor={`${uid}-file`} className="dropzone__pick" /> }}
          />
        </p>
        {/* One control: the label above opens the browser's picker; the input itself stays
            reachable by keyboard but out of sight (the drop zone shows its focus). */}
        <input
          id={`${uid}-file`}
          ref={inputRef}
          type="file"
          className="dropzone__input ol-visually-hidden"
          disabled={progress !== null && progress < 100}
          onChange={(event) => choose(event.target.files?.[0])}
        />
        <p className="muted dropzone__hint">{t('upload.hint')}</p>
        {file ? (
          <p className="dropzone__chosen">
            <Trans
              t={t}
              i18nKey="upload.chosen"
              values={{ name: file.name, size: formatBytes(file.size) }}
              components={{ strong: <strong /> }}
            />
          </p>
        ) : null}
      </div>
      {fileId ? null : (
        <div className="upload-form__fields">
          <TextField
            label={t('upload.description')}
            value={description}
            maxLength={2000}
            onChange={(event) => setDescription(event.target.value)}
          />
          <TextField
            label={t('upload.tags')}
            hint={t('upload.tagsHint')}
            value={tags}
            onChange={(event) => setTags(event.target.value)}
          />
          <div className="ol-field">
            <label htmlFor={`${uid}-place`} className="ol-field__label">
              {t('upload.placeIn')}
            </label>
            <select
              id={`${uid}-place`}
              className="ol-input ol-select"
              value={placeIn}
              aria-describedby={`${uid}-place-hint`}
              onChange={(event) => setPlaceIn(event.target.value)}
            >
              <option value="">{t('upload.noCommunity')}</option>
              {(communities ?? []).map((community) => (
                <option key={community.id} value={community.id}>
                  {t('upload.community', { name: community.name, type: community.type })}
                </option>
              ))}
            </select>
            <p id={`${uid}-place-hint`} className="ol-field__hint">
              {t('upload.placeHint')}
            </p>
          </div>
        </div>
      )}
      {progress !== null ? <ProgressBar value={progress} label={t('upload.progress')} /> : null}
      <p role="status" className="upload-form__status">
        {status}
        {uploaded && !fileId ? (
          <>
            {' '}
            <Link to={`/library/${uploaded.id}`}>{t('upload.open', { name: uploaded.name })}</Link>
          </>
        ) : null}
      </p>
      <div>
        <Button type="submit" busy={progress !== null && progress < 100}>
          {fileId ? t('upload.submitVersion') : t('upload.submit')}
        </Button>
      </div>
    </form>
  );
}
