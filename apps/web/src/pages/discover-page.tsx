import { useQuery } from '@apollo/client/react';
import { useTranslation } from '@outloud/web-i18n';
import { ChatIcon, EmptyState } from '@outloud/web-ui';
import { usePageTitle } from '../app/layout/use-page-title';
import { useCurrentViewer } from '../modules/auth/hooks/viewer-context';
import { NewPostsBanner } from '../modules/realtime/components/new-posts-banner';
import { useNewPosts } from '../modules/realtime/hooks/use-new-posts';
import { FeedError, FeedLoading } from '../modules/stream/components/feed-states';
import { PostList } from '../modules/stream/components/post-list';
import { DiscoverQuery } from '../modules/stream/graphql/stream.operations';

export function DiscoverPage() {
  const { t } = useTranslation('stream');
  usePageTitle(t('discover.title'));
  const { data, loading, error, fetchMore, refetch } = useQuery(DiscoverQuery, {
    notifyOnNetworkStatusChange: true,
  });
  const newPosts = useNewPosts(useCurrentViewer().id);
  const feed = data?.discover;
  return (
    <div className="page stack-lg">
      <header className="page__header">
        <h1>{t('discover.title')}</h1>
        <p className="page__lead">{t('discover.lead')}</p>
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
          label={t('discover.all')}
          items={(feed?.nodes ?? []).map((post) => ({ post }))}
          hasMore={feed?.pageInfo.hasNextPage ?? false}
          loadingMore={loading && Boolean(data)}
          onLoadMore={() => void fetchMore({ variables: { after: feed?.pageInfo.endCursor } })}
          empty={
            <EmptyState
              icon={<ChatIcon size={28} />}
              title={t('discover.emptyTitle')}
              description={<p>{t('discover.emptyBody')}</p>}
            />
          }
        />
      )}
    </div>
  );
}
