import { useApolloClient, useQuery } from '@apollo/client/react';
import { useTranslation } from '@outloud/web-i18n';
import { Button } from '@outloud/web-ui';
import { useId } from 'react';
import { useSearchParams } from 'react-router-dom';
import { usePageTitle } from '../app/layout/use-page-title';
import type { FilePopularity } from '../generated/graphql';
import { useCurrentViewer } from '../modules/auth/hooks/viewer-context';
import { MyCommunitiesQuery } from '../modules/communities/graphql/communities.operations';
import { FileList } from '../modules/files/components/file-list';
import { UploadForm } from '../modules/files/components/upload-form';
import { MyFilesQuery, PopularFilesQuery } from '../modules/files/graphql/files.operations';
import { FeedError, FeedLoading } from '../modules/stream/components/feed-states';

type Tab = 'mine' | 'popular' | 'community';
/** Lists refetched after an upload. */
const FILE_LISTS = ['MyFiles', 'PopularFiles'];
const TABS: readonly Tab[] = ['mine', 'popular', 'community'];

function MyFiles({ handle }: { handle: string }) {
  const { t } = useTranslation('files');
  const { data, loading, error, fetchMore } = useQuery(MyFilesQuery, {
    variables: { ownerHandle: handle, first: 20 },
    notifyOnNetworkStatusChange: true,
  });
  if (loading && !data) return <FeedLoading label={t('library.loading')} />;
  if (error && !data) return <FeedError error={error} title={t('library.loadError')} />;
  const page = data?.files;
  return (
    <>
      <FileList label={t('library.mine')} files={page?.nodes ?? []} />
      {page?.pageInfo.hasNextPage ? (
        <Button
          variant="secondary"
          busy={loading}
          onClick={() =>
            void fetchMore({
              variables: { after: page.pageInfo.endCursor },
              updateQuery: (previous, { fetchMoreResult }) => ({
                files: {
                  ...fetchMoreResult.files,
                  nodes: [...(previous.files?.nodes ?? []), ...fetchMoreResult.files.nodes],
                },
              }),
            })
          }
        >
          {t('library.loadMore')}
        </Button>
      ) : null}
    </>
  );
}

function PopularFiles({ by, communityId }: { by: FilePopularity; communityId?: string | null }) {
  const { t } = useTranslation('files');
  const { data, loading, error } = useQuery(PopularFilesQuery, {
    variables: { by, communityId: communityId ?? null, limit: 20 },
    fetchPolicy: 'cache-and-network',
  });
  if (loading && !data) return <FeedLoading label={t('library.loading')} />;
  if (error && !data) return <FeedError error={error} title={t('library.loadError')} />;
  return (
    <FileList
      label={by === 'DOWNLOADS' ? t('library.mostDownloaded') : t('library.mostLiked')}
      files={data?.popularFiles ?? []}
      empty={<p>{t('library.nothingPopular')}</p>}
    />
  );
}

export function LibraryPage() {
  const { t } = useTranslation('files');
  usePageTitle(t('library.title'));
  const uid = useId().replace(/:/g, '');
  const viewer = useCurrentViewer();
  const client = useApolloClient();
  const [params, setParams] = useSearchParams();
  const tab: Tab = TABS.find((option) => option === params.get('tab')) ?? 'mine';
  const by: FilePopularity = params.get('by') === 'LIKES' ? 'LIKES' : 'DOWNLOADS';
  const communityId = params.get('community');
  const mine = useQuery(MyCommunitiesQuery, { skip: tab !== 'community' });
  const communities = mine.data?.communities.nodes ?? [];

  const set = (key: string, value: string | null) => {
    const next = new URLSearchParams(params);
    if (value) next.set(key, value);
    else next.delete(key);
    setParams(next, { replace: true });
  };

  return (
    <div className="page stack-lg">
      <header className="page__header">
        <h1>{t('library.title')}</h1>
        <p className="page__lead">{t('library.lead')}</p>
      </header>
      <UploadForm
        communityId={tab === 'community' ? communityId : null}
        onUploaded={() => void client.refetchQueries({ include: FILE_LISTS })}
      />
      <div className="filters">
        <fieldset className="segmented">
          <legend className="ol-visually-hidden">{t('library.which')}</legend>
          {TABS.map((option) => (
            <label key={option} className="segmented__option">
              <input
                type="radio"
                name="library-tab"
                value={option}
                checked={tab === option}
                onChange={() => set('tab', option === 'mine' ? null : option)}
              />
              <span>{t(`library.tab.${option}`)}</span>
            </label>
          ))}
        </fieldset>
        {tab !== 'mine' ? (
          <div className="library__by">
            <label htmlFor={`${uid}-by`}>{t('library.sortBy')}</label>
            <select
              id={`${uid}-by`}
              className="ol-input ol-select"
              value={by}
              onChange={(event) => set('by', event.target.value === 'LIKES' ? 'LIKES' : null)}
            >
              <option value="DOWNLOADS">{t('library.byDownloads')}</option>
              <option value="LIKES">{t('library.byLikes')}</option>
            </select>
          </div>
        ) : null}
        {tab === 'community' ? (
          <div className="library__by">
            <label htmlFor={`${uid}-community`}>{t('library.community')}</label>
            <select
              id={`${uid}-community`}
              className="ol-input ol-select"
              value={communityId ?? ''}
              onChange={(event) => set('community', event.target.value || null)}
            >
              <option value="">{t('library.chooseCommunity')}</option>
              {communities.map((community) => (
                <option key={community.id} value={community.id}>
                  {community.name}
                </option>
              ))}
            </select>
          </div>
        ) : null}
      </div>
      <section aria-label={t('library.files')} className="stack">
        {tab === 'mine' ? (
          <MyFiles handle={viewer.handle} />
        ) : tab === 'popular' ? (
          <PopularFiles by={by} />
        ) : communityId ? (
          <PopularFiles by={by} communityId={communityId} />
        ) : (
          <p className="muted">
            {mine.loading ? t('library.loadingCommunities') : t('library.pickCommunity')}
          </p>
        )}
      </section>
    </div>
  );
}
