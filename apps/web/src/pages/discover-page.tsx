import { useQuery } from '@apollo/client/react';
import { ChatIcon, EmptyState } from '@outloud/web-ui';
import { usePageTitle } from '../app/layout/use-page-title';
import { useCurrentViewer } from '../modules/auth/hooks/viewer-context';
import { NewPostsBanner } from '../modules/realtime/components/new-posts-banner';
import { useNewPosts } from '../modules/realtime/hooks/use-new-posts';
import { FeedError, FeedLoading } from '../modules/stream/components/feed-states';
import { PostList } from '../modules/stream/components/post-list';
import { DiscoverQuery } from '../modules/stream/graphql/stream.operations';

export function DiscoverPage() {
  usePageTitle('Discover');
  const { data, loading, error, fetchMore, refetch } = useQuery(DiscoverQuery, {
    notifyOnNetworkStatusChange: true,
  });
  const newPosts = useNewPosts(useCurrentViewer().id);
  const feed = data?.discover;
  return (
    <div className="page stack-lg">
      <header className="page__header">
        <h1>Discover</h1>
        <p className="page__lead">
          Everything posted in the open across the company, newest first.
        </p>
      </header>
      <NewPostsBanner
        count={newPosts.count}
        onShow={async () => {
          await refetch();
          newPosts.reset();
        }}
      />
      {loading && !data ? (
        <FeedLoading />
      ) : error && !feed ? (
        <FeedError error={error} />
      ) : (
        <PostList
          label="All posts"
          items={(feed?.nodes ?? []).map((post) => ({ post }))}
          hasMore={feed?.pageInfo.hasNextPage ?? false}
          loadingMore={loading && Boolean(data)}
          onLoadMore={() => void fetchMore({ variables: { after: feed?.pageInfo.endCursor } })}
          empty={
            <EmptyState
              icon={<ChatIcon size={28} />}
              title="Nothing posted yet"
              description={<p>Be the first: ask a question out loud from Home.</p>}
            />
          }
        />
      )}
    </div>
  );
}
