import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, Button, EmptyState, FilesIcon, TextArea, cx } from '@outloud/web-ui';
import { useEffect, useState, type FormEvent } from 'react';
import { Link, useParams } from 'react-router-dom';
import { usePageTitle } from '../app/layout/use-page-title';
import { useCurrentViewer } from '../modules/auth/hooks/viewer-context';
import { BookmarkButton } from '../modules/bookmarks/components/bookmark-button';
import { ModerationBanner } from '../modules/moderation/components/moderation-banner';
import { ReportButton } from '../modules/moderation/components/report-button';
import { toFormErrors } from '../modules/errors/utils/form-errors';
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
  if (failed) return <p className="muted">The preview could not be loaded. Download the file.</p>;
  if (text === null) return <p className="muted">Loading the preview…</p>;
  return (
    <pre className="file-preview__text" tabIndex={0} aria-label="Text preview">
      {text}
    </pre>
  );
}

export function FilePage() {
  const { id = '' } = useParams();
  const viewer = useCurrentViewer();
  const { data, loading, error, refetch } = useQuery(FileQuery, { variables: { id } });
  const file = data?.file;
  usePageTitle(file ? file.name : 'File');
  const [like, likeState] = useMutation(LikeFileMutation);
  const [unlike, unlikeState] = useMutation(UnlikeFileMutation);
  const [comment, commentState] = useMutation(CommentOnFileMutation, {
    refetchQueries: ['FilePage'],
  });
  const [body, setBody] = useState('');
  const [previewing, setPreviewing] = useState(false);
  const [commentError, setCommentError] = useState<string | null>(null);

  if (loading && !data) return <FeedLoading label="Loading the file…" />;
  if (error && !data) return <FeedError error={error} title="Could not load the file" />;
  if (!file)
    return (
      <div className="page">
        <EmptyState
          icon={<FilesIcon size={28} />}
          title="File not found"
          description={
            <p>
              It was deleted, or it is in a community you are not in.{' '}
              <Link to="/library">Back to the library</Link>
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
      setCommentError('Write a comment first.');
      return;
    }
    try {
      await comment({ variables: { fileId: file.id, body } });
      setBody('');
      setCommentError(null);
    } catch (caught) {
      setCommentError(toFormErrors(caught, []).message ?? 'Could not comment.');
    }
  };

  return (
    <div className="page stack-lg">
      <header className="page__header">
        <p>
          <Link to="/library">Library</Link>
        </p>
        <h1 id="file-title">{file.name}</h1>
        <p className="page__lead">
          {formatBytes(file.sizeBytes)} · {file.mimeType} · version {file.version}
          {file.owner ? (
            <>
              {' · shared by '}
              <Link to={`/people/${file.owner.handle}`}>{file.owner.displayName}</Link>
            </>
          ) : null}
          {file.community ? (
            <>
              {' · in '}
              <Link to={`/c/${file.community.slug}`}>{file.community.name}</Link>
            </>
          ) : null}
        </p>
        {file.description ? <p>{file.description}</p> : null}
      </header>

      <ModerationBanner moderation={file.moderation} authorId={file.owner?.id} />
      <div className="card file-actions">
        <a className="ol-button ol-button--primary" href={file.downloadUrl} download>
          Download
        </a>
        <button
          type="button"
          className={cx('post-action', file.viewerHasLiked && 'post-action--on')}
          aria-pressed={file.viewerHasLiked}
          aria-describedby="file-title"
          disabled={likeState.loading || unlikeState.loading}
          onClick={toggleLike}
        >
          <span aria-hidden="true">{file.viewerHasLiked ? '♥' : '♡'}</span> Like
          <span className="post-action__count">
            <span className="ol-visually-hidden">, </span>
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
          {file.downloadCount} {file.downloadCount === 1 ? 'download' : 'downloads'} by{' '}
          {file.downloaderCount} {file.downloaderCount === 1 ? 'person' : 'people'}
        </p>
      </div>

      <section className="card file-preview" aria-labelledby="preview-title">
        <h2 id="preview-title" className="card__title">
          Preview
        </h2>
        {!isImage && !isPdf && !isText ? (
          <p className="muted">No preview for this kind of file. Download it to open it.</p>
        ) : !previewing ? (
          <p>
            <Button variant="secondary" onClick={() => setPreviewing(true)}>
              Show preview
            </Button>{' '}
            <span className="muted">(looking is not counted as a download)</span>
          </p>
        ) : isImage ? (
          <img
            src={file.previewUrl}
            alt={`Preview of ${file.name}`}
            className="file-preview__img"
          />
        ) : isPdf ? (
          <a href={file.previewUrl} target="_blank" rel="noopener noreferrer">
            Open the PDF in a new tab
          </a>
        ) : (
          <TextPreview key={file.previewUrl + file.version} url={file.previewUrl} />
        )}
      </section>

      <section className="card" aria-labelledby="versions-title">
        <h2 id="versions-title" className="card__title">
          Versions
        </h2>
        <ol className="file-versions">
          {file.versions.map((version) => (
            <li key={version.version}>
              <a href={version.downloadUrl} download>
                Version {version.version}: {version.name}
              </a>{' '}
              <span className="muted">
                {formatBytes(version.sizeBytes)} · <PostTime iso={version.createdAt} />
                {version.uploadedBy ? ` · ${version.uploadedBy.displayName}` : null}
              </span>
            </li>
          ))}
        </ol>
      </section>

      {isOwner ? <UploadForm fileId={file.id} onUploaded={() => void refetch()} /> : null}

      <section className="card stack" aria-labelledby="comments-title">
        <h2 id="comments-title" className="card__title">
          Comments ({file.comments.length})
        </h2>
        {file.comments.length === 0 ? (
          <p className="muted">No comments yet.</p>
        ) : (
          <ul className="file-comments">
            {file.comments.map((item) => (
              <li key={item.id}>
                <p>
                  <strong>
                    {item.author ? (
                      <Link to={`/people/${item.author.handle}`}>{item.author.displayName}</Link>
                    ) : (
                      'Someone'
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
            <Alert tone="error" title="Could not comment">
              <p>{commentError}</p>
            </Alert>
          ) : null}
          <TextArea
            label="Add a comment"
            value={body}
            rows={2}
            maxLength={5000}
            onChange={(event) => setBody(event.target.value)}
          />
          <div>
            <Button type="submit" variant="secondary" busy={commentState.loading}>
              Comment
            </Button>
          </div>
        </form>
      </section>
    </div>
  );
}
