import { useQuery } from '@apollo/client/react';
import { ChatIcon, EmptyState } from '@outloud/web-ui';
import { usePageTitle } from '../app/layout/use-page-title';
import { FeedError, FeedLoading } from '../modules/stream/components/feed-states';
import { PostList } from '../modules/stream/components/post-list';
import { DiscoverQuery } from '../modules/stream/graphql/stream.operations';

export function DiscoverPage() {
  usePageTitle('Discover');
  const { data, loading, error, fetchMore } = useQuery(DiscoverQuery, {
    notifyOnNetworkStatusChange: true,
  });
  const feed = data?.discover;
  return (
    <div className="page stack-lg">
      <header className="page__header">
        <h1>Discover</h1>
        <p className="page__lead">
          Everything posted in the open across the company, newest first.
        </p>
      </header>
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
