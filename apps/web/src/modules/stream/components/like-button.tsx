import { useMutation } from '@apollo/client/react';
import { useFormat, useTranslation } from '@outloud/web-i18n';
import { HeartIcon, cx } from '@outloud/web-ui';
import {
  LikePostMutation,
  LikeReplyMutation,
  UnlikePostMutation,
  UnlikeReplyMutation,
} from '../graphql/stream.operations';

export interface LikeButtonProps {
  /** The post's id, or the reply's id when `kind` is "reply". */
  postId: string;
  kind?: 'post' | 'reply';
  liked: boolean;
  count: number;
  /** Says what is liked, e.g. the id of the reply's author link. */
  describedBy?: string;
}

export function LikeButton({ postId, kind = 'post', liked, count, describedBy }: LikeButtonProps) {
  const { t } = useTranslation('stream');
  const format = useFormat();
  const [likePost, likePostState] = useMutation(LikePostMutation);
  const [unlikePost, unlikePostState] = useMutation(UnlikePostMutation);
  const [likeReply, likeReplyState] = useMutation(LikeReplyMutation);
  const [unlikeReply, unlikeReplyState] = useMutation(UnlikeReplyMutation);
  const busy =
    likePostState.loading ||
    unlikePostState.loading ||
    likeReplyState.loading ||
    unlikeReplyState.loading;
  const toggle = () => {
    const variables = { id: postId };
    const values = {
      id: postId,
      likeCount: Math.max(0, count + (liked ? -1 : 1)),
      viewerHasLiked: !liked,
    };
    if (kind === 'reply') {
      const optimistic = { __typename: 'Reply' as const, ...values };
      if (liked) void unlikeReply({ variables, optimisticResponse: { unlikeReply: optimistic } });
      else void likeReply({ variables, optimisticResponse: { likeReply: optimistic } });
      return;
    }
    const optimistic = { __typename: 'Post' as const, ...values };
    if (liked) void unlikePost({ variables, optimisticResponse: { unlikePost: optimistic } });
    else void likePost({ variables, optimisticResponse: { likePost: optimistic } });
  };
  return (
    <button
      type="button"
      className={cx('post-action', liked && 'post-action--on')}
      aria-pressed={liked}
      aria-describedby={describedBy}
      disabled={busy}
      onClick={toggle}
    >
      <HeartIcon size={16} filled={liked} /> {t('like.label')}
      <span className="post-action__count">
        <span className="ol-visually-hidden">{t('like.countSeparator')}</span>
        {format.number(count)}
      </span>
    </button>
  );
}
