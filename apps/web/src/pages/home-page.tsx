import { useQuery } from '@apollo/client/react';
import { Trans, useTranslation } from '@outloud/web-i18n';
import { ChatIcon, EmptyState } from '@outloud/web-ui';
import { useRef } from 'react';
import { usePageTitle } from '../app/layout/use-page-title';
import { useShortcut } from '../app/shortcuts/use-shortcut';
import { useCurrentViewer } from '../modules/auth/hooks/viewer-context';
import { ProfileNudge } from '../modules/home/components/profile-nudge';
import { TrendingTags } from '../modules/home/components/trending-tags';
import { NewPostsBanner } from '../modules/realtime/components/new-posts-banner';
import { useNewPosts } from '../modules/realtime/hooks/use-new-posts';
import { Composer } from '../modules/stream/components/composer';
import { FeedError, FeedLoading } from '../modules/stream/components/feed-states';
import { PostList } from '../modules/stream/components/post-list';
import { HomeFeedQuery } from '../modules/stream/graphql/stream.operations';

export function HomePage() {
  const { t } = useTranslation('stream');
  usePageTitle(t('home.title'));
  const viewer = useCurrentViewer();
  const firstName = viewer.displayName.trim().split(/\s+/)[0] || viewer.handle;
  const { data, loading, error, fetchMore, refetch } = useQuery(HomeFeedQuery, {
    notifyOnNetworkStatusChange: true,
  });
  const feed = data?.homeFeed;
  const loadingMore = loading && Boolean(data);
  const composerRef = useRef<HTMLTextAreaElement>(null);
  const newPosts = useNewPosts(viewer.id);
  // "n": new post. Listed in the Keyboard shortcuts help.
  useShortcut('n', () => {
    const box = composerRef.current;
    if (!box) return;
    box.focus();
    box.scrollIntoView?.({ block: 'center' });
  });

  return (
    <div className="page stack-lg">
      <header className="page__header">
        <h1>{t('home.welcome', { name: firstName })}</h1>
        <p className="page__lead">{t('home.lead')}</p>
      </header>
      <ProfileNudge
        percent={viewer.profileCompleteness.percent}
        missing={viewer.profileCompleteness.missing}
      />
      <div className="home-grid">
        <div className="stack-lg">
          <Composer label={t('home.composer')} inputRef={composerRef} communityPicker />
          <h2 className="section-title">{t('home.feed')}</h2>
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
              label={t('home.feed')}
              items={(feed?.edges ?? []).map((edge) => ({
                post: edge.node,
                reasons: edge.reasons,
              }))}
              hasMore={feed?.pageInfo.hasNextPage ?? false}
              loadingMore={loadingMore}
              onLoadMore={() => void fetchMore({ variables: { after: feed?.pageInfo.endCursor } })}
              empty={
                <EmptyState
                  headingLevel={3}
                  icon={<ChatIcon size={28} />}
                  title={t('home.emptyTitle')}
                  description={
                    <>
                      <p>{t('home.emptyBody1')}</p>
                      <p>
                        <Trans
                          t={t}
                          i18nKey="home.emptyBody2"
                          components={{ strong: <strong /> }}
                        />
                      </p>
                    </>
                  }
                />
              }
            />
          )}
        </div>
        <div>
          <TrendingTags />
        </div>
      </div>
    </div>
  );
}
