import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, Button, ChatIcon, EmptyState } from '@outloud/web-ui';
import { useState } from 'react';
import { useParams } from 'react-router-dom';
import { usePageTitle } from '../app/layout/use-page-title';
import { useCurrentViewer } from '../modules/auth/hooks/viewer-context';
import { toFormErrors } from '../modules/errors/utils/form-errors';
import { FeedError, FeedLoading } from '../modules/stream/components/feed-states';
import { PostCard } from '../modules/stream/components/post-card';
import { ReplyForm } from '../modules/stream/components/reply-form';
import { ReplyItem } from '../modules/stream/components/reply-item';
import {
  AcceptAnswerMutation,
  ClearAcceptedAnswerMutation,
  PostPageQuery,
} from '../modules/stream/graphql/stream.operations';

export function PostPage() {
  const { id = '' } = useParams();
  const viewer = useCurrentViewer();
  const { data, loading, error } = useQuery(PostPageQuery, { variables: { id } });
  const post = data?.post ?? null;
  const [status, setStatus] = useState('');
  const [actionError, setActionError] = useState<string | null>(null);
  const [accept, acceptState] = useMutation(AcceptAnswerMutation, {
    refetchQueries: ['PostPage'],
  });
  const [clear, clearState] = useMutation(ClearAcceptedAnswerMutation, {
    refetchQueries: ['PostPage'],
  });
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

  return (
    <div className="page stack-lg">
      <h1 className="ol-visually-hidden">{title}</h1>
      <PostCard post={post} linkToPost={false}>
        {accepted ? (
          <section className="accepted" aria-labelledby="accepted-title">
            <h2 id="accepted-title" className="accepted__title">
              Accepted answer
            </h2>
            <ReplyItem
              reply={accepted}
              accepted
              idPrefix="accepted"
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
      <p role="status" className="composer__status">
        {status}
      </p>
      {actionError ? (
        <Alert tone="error" title="That did not work">
          <p>{actionError}</p>
        </Alert>
      ) : null}
      <section aria-labelledby="replies-title" className="stack">
        <h2 id="replies-title" className="section-title">
          {replies.length === 0
            ? 'No replies yet'
            : `${replies.length} ${replies.length === 1 ? 'reply' : 'replies'}`}
        </h2>
        {replies.length > 0 ? (
          <ol className="reply-list">
            {replies.map((reply) => (
              <li key={reply.id}>
                <ReplyItem
                  reply={reply}
                  accepted={accepted?.id === reply.id}
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
        {post.isDeleted ? null : <ReplyForm postId={post.id} isQuestion={post.isQuestion} />}
      </section>
    </div>
  );
}
