import { useMutation, useQuery } from '@apollo/client/react';
import { Trans, useTranslation } from '@outloud/web-i18n';
import { Alert, Button, EmptyState, FilesIcon, HeartIcon, TextArea, cx } from '@outloud/web-ui';
import { useEffect, useState, type FormEvent } from 'react';
import { Link, useParams } from 'react-router-dom';
import { usePageTitle } from '../app/layout/use-page-title';
import { useCurrentViewer } from '../modules/auth/hooks/viewer-context';
import { BookmarkButton } from '../modules/bookmarks/components/bookmark-button';
import { ModerationBanner } from '../modules/moderation/components/moderation-banner';
import { ReportButton } from '../modules/moderation/components/report-button';
import { toFormErrors } from '../modules/errors/utils/form-errors';
import { FileTags } from '../modules/files/components/file-list';
import { UploadForm } from '../modules/files/components/upload-form';
import {
  CommentOnFileMutation,
  FileQuery,
  LikeFileMutation,
  UnlikeFileMutation,
} from '../modules/files/graphql/files.operations';
import { formatBytes } from '../modules/files/utils/upload';
import { FeedError, FeedLoading } from '../modules/stream/components/feed-states';
import { PostTime } from '../modules/stream/components/post-time';

function TextPreview({ url }: { url: string }) {
  const { t } = useTranslation('files');
  const [text, setText] = useState<string | null>(null);
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    const controller = new AbortController();
    fetch(url, { credentials: 'same-origin', signal: controller.signal })
      .then(async (response) => {
        if (!response.ok) throw new Error(String(response.status));
        const body = await response.text();
        setText(body.length > 20_000 ? `${body.slice(0, 20_000)}\n…` : body);
      })
      .catch(() => {
        if (!controller.signal.aborted) setFailed(true);
      });
    return () => controller.abort();
  }, [url]);
  if (failed) return <p className="muted">{t('file.previewFailed')}</p>;
  if (text === null) return <p className="muted">{t('file.previewLoading')}</p>;
  return (
    <pre className="file-preview__text" tabIndex={0} aria-label={t('file.textPreview')}>
      {text}
    </pre>
  );
}

export function FilePage() {
  const { t } = useTranslation('files');
  const { id = '' } = useParams();
  const viewer = useCurrentViewer();
  const { data, loading, error, refetch } = useQuery(FileQuery, { variables: { id } });
  const file = data?.file;
  usePageTitle(file ? file.name : t('file.title'));
  const [like, likeState] = useMutation(LikeFileMutation);
  const [unlike, unlikeState] = useMutation(UnlikeFileMutation);
  const [comment, commentState] = useMutation(CommentOnFileMutation, {
    refetchQueries: ['FilePage'],
  });
  const [body, setBody] = useState('');
  const [previewing, setPreviewing] = useState(false);
  const [commentError, setCommentError] = useState<string | null>(null);

  if (loading && !data) return <FeedLoading label={t('file.loading')} />;
  if (error && !data) return <FeedError error={error} title={t('file.loadError')} />;
  if (!file)
    return (
      <div className="page">
        <EmptyState
          icon={<FilesIcon size={28} />}
          title={t('file.notFound')}
          description={
            <p>
              <Trans t={t} i18nKey="file.notFoundBody" components={{ a: <Link to="/library" /> }} />
            </p>
          }
        />
      </div>
    );

  const isOwner = file.owner?.id === viewer.id;
  const isImage = /^image\/(png|jpeg|gif|webp)$/.test(file.mimeType);
  const isPdf = file.mimeType === 'application/pdf';
  const isText = file.mimeType.startsWith('text/');

  const toggleLike = () => {
    const values = {
      __typename: 'File' as const,
      id: file.id,
      likeCount: Math.max(0, file.likeCount + (file.viewerHasLiked ? -1 : 1)),
      viewerHasLiked: !file.viewerHasLiked,
    };
    if (file.viewerHasLiked)
      void unlike({ variables: { id: file.id }, optimisticResponse: { unlikeFile: values } });
    else void like({ variables: { id: file.id }, optimisticResponse: { likeFile: values } });
  };

  const onComment = async (event: FormEvent) => {
    event.preventDefault();
    if (!body.trim()) {
      setCommentError(t('file.commentEmpty'));
      return;
    }
    try {
      await comment({ variables: { fileId: file.id, body } });
      setBody('');
      setCommentError(null);
    } catch (caught) {
      setCommentError(toFormErrors(caught, []).message ?? t('file.commentFailed'));
    }
  };

  return (
    <div className="page stack-lg">
      <header className="page__header">
        <p>
          <Link to="/library">{t('file.library')}</Link>
        </p>
        <h1 id="file-title">{file.name}</h1>
        <p className="page__lead">
          {t('file.meta', {
            size: formatBytes(file.sizeBytes),
            type: file.mimeType,
            version: file.version,
          })}
          {file.owner ? (
            <Trans
              t={t}
              i18nKey="file.sharedBy"
              values={{ name: file.owner.displayName }}
              components={{ a: <Link to={`/people/${file.owner.handle}`} /> }}
            />
          ) : null}
          {file.owner?.isFormerColleague ? ` ${t('file.formerColleague')}` : null}
          {file.community ? (
            <Trans
              t={t}
              i18nKey="file.in"
              values={{ name: file.community.name }}
              components={{ a: <Link to={`/c/${file.community.slug}`} /> }}
            />
          ) : null}
        </p>
        {file.description ? <p>{file.description}</p> : null}
        <FileTags tags={file.tags} />
      </header>

      <ModerationBanner moderation={file.moderation} authorId={file.owner?.id} />
      <div className="card file-actions">
        <a className="ol-button ol-button--primary" href={file.downloadUrl} download>
          {t('file.download')}
        </a>
        <button
          type="button"
          className={cx('post-action', file.viewerHasLiked && 'post-action--on')}
          aria-pressed={file.viewerHasLiked}
          aria-describedby="file-title"
          disabled={likeState.loading || unlikeState.loading}
          onClick={toggleLike}
        >
          <HeartIcon size={16} filled={file.viewerHasLiked} /> {t('file.like')}
          <span className="post-action__count">
            <span className="ol-visually-hidden">{t('file.countSeparator')}</span>
            {file.likeCount}
          </span>
        </button>
        <BookmarkButton
          fileId={file.id}
          bookmarked={file.viewerHasBookmarked}
          describedBy="file-title"
        />
        <ReportButton
          targetType="FILE"
          targetId={file.id}
          authorId={file.owner?.id}
          describedBy="file-title"
        />
        <p className="file-actions__counts" data-testid="download-count">
          {t('file.downloads', { downloads: file.downloadCount, people: file.downloaderCount })}
        </p>
      </div>

      <section className="card file-preview" aria-labelledby="preview-title">
        <h2 id="preview-title" className="card__title">
          {t('file.preview')}
        </h2>
        {!isImage && !isPdf && !isText ? (
          <p className="muted">{t('file.noPreview')}</p>
        ) : !previewing ? (
          <p>
            <Button variant="secondary" onClick={() => setPreviewing(true)}>
              {t('file.showPreview')}
            </Button>{' '}
            <span className="muted">{t('file.notCounted')}</span>
          </p>
        ) : isImage ? (
          <img
            src={file.previewUrl}
            alt={t('file.previewOf', { name: file.name })}
            className="file-preview__img"
          />
        ) : isPdf ? (
          <a href={file.previewUrl} target="_blank" rel="noopener noreferrer">
            {t('file.openPdf')}
          </a>
        ) : (
          <TextPreview key={file.previewUrl + file.version} url={file.previewUrl} />
        )}
      </section>

      <section className="card" aria-labelledby="versions-title">
        <h2 id="versions-title" className="card__title">
          {t('file.versions')}
        </h2>
        <ol className="file-versions">
          {file.versions.map((version) => (
            <li key={version.version}>
              <a href={version.downloadUrl} download>
                {t('file.versionLink', { version: version.version, name: version.name })}
              </a>{' '}
              <span className="muted">
                {formatBytes(version.sizeBytes)} · <PostTime iso={version.createdAt} />
                {version.uploadedBy
                  ? t('file.uploadedBy', { name: version.uploadedBy.displayName }) +
                    (version.uploadedBy.isFormerColleague ? ` ${t('file.formerColleague')}` : '')
                  : null}
              </span>
            </li>
          ))}
        </ol>
      </section>

      {isOwner ? <UploadForm fileId={file.id} onUploaded={() => void refetch()} /> : null}

      <section className="card stack" aria-labelledby="comments-title">
        <h2 id="comments-title" className="card__title">
          {t('file.comments', { count: file.comments.length })}
        </h2>
        {file.comments.length === 0 ? (
          <p className="muted">{t('file.noComments')}</p>
        ) : (
          <ul className="file-comments">
            {file.comments.map((item) => (
              <li key={item.id}>
                <p>
                  <strong>
                    {item.author ? (
                      <Link to={`/people/${item.author.handle}`}>{item.author.displayName}</Link>
                    ) : (
                      t('file.someone')
                    )}
                  </strong>{' '}
                  <span className="muted">
                    <PostTime iso={item.createdAt} />
                  </span>
                </p>
                <ModerationBanner moderation={item.moderation} authorId={item.author?.id} />
                <p>{item.body}</p>
                <ReportButton
                  targetType="FILE_COMMENT"
                  targetId={item.id}
                  authorId={item.author?.id}
                />
              </li>
            ))}
          </ul>
        )}
        <form className="stack-sm" onSubmit={(event) => void onComment(event)} noValidate>
          {commentError ? (
            <Alert tone="error" title={t('file.commentError')}>
              <p>{commentError}</p>
            </Alert>
          ) : null}
          <TextArea
            label={t('file.addComment')}
            value={body}
            rows={2}
            maxLength={5000}
            onChange={(event) => setBody(event.target.value)}
          />
          <div>
            <Button type="submit" variant="secondary" busy={commentState.loading}>
              {t('file.comment')}
            </Button>
          </div>
        </form>
      </section>
    </div>
  );
}
