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

export function PostPage() {
  const { id = '' } = useParams();
  const viewer = useCurrentViewer();
  const { data, loading, error, fetchMore } = useQuery(PostPageQuery, {
    variables: { id },
    notifyOnNetworkStatusChange: true,
  });
  const post = data?.post ?? null;
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
    ? `${post.isQuestion ? 'Question' : 'Post'} by ${post.author.displayName}`
    : loading
      ? 'Post'
      : 'Post not found';
  usePageTitle(title);

  if (loading && !data) return <FeedLoading label="Loading post…" />;
  if (error && !post) {
    return (
      <div className="page">
        <h1 className="ol-visually-hidden">Post</h1>
        <FeedError error={error} title="Could not load this post" />
      </div>
    );
  }
  if (!post) {
    return (
      <div className="page">
        <EmptyState
          headingLevel={1}
          icon={<ChatIcon size={28} />}
          title="Post not found"
          description={<p>It may have been removed, or it is in a community you are not in.</p>}
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
      setStatus('Post deleted. Its replies stay.');
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
              label={post.isQuestion ? 'Edit your question' : 'Edit your post'}
              initial={post.body}
              busy={editState.loading}
              submitLabel="Save"
              onCancel={closeEditor}
              onSave={async (body) => {
                await editPost({ variables: { id: post.id, input: { body } } });
                closeEditor();
                setStatus('Saved your changes.');
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
                Edit {post.isQuestion ? 'question' : 'post'}
              </Button>
              <Button
                variant="ghost"
                size="sm"
                onClick={() => {
                  setStatus('');
                  setConfirmingDelete(true);
                }}
              >
                Delete {post.isQuestion ? 'question' : 'post'}
              </Button>
            </>
          ) : null
        }
      >
        {accepted ? (
          <section className="accepted" aria-labelledby="accepted-title">
            <h2 id="accepted-title" className="accepted__title">
              Accepted answer
            </h2>
            <ReplyItem
              reply={accepted}
              accepted
              idPrefix="accepted"
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
                        'Accepted answer cleared.',
                      )
                    }
                  >
                    Clear accepted answer
                  </Button>
                ) : null
              }
            />
          </section>
        ) : null}
      </PostCard>
      {post.revisions ? (
        <details className="history">
          <summary>
            History{' '}
            <span className="muted">
              ({post.revisions.length}{' '}
              {post.revisions.length === 1 ? 'earlier version' : 'earlier versions'})
            </span>
          </summary>
          {post.revisions.length === 0 ? (
            <p className="muted">Not edited.</p>
          ) : (
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
          )}
        </details>
      ) : null}
      <ConfirmDialog
        open={confirmingDelete}
        title={post.isQuestion ? 'Delete this question?' : 'Delete this post?'}
        confirmLabel={post.isQuestion ? 'Delete question' : 'Delete post'}
        danger
        busy={deleteState.loading}
        onCancel={() => setConfirmingDelete(false)}
        onConfirm={() => void removePost()}
      >
        <p>
          Its text is removed for everyone and the page shows that it was deleted. Replies stay
          readable. This cannot be undone.
        </p>
      </ConfirmDialog>
      <p role="status" className="composer__status">
        {status}
      </p>
      <p role="status" className="ol-visually-hidden">
        {liveStatus}
      </p>
      {actionError ? (
        <Alert tone="error" title="That did not work">
          <p>{actionError}</p>
        </Alert>
      ) : null}
      <section aria-labelledby="replies-title" className="stack">
        <h2 id="replies-title" className="section-title" tabIndex={-1} ref={repliesTitleRef}>
          {replyCount === 0
            ? 'No replies yet'
            : `${replyCount} ${replyCount === 1 ? 'reply' : 'replies'}`}
        </h2>
        {replies.length > 0 ? (
          <ol className="reply-list">
            {replies.map((reply) => (
              <li key={reply.id}>
                <ReplyItem
                  reply={reply}
                  accepted={accepted?.id === reply.id}
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
                            `Accepted ${reply.author.displayName}’s reply as the answer.`,
                          )
                        }
                      >
                        Accept as answer
                      </Button>
                    ) : null
                  }
                />
              </li>
            ))}
          </ol>
        ) : (
          <p className="muted">
            {post.isQuestion
              ? 'Know the answer? Be the first to reply.'
              : 'Start the conversation.'}
          </p>
        )}
        {post.replies.pageInfo.hasNextPage ? (
          <div>
            <Button variant="secondary" busy={loadingMore} onClick={() => void showMore()}>
              Show more replies
            </Button>
          </div>
        ) : null}
        {post.isDeleted ? null : <ReplyForm postId={post.id} isQuestion={post.isQuestion} />}
      </section>
    </div>
  );
}
