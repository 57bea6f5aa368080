import { Trans, useTranslation } from '@outloud/web-i18n';
import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, Button, ChatIcon, ConfirmDialog, EmptyState } from '@outloud/web-ui';
import { useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import { useParams } from 'react-router-dom';
import { usePageTitle } from '../app/layout/use-page-title';
import { useCurrentViewer } from '../modules/auth/hooks/viewer-context';
import { toFormErrors } from '../modules/errors/utils/form-errors';
import { useLivePost } from '../modules/realtime/hooks/use-live-post';
import { FeedError, FeedLoading } from '../modules/stream/components/feed-states';
import { EditTextForm } from '../modules/stream/components/edit-text-form';
import { PostCard } from '../modules/stream/components/post-card';
import { PostTime } from '../modules/stream/components/post-time';
import { ReplyForm } from '../modules/stream/components/reply-form';
import { ReplyItem } from '../modules/stream/components/reply-item';
import {
  AcceptAnswerMutation,
  ClearAcceptedAnswerMutation,
  DeletePostMutation,
  EditPostMutation,
  PostPageQuery,
} from '../modules/stream/graphql/stream.operations';
import { useReportQuestionView } from '../modules/analytics/hooks/use-knowledge-reuse-reports';

export function PostPage() {
  const { t } = useTranslation('stream');
  const { id = '' } = useParams();
  const viewer = useCurrentViewer();
  const { data, loading, error, fetchMore } = useQuery(PostPageQuery, {
    variables: { id },
    notifyOnNetworkStatusChange: true,
  });
  const post = data?.post ?? null;
  useReportQuestionView(post?.id ?? null, post?.isQuestion ?? false);
  const liveStatus = useLivePost(id, post?.replies ?? null);
  const [status, setStatus] = useState('');
  const [actionError, setActionError] = useState<string | null>(null);
  const [editing, setEditing] = useState(false);
  const [confirmingDelete, setConfirmingDelete] = useState(false);
  const [loadingMore, setLoadingMore] = useState(false);
  const editButtonRef = useRef<HTMLButtonElement>(null);
  const repliesTitleRef = useRef<HTMLHeadingElement>(null);
  // The mutations return the post's new state, which updates the cache: no refetch, so reply
  // pages already shown stay.
  const [accept, acceptState] = useMutation(AcceptAnswerMutation);
  const [clear, clearState] = useMutation(ClearAcceptedAnswerMutation);
  const [editPost, editState] = useMutation(EditPostMutation);
  const [deletePost, deleteState] = useMutation(DeletePostMutation);
  const title = post
    ? t('postPage.title', { question: String(post.isQuestion), name: post.author.displayName })
    : loading
      ? t('postPage.post')
      : t('postPage.notFound');
  usePageTitle(title);

  if (loading && !data) return <FeedLoading label={t('postPage.loading')} />;
  if (error && !post) {
    return (
      <div className="page">
        <h1 className="ol-visually-hidden">{t('postPage.post')}</h1>
        <FeedError error={error} title={t('postPage.loadError')} />
      </div>
    );
  }
  if (!post) {
    return (
      <div className="page">
        <EmptyState
          headingLevel={1}
          icon={<ChatIcon size={28} />}
          title={t('postPage.notFound')}
          description={<p>{t('postPage.notFoundBody')}</p>}
        />
      </div>
    );
  }

  const canAccept =
    post.isQuestion &&
    !post.isDeleted &&
    (post.author.id === viewer.id || viewer.role === 'MODERATOR' || viewer.role === 'ADMIN');
  const accepted = post.acceptedAnswer;
  const replies = post.replies.nodes;
  const busy = acceptState.loading || clearState.loading;
  const isAuthor = post.author.id === viewer.id;
  const canManage = isAuthor && !post.isDeleted;
  const replyCount = Math.max(post.replyCount, replies.length);

  const run = async (action: () => Promise<unknown>, done: string) => {
    setActionError(null);
    setStatus('');
    try {
      await action();
      setStatus(done);
    } catch (caught) {
      setActionError(toFormErrors(caught, []).message);
    }
  };

  const showMore = async () => {
    setLoadingMore(true);
    try {
      await fetchMore({ variables: { after: post.replies.pageInfo.endCursor } });
    } catch (caught) {
      setActionError(toFormErrors(caught, []).message);
    } finally {
      setLoadingMore(false);
    }
  };

  // The Edit button comes back with the text: render it, then give it focus.
  const closeEditor = () => {
    flushSync(() => setEditing(false));
    editButtonRef.current?.focus();
  };

  const removePost = async () => {
    setActionError(null);
    setStatus('');
    try {
      await deletePost({ variables: { id: post.id } });
      setConfirmingDelete(false);
      setEditing(false);
      setStatus(t('postPage.deleted'));
      repliesTitleRef.current?.focus();
    } catch (caught) {
      setConfirmingDelete(false);
      setActionError(toFormErrors(caught, []).message);
    }
  };

  return (
    <div className="page stack-lg">
      <h1 className="ol-visually-hidden">{title}</h1>
      <PostCard
        post={post}
        linkToPost={false}
        bodySlot={
          editing && canManage ? (
            <EditTextForm
              label={t('postPage.editLabel', { question: String(post.isQuestion) })}
              initial={post.body}
              busy={editState.loading}
              submitLabel={t('postPage.save')}
              onCancel={closeEditor}
              onSave={async (body) => {
                await editPost({ variables: { id: post.id, input: { body } } });
                closeEditor();
                setStatus(t('postPage.saved'));
              }}
            />
          ) : null
        }
        actions={
          canManage && !editing ? (
            <>
              <Button
                ref={editButtonRef}
                variant="ghost"
                size="sm"
                onClick={() => {
                  setStatus('');
                  setEditing(true);
                }}
              >
                {t('postPage.edit', { question: String(post.isQuestion) })}
              </Button>
              <Button
                variant="ghost"
                size="sm"
                onClick={() => {
                  setStatus('');
                  setConfirmingDelete(true);
                }}
              >
                {t('postPage.delete', { question: String(post.isQuestion) })}
              </Button>
            </>
          ) : null
        }
      >
        {accepted ? (
          <section className="accepted" aria-labelledby="accepted-title">
            <h2 id="accepted-title" className="accepted__title">
              {t('postPage.accepted')}
            </h2>
            <ReplyItem
              reply={accepted}
              accepted
              idPrefix="accepted"
              canManage={accepted.author.id === viewer.id}
              onStatus={setStatus}
              actions={
                canAccept ? (
                  <Button
                    variant="ghost"
                    size="sm"
                    disabled={busy}
                    onClick={() =>
                      void run(
                        () => clear({ variables: { postId: post.id } }),
                        t('postPage.cleared'),
                      )
                    }
                  >
                    {t('postPage.clear')}
                  </Button>
                ) : null
              }
            />
          </section>
        ) : null}
        {isAuthor && post.routedTo ? (
          <p className="muted post__routed">{t('postPage.routed', { count: post.routedTo })}</p>
        ) : null}
        {/* Outcomes (accepted, cleared, saved) show at the foot of the post they changed. */}
        <p role="status" className="composer__status post__status">
          {status}
        </p>
        {actionError ? (
          <Alert tone="error" title={t('postPage.actionError')}>
            <p>{actionError}</p>
          </Alert>
        ) : null}
      </PostCard>
      <p role="status" className="ol-visually-hidden">
        {liveStatus}
      </p>
      {post.revisions && post.revisions.length > 0 ? (
        <details className="history">
          <summary>
            {t('postPage.history')}
            <span className="muted">
              {t('postPage.versions', { count: post.revisions.length })}
            </span>
          </summary>
          <ol className="history__list">
            {post.revisions.map((revision, index) => (
              <li key={`${revision.createdAt}-${index}`}>
                <p className="muted small">
                  <PostTime iso={revision.createdAt} />
                </p>
                <p className="history__body">{revision.body}</p>
              </li>
            ))}
          </ol>
        </details>
      ) : null}
      <ConfirmDialog
        open={confirmingDelete}
        title={t('postPage.confirmTitle', { question: String(post.isQuestion) })}
        confirmLabel={t('postPage.delete', { question: String(post.isQuestion) })}
        danger
        busy={deleteState.loading}
        onCancel={() => setConfirmingDelete(false)}
        onConfirm={() => void removePost()}
      >
        <p>{t('postPage.confirmBody')}</p>
      </ConfirmDialog>
      <section aria-labelledby="replies-title" className="stack">
        <h2 id="replies-title" className="section-title" tabIndex={-1} ref={repliesTitleRef}>
          {t('postPage.replies', { count: replyCount })}
        </h2>
        {replies.length > 0 ? (
          <ol className="reply-list">
            {replies.map((reply) => (
              <li key={reply.id}>
                {accepted?.id === reply.id && !reply.isDeleted ? (
                  <p className="reply-list__accepted">
                    <Trans
                      t={t}
                      i18nKey="postPage.acceptedAbove"
                      values={{ name: reply.author.displayName }}
                      components={{ a: <a href="#accepted-title" /> }}
                    />
                  </p>
                ) : (
                  <ReplyItem
                    reply={reply}
                    canManage={reply.author.id === viewer.id}
                    onStatus={setStatus}
                    actions={
                      canAccept && !reply.isDeleted && accepted?.id !== reply.id ? (
                        <Button
                          variant="secondary"
                          size="sm"
                          disabled={busy}
                          aria-describedby={`reply-${reply.id}-author`}
                          onClick={() =>
                            void run(
                              () => accept({ variables: { postId: post.id, replyId: reply.id } }),
                              t('postPage.acceptedReply', { name: reply.author.displayName }),
                            )
                          }
                        >
                          {t('postPage.accept')}
                        </Button>
                      ) : null
                    }
                  />
                )}
              </li>
            ))}
          </ol>
        ) : (
          <p className="muted">
            {post.isQuestion ? t('postPage.firstReply') : t('postPage.startConversation')}
          </p>
        )}
        {post.replies.pageInfo.hasNextPage ? (
          <div>
            <Button variant="secondary" busy={loadingMore} onClick={() => void showMore()}>
              {t('postPage.moreReplies')}
            </Button>
          </div>
        ) : null}
        {post.isDeleted ? null : <ReplyForm postId={post.id} isQuestion={post.isQuestion} />}
      </section>
    </div>
  );
}
