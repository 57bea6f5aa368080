import { useMutation, useQuery } from '@apollo/client/react';
import { useTranslation } from '@outloud/web-i18n';
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

export function TagPage() {
  const { t } = useTranslation('stream');
  const { name = '' } = useParams();
  usePageTitle(t('tagPage.title', { name }));
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
          <h1>{t('tagPage.title', { name: tag?.name ?? name })}</h1>
          {tag ? (
            <p className="page__lead">
              {t('tagPage.counts', { posts: tag.postCount, followers: tag.followerCount })}
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
          label={t('tagPage.posts', { name })}
          items={(feed?.nodes ?? []).map((post) => ({ post }))}
          hasMore={feed?.pageInfo.hasNextPage ?? false}
          loadingMore={loading && Boolean(data)}
          onLoadMore={() => void fetchMore({ variables: { after: feed?.pageInfo.endCursor } })}
          empty={
            <EmptyState
              icon={<ChatIcon size={28} />}
              title={t('tagPage.emptyTitle', { name })}
              description={<p>{t('tagPage.emptyBody', { name })}</p>}
            />
          }
        />
      )}
    </div>
  );
}
