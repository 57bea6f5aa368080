import { useMutation } from '@apollo/client/react';
import { cx } from '@outloud/web-ui';
import { LikePostMutation, UnlikePostMutation } from '../graphql/stream.operations';

export interface LikeButtonProps {
  postId: string;
  liked: boolean;
  count: number;
}

export function LikeButton({ postId, liked, count }: LikeButtonProps) {
  const [like, likeState] = useMutation(LikePostMutation);
  const [unlike, unlikeState] = useMutation(UnlikePostMutation);
  const busy = likeState.loading || unlikeState.loading;
  const toggle = () => {
    const variables = { id: postId };
    const optimistic = {
      __typename: 'Post' as const,
      id: postId,
      likeCount: Math.max(0, count + (liked ? -1 : 1)),
      viewerHasLiked: !liked,
    };
    if (liked) void unlike({ variables, optimisticResponse: { unlikePost: optimistic } });
    else void like({ variables, optimisticResponse: { likePost: optimistic } });
  };
  return (
    <button
      type="button"
      className={cx('post-action', liked && 'post-action--on')}
      aria-pressed={liked}
      disabled={busy}
      onClick={toggle}
    >
      <span aria-hidden="true">{liked ? '♥' : '♡'}</span> Like
      <span className="post-action__count">
        <span className="ol-visually-hidden">, </span>
        {count}
      </span>
    </button>
  );
}
