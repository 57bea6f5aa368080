import { useMutation, useQuery } from '@apollo/client/react';
import { useTranslation } from '@outloud/web-i18n';
import { ChatIcon, EmptyState } from '@outloud/web-ui';
import {
  FollowUserMutation,
  UnfollowUserMutation,
  UserBoardQuery,
} from '../graphql/stream.operations';
import { Composer } from './composer';
import { FeedError, FeedLoading } from './feed-states';
import { FollowButton } from './follow-button';
import { PostList } from './post-list';

export interface PersonBoardProps {
  handle: string;
  displayName: string;
  isSelf: boolean;
}

/** Follow button, follower count, a composer for their board and the board itself. */
export function PersonBoard({ handle, displayName, isSelf }: PersonBoardProps) {
  const { t } = useTranslation('stream');
  const { data, loading, error, fetchMore } = useQuery(UserBoardQuery, {
    variables: { handle },
    notifyOnNetworkStatusChange: true,
  });
  const [follow, followState] = useMutation(FollowUserMutation);
  const [unfollow, unfollowState] = useMutation(UnfollowUserMutation);
  const user = data?.user;
  const board = user?.board;
  const firstName = displayName.trim().split(/\s+/)[0] || handle;

  return (
    <section className="stack-lg" aria-labelledby="board-title">
      <div className="board__bar card">
        <p className="board__followers">
          {user ? t('board.followers', { count: user.followerCount }) : '\u00a0'}
        </p>
        {user && !isSelf ? (
          <FollowButton
            following={user.viewerFollows}
            name={displayName}
            busy={followState.loading || unfollowState.loading}
            onToggle={() =>
              void (user.viewerFollows ? unfollow : follow)({ variables: { handle } })
            }
          />
        ) : null}
      </div>
      <h2 id="board-title" className="section-title">
        {isSelf ? t('board.yours') : t('board.theirs', { name: firstName })}
      </h2>
      {isSelf ? null : (
        <Composer
          boardHandle={handle}
          boardName={displayName}
          label={t('board.writeOn', { name: firstName })}
        />
      )}
      {loading && !data ? (
        <FeedLoading />
      ) : error && !board ? (
        <FeedError error={error} />
      ) : (
        <PostList
          label={isSelf ? t('board.yours') : t('board.theirs', { name: firstName })}
          items={(board?.nodes ?? []).map((post) => ({ post }))}
          hasMore={board?.pageInfo.hasNextPage ?? false}
          loadingMore={loading && Boolean(data)}
          onLoadMore={() => void fetchMore({ variables: { after: board?.pageInfo.endCursor } })}
          empty={
            <EmptyState
              headingLevel={3}
              icon={<ChatIcon size={28} />}
              title={t('board.emptyTitle')}
              description={
                <p>{isSelf ? t('board.emptySelf') : t('board.emptyOther', { name: firstName })}</p>
              }
            />
          }
        />
      )}
    </section>
  );
}
