import { useQuery } from '@apollo/client/react';
import { useTranslation } from '@outloud/web-i18n';
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
const TABS: readonly Tab[] = ['mine', 'popular', 'tag'];

function Bookmarks({ ownerHandle, tag }: { ownerHandle?: string; tag?: string }) {
  const { t } = useTranslation('bookmarks');
  const { data, loading, error, fetchMore } = useQuery(BookmarksQuery, {
    variables: { ownerHandle: ownerHandle ?? null, tag: tag ?? null, first: 20 },
    notifyOnNetworkStatusChange: true,
  });
  if (loading && !data) return <FeedLoading label={t('page.loading')} />;
  if (error && !data) return <FeedError error={error} title={t('page.loadError')} />;
  const page = data?.bookmarks;
  return (
    <>
      <BookmarkList
        label={tag ? t('page.tagged', { tag }) : t('page.mine')}
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
          {t('page.loadMore')}
        </Button>
      ) : null}
    </>
  );
}

function PopularBookmarks() {
  const { t } = useTranslation('bookmarks');
  const { data, loading, error } = useQuery(PopularBookmarksQuery, {
    variables: { limit: 30 },
    fetchPolicy: 'cache-and-network',
  });
  if (loading && !data) return <FeedLoading label={t('page.loading')} />;
  if (error && !data) return <FeedError error={error} title={t('page.loadError')} />;
  return (
    <BookmarkList
      label={t('page.popular')}
      items={(data?.popularBookmarks ?? []).map((item) => ({
        bookmark: item.bookmark,
        count: item.saveCount,
      }))}
    />
  );
}

export function BookmarksPage() {
  const { t } = useTranslation('bookmarks');
  usePageTitle(t('page.title'));
  const viewer = useCurrentViewer();
  const [params, setParams] = useSearchParams();
  const tab: Tab = TABS.find((option) => option === params.get('tab')) ?? 'mine';
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
        <h1>{t('page.title')}</h1>
        <p className="page__lead">{t('page.lead')}</p>
      </header>
      <BookmarkForm />
      <div className="filters">
        <fieldset className="segmented">
          <legend className="ol-visually-hidden">{t('page.which')}</legend>
          {TABS.map((option) => (
            <label key={option} className="segmented__option">
              <input
                type="radio"
                name="bookmarks-tab"
                value={option}
                checked={tab === option}
                onChange={() => set({ tab: option })}
              />
              <span>{t(`page.tab.${option}`)}</span>
            </label>
          ))}
        </fieldset>
        {tab === 'tag' ? (
          <form
            className="filters__tag"
            onSubmit={onTag}
            role="search"
            aria-label={t('page.tagFilter')}
          >
            <TextField
              label={t('page.tag')}
              value={tagDraft}
              placeholder={t('page.tagPlaceholder')}
              onChange={(event) => setTagDraft(event.target.value)}
            />
            <Button type="submit" variant="secondary">
              {t('page.show')}
            </Button>
          </form>
        ) : null}
      </div>
      <section aria-label={t('page.title')} className="stack">
        {tab === 'mine' ? (
          <Bookmarks ownerHandle={viewer.handle} />
        ) : tab === 'popular' ? (
          <PopularBookmarks />
        ) : tag ? (
          <Bookmarks tag={tag} />
        ) : (
          <p className="muted">{t('page.typeTag')}</p>
        )}
      </section>
    </div>
  );
}
