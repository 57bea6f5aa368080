import { useMutation, useQuery } from '@apollo/client/react';
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
          {user
            ? `${user.followerCount} ${user.followerCount === 1 ? 'follower' : 'followers'}`
            : '\u00a0'}
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
        {isSelf ? 'Your board' : `${firstName}’s board`}
      </h2>
      {isSelf ? null : (
        <Composer
          boardHandle={handle}
          boardName={displayName}
          label={`Write on ${firstName}’s board`}
        />
      )}
      {loading && !data ? (
        <FeedLoading />
      ) : error && !board ? (
        <FeedError error={error} />
      ) : (
        <PostList
          label={isSelf ? 'Your board' : `${firstName}’s board`}
          items={(board?.nodes ?? []).map((post) => ({ post }))}
          hasMore={board?.pageInfo.hasNextPage ?? false}
          loadingMore={loading && Boolean(data)}
          onLoadMore={() => void fetchMore({ variables: { after: board?.pageInfo.endCursor } })}
          empty={
            <EmptyState
              headingLevel={3}
              icon={<ChatIcon size={28} />}
              title="Nothing here yet"
              description={
                <p>
                  Posts by {isSelf ? 'you' : firstName}, on {isSelf ? 'your' : 'their'} board and
                  mentioning {isSelf ? 'you' : 'them'} appear here.
                </p>
              }
            />
          }
        />
      )}
    </section>
  );
}
