import { useApolloClient, useQuery } from '@apollo/client/react';
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
const TABS: readonly { value: Tab; label: string }[] = [
  { value: 'mine', label: 'My files' },
  { value: 'popular', label: 'Popular company-wide' },
  { value: 'community', label: 'By community' },
];

function MyFiles({ handle }: { handle: string }) {
  const { data, loading, error, fetchMore } = useQuery(MyFilesQuery, {
    variables: { ownerHandle: handle, first: 20 },
    notifyOnNetworkStatusChange: true,
  });
  if (loading && !data) return <FeedLoading label="Loading files…" />;
  if (error && !data) return <FeedError error={error} title="Could not load files" />;
  const page = data?.files;
  return (
    <>
      <FileList label="My files" files={page?.nodes ?? []} />
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
          Load more
        </Button>
      ) : null}
    </>
  );
}

function PopularFiles({ by, communityId }: { by: FilePopularity; communityId?: string | null }) {
  const { data, loading, error } = useQuery(PopularFilesQuery, {
    variables: { by, communityId: communityId ?? null, limit: 20 },
    fetchPolicy: 'cache-and-network',
  });
  if (loading && !data) return <FeedLoading label="Loading files…" />;
  if (error && !data) return <FeedError error={error} title="Could not load files" />;
  return (
    <FileList
      label={by === 'DOWNLOADS' ? 'Most downloaded files' : 'Most liked files'}
      files={data?.popularFiles ?? []}
      empty={<p>Nothing has been downloaded or liked yet.</p>}
    />
  );
}

export function LibraryPage() {
  usePageTitle('Library');
  const uid = useId().replace(/:/g, '');
  const viewer = useCurrentViewer();
  const client = useApolloClient();
  const [params, setParams] = useSearchParams();
  const tab: Tab = TABS.find((option) => option.value === params.get('tab'))?.value ?? 'mine';
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
        <h1>Library</h1>
        <p className="page__lead">
          Documents shared out loud, so the standard version emerges. Public unless placed in a
          restricted community.
        </p>
      </header>
      <UploadForm
        communityId={tab === 'community' ? communityId : null}
        onUploaded={() => void client.refetchQueries({ include: ['MyFiles', 'PopularFiles'] })}
      />
      <div className="filters">
        <fieldset className="segmented">
          <legend className="ol-visually-hidden">Which files</legend>
          {TABS.map((option) => (
            <label key={option.value} className="segmented__option">
              <input
                type="radio"
                name="library-tab"
                value={option.value}
                checked={tab === option.value}
                onChange={() => set('tab', option.value === 'mine' ? null : option.value)}
              />
              <span>{option.label}</span>
            </label>
          ))}
        </fieldset>
        {tab !== 'mine' ? (
          <div className="library__by">
            <label htmlFor={`${uid}-by`}>Sort by</label>
            <select
              id={`${uid}-by`}
              className="ol-input ol-select"
              value={by}
              onChange={(event) => set('by', event.target.value === 'LIKES' ? 'LIKES' : null)}
            >
              <option value="DOWNLOADS">Most downloaded</option>
              <option value="LIKES">Most liked</option>
            </select>
          </div>
        ) : null}
        {tab === 'community' ? (
          <div className="library__by">
            <label htmlFor={`${uid}-community`}>Community</label>
            <select
              id={`${uid}-community`}
              className="ol-input ol-select"
              value={communityId ?? ''}
              onChange={(event) => set('community', event.target.value || null)}
            >
              <option value="">Choose one of your communities</option>
              {communities.map((community) => (
                <option key={community.id} value={community.id}>
                  {community.name}
                </option>
              ))}
            </select>
          </div>
        ) : null}
      </div>
      <section aria-label="Files" className="stack">
        {tab === 'mine' ? (
          <MyFiles handle={viewer.handle} />
        ) : tab === 'popular' ? (
          <PopularFiles by={by} />
        ) : communityId ? (
          <PopularFiles by={by} communityId={communityId} />
        ) : (
          <p className="muted">
            {mine.loading ? 'Loading your communities…' : 'Choose a community to see its files.'}
          </p>
        )}
      </section>
    </div>
  );
}
