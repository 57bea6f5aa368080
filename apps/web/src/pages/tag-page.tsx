import { useMutation, useQuery } from '@apollo/client/react';
import { ChatIcon, EmptyState } from '@outloud/web-ui';
import { useParams } from 'react-router-dom';
import { usePageTitle } from '../app/layout/use-page-title';
import { FeedError, FeedLoading } from '../modules/stream/components/feed-states';
import { FollowButton } from '../modules/stream/components/follow-button';
import { PostList } from '../modules/stream/components/post-list';
import {
  FollowTagMutation,
  TagQuery,
  UnfollowTagMutation,
} from '../modules/stream/graphql/stream.operations';

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

export function TagPage() {
  const { name = '' } = useParams();
  usePageTitle(`#${name}`);
  const { data, loading, error, fetchMore } = useQuery(TagQuery, {
    variables: { name },
    notifyOnNetworkStatusChange: true,
  });
  const [follow, followState] = useMutation(FollowTagMutation);
  const [unfollow, unfollowState] = useMutation(UnfollowTagMutation);
  const tag = data?.tag;
  const feed = data?.taggedPosts;

  return (
    <div className="page stack-lg">
      <header className="page__header page__header--row">
        <div>
          <h1>#{tag?.name ?? name}</h1>
          {tag ? (
            <p className="page__lead">
              {plural(tag.postCount, 'post', 'posts')} ·{' '}
              {plural(tag.followerCount, 'follower', 'followers')}
            </p>
          ) : null}
        </div>
        {tag ? (
          <FollowButton
            following={tag.viewerFollows}
            name={`#${tag.name}`}
            busy={followState.loading || unfollowState.loading}
            onToggle={() =>
              void (tag.viewerFollows ? unfollow : follow)({ variables: { name: tag.name } })
            }
          />
        ) : null}
      </header>
      {loading && !data ? (
        <FeedLoading />
      ) : error && !feed ? (
        <FeedError error={error} />
      ) : (
        <PostList
          label={`Posts tagged #${name}`}
          items={(feed?.nodes ?? []).map((post) => ({ post }))}
          hasMore={feed?.pageInfo.hasNextPage ?? false}
          loadingMore={loading && Boolean(data)}
          onLoadMore={() => void fetchMore({ variables: { after: feed?.pageInfo.endCursor } })}
          empty={
            <EmptyState
              icon={<ChatIcon size={28} />}
              title={`Nothing tagged #${name} yet`}
              description={<p>Add #{name} to a post to start the conversation here.</p>}
            />
          }
        />
      )}
    </div>
  );
}
