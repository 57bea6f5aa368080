import { useQuery } from '@apollo/client/react';
import { Button, TextField } from '@outloud/web-ui';
import { useState, type FormEvent } from 'react';
import { useSearchParams } from 'react-router-dom';
import { usePageTitle } from '../app/layout/use-page-title';
import { useCurrentViewer } from '../modules/auth/hooks/viewer-context';
import { BookmarkForm } from '../modules/bookmarks/components/bookmark-form';
import { BookmarkList } from '../modules/bookmarks/components/bookmark-list';
import {
  BookmarksQuery,
  PopularBookmarksQuery,
} from '../modules/bookmarks/graphql/bookmarks.operations';
import { FeedError, FeedLoading } from '../modules/stream/components/feed-states';

type Tab = 'mine' | 'popular' | 'tag';
const TABS: readonly { value: Tab; label: string }[] = [
  { value: 'mine', label: 'Mine' },
  { value: 'popular', label: 'Popular' },
  { value: 'tag', label: 'By tag' },
];

function Bookmarks({ ownerHandle, tag }: { ownerHandle?: string; tag?: string }) {
  const { data, loading, error, fetchMore } = useQuery(BookmarksQuery, {
    variables: { ownerHandle: ownerHandle ?? null, tag: tag ?? null, first: 20 },
    notifyOnNetworkStatusChange: true,
  });
  if (loading && !data) return <FeedLoading label="Loading bookmarks…" />;
  if (error && !data) return <FeedError error={error} title="Could not load bookmarks" />;
  const page = data?.bookmarks;
  return (
    <>
      <BookmarkList
        label={tag ? `Bookmarks tagged ${tag}` : 'My bookmarks'}
        items={(page?.nodes ?? []).map((bookmark) => ({ bookmark }))}
      />
      {page?.pageInfo.hasNextPage ? (
        <Button
          variant="secondary"
          busy={loading}
          onClick={() =>
            void fetchMore({
              variables: { after: page.pageInfo.endCursor },
              updateQuery: (previous, { fetchMoreResult }) => ({
                bookmarks: {
                  ...fetchMoreResult.bookmarks,
                  nodes: [...(previous.bookmarks?.nodes ?? []), ...fetchMoreResult.bookmarks.nodes],
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

function PopularBookmarks() {
  const { data, loading, error } = useQuery(PopularBookmarksQuery, {
    variables: { limit: 30 },
    fetchPolicy: 'cache-and-network',
  });
  if (loading && !data) return <FeedLoading label="Loading bookmarks…" />;
  if (error && !data) return <FeedError error={error} title="Could not load bookmarks" />;
  return (
    <BookmarkList
      label="Popular bookmarks"
      items={(data?.popularBookmarks ?? []).map((item) => ({
        bookmark: item.bookmark,
        count: item.saveCount,
      }))}
    />
  );
}

export function BookmarksPage() {
  usePageTitle('Bookmarks');
  const viewer = useCurrentViewer();
  const [params, setParams] = useSearchParams();
  const tab: Tab = TABS.find((option) => option.value === params.get('tab'))?.value ?? 'mine';
  const tag = params.get('tag')?.trim().replace(/^#/, '') || '';
  const [tagDraft, setTagDraft] = useState(tag);

  const set = (next: { tab?: Tab; tag?: string }) => {
    const merged = new URLSearchParams(params);
    const nextTab = next.tab ?? tab;
    if (nextTab === 'mine') merged.delete('tab');
    else merged.set('tab', nextTab);
    const nextTag = next.tag ?? tag;
    if (nextTab === 'tag' && nextTag) merged.set('tag', nextTag);
    else merged.delete('tag');
    setParams(merged, { replace: true });
  };

  const onTag = (event: FormEvent) => {
    event.preventDefault();
    set({ tab: 'tag', tag: tagDraft.trim().replace(/^#/, '') });
  };

  return (
    <div className="page stack-lg">
      <header className="page__header">
        <h1>Bookmarks</h1>
        <p className="page__lead">
          Useful links, posts and files, saved out loud so the next person finds them too.
        </p>
      </header>
      <BookmarkForm />
      <div className="filters">
        <fieldset className="segmented">
          <legend className="ol-visually-hidden">Which bookmarks</legend>
          {TABS.map((option) => (
            <label key={option.value} className="segmented__option">
              <input
                type="radio"
                name="bookmarks-tab"
                value={option.value}
                checked={tab === option.value}
                onChange={() => set({ tab: option.value })}
              />
              <span>{option.label}</span>
            </label>
          ))}
        </fieldset>
        {tab === 'tag' ? (
          <form className="filters__tag" onSubmit={onTag} role="search" aria-label="Tag filter">
            <TextField
              label="Tag"
              value={tagDraft}
              placeholder="e.g. onboarding"
              onChange={(event) => setTagDraft(event.target.value)}
            />
            <Button type="submit" variant="secondary">
              Show
            </Button>
          </form>
        ) : null}
      </div>
      <section aria-label="Bookmarks" className="stack">
        {tab === 'mine' ? (
          <Bookmarks ownerHandle={viewer.handle} />
        ) : tab === 'popular' ? (
          <PopularBookmarks />
        ) : tag ? (
          <Bookmarks tag={tag} />
        ) : (
          <p className="muted">Type a tag to see what people saved with it.</p>
        )}
      </section>
    </div>
  );
}
