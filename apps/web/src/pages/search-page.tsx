import { Trans, useTranslation } from '@outloud/web-i18n';
import { useQuery } from '@apollo/client/react';
import { Button, EmptyState, SearchIcon, Spinner } from '@outloud/web-ui';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useSearchParams } from 'react-router-dom';
import { usePageTitle } from '../app/layout/use-page-title';
import { useShortcut } from '../app/shortcuts/use-shortcut';
import { FeedError } from '../modules/stream/components/feed-states';
import {
  SearchCorrection,
  SearchNothingFound,
} from '../modules/search/components/search-correction';
import { PeopleWhoKnow } from '../modules/search/components/people-who-know';
import { SearchResults } from '../modules/search/components/search-results';
import {
  useReportEmptySearch,
  useReportSearchClick,
} from '../modules/analytics/hooks/use-knowledge-reuse-reports';
import { SearchQuery } from '../modules/search/graphql/search.operations';
import { useDebouncedValue } from '../modules/search/hooks/use-debounced-value';
import {
  readSearchParams,
  toSearchVariables,
  writeSearchParams,
  TYPE_FACET_VALUE,
  type SearchKind,
  type SearchState,
} from '../modules/search/utils/search-params';

const PAGE_SIZE = 20;
const KINDS: readonly SearchKind[] = ['ALL', 'POST', 'PERSON', 'FILE', 'BOOKMARK', 'COMMUNITY'];

function facetCount(facets: readonly { value: string; count: number }[], value: string) {
  return facets.find((facet) => facet.value === value)?.count;
}

export function SearchPage() {
  const { t } = useTranslation('search');
  usePageTitle(t('page.title'));
  const [params, setParams] = useSearchParams();
  const state = readSearchParams(params);
  const [draft, setDraft] = useState(state.q);
  const inputRef = useRef<HTMLInputElement>(null);
  const typed = useDebouncedValue(draft, 150);

  const update = (next: Partial<SearchState>) =>
    setParams(writeSearchParams({ ...state, ...next }), { replace: true });

  // Search as you type: the settled text goes into the address (and so into the query).
  useEffect(() => {
    // New words: spelling corrections apply again.
    if (typed.trim() !== state.q.trim()) update({ q: typed.trim() ? typed : '', exact: false });
    // eslint-disable-next-line react-hooks/exhaustive-deps -- only when the typed text settles
  }, [typed]);

  // The address changed from elsewhere (back button, a link): follow it.
  const [seenQ, setSeenQ] = useState(state.q);
  if (state.q !== seenQ) {
    setSeenQ(state.q);
    if (state.q.trim() !== draft.trim()) setDraft(state.q);
  }

  useShortcut('/', () => inputRef.current?.focus());

  const query = state.q.trim();
  const { types, filters } = toSearchVariables(state);
  const { data, previousData, loading, error, fetchMore } = useQuery(SearchQuery, {
    variables: { query, types, filters, first: PAGE_SIZE, literal: state.exact || null },
    skip: query === '',
    notifyOnNetworkStatusChange: true,
  });
  const result = (data ?? previousData)?.search;
  // Knowledge reuse: which answer people opened, and what they could not find (no person kept).
  const reportSearchClick = useReportSearchClick();
  useReportEmptySearch(
    query,
    !loading && data?.search.totalCount === 0,
    state.type !== 'ALL' || filters !== null,
  );
  const [loadingMore, setLoadingMore] = useState(false);

  const loadMore = async () => {
    if (!result?.pageInfo.endCursor) return;
    setLoadingMore(true);
    try {
      await fetchMore({
        variables: { after: result.pageInfo.endCursor },
        updateQuery: (previous, { fetchMoreResult }) => ({
          search: {
            ...fetchMoreResult.search,
            nodes: [...(previous.search?.nodes ?? []), ...fetchMoreResult.search.nodes],
          },
        }),
      });
    } finally {
      setLoadingMore(false);
    }
  };

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    update({ q: draft, exact: draft.trim() === state.q.trim() && state.exact });
  };

  const typeFacets = result?.facets.types ?? [];
  const tagFacets = result?.facets.tags ?? [];
  // Answered, tag and date filters narrow posts; other kinds turn them off.
  const postFiltersOn = state.type !== 'ALL' && state.type !== 'POST';

  return (
    <div className="page stack-lg">
      <header className="page__header">
        <h1>{t('page.title')}</h1>
        <p className="page__lead">{t('page.lead')}</p>
      </header>
      <form
        role="search"
        aria-label={t('page.formLabel')}
        className="search-box"
        onSubmit={onSubmit}
      >
        <label htmlFor="search-input" className="ol-field__label">
          {t('page.field')}
        </label>
        <div className="search-box__row">
          <input
            id="search-input"
            ref={inputRef}
            type="search"
            className="ol-input"
            value={draft}
            autoFocus
            autoComplete="off"
            placeholder={t('page.placeholder')}
            aria-describedby="search-hint"
            onChange={(event) => setDraft(event.target.value)}
          />
          <Button type="submit">{t('page.submit')}</Button>
        </div>
        <p id="search-hint" className="ol-field__hint">
          <Trans t={t} i18nKey="page.hint" components={{ kbd: <kbd /> }} />
        </p>
      </form>

      <div className="search-layout">
        <aside className="search-filters card stack" aria-label={t('page.filters')}>
          <fieldset className="stack-sm">
            <legend className="search-filters__legend">{t('page.show')}</legend>
            {KINDS.map((kind) => {
              const count =
                kind === 'ALL'
                  ? result?.totalCount
                  : facetCount(typeFacets, TYPE_FACET_VALUE[kind]);
              return (
                <label key={kind} className="search-filters__option">
                  <input
                    type="radio"
                    name="search-type"
                    value={kind}
                    checked={state.type === kind}
                    onChange={() =>
                      update(
                        kind !== 'ALL' && kind !== 'POST'
                          ? { type: kind, tag: null, answered: false, from: null, to: null }
                          : { type: kind },
                      )
                    }
                  />
                  <span>
                    {t(`page.kind.${kind}`)}
                    {count !== undefined && query ? (
                      <span className="search-filters__count">{t('page.count', { count })}</span>
                    ) : null}
                  </span>
                </label>
              );
            })}
          </fieldset>
          <label className="search-filters__option">
            <input
              type="checkbox"
              checked={state.answered}
              disabled={postFiltersOn}
              onChange={(event) => update({ answered: event.target.checked })}
            />
            <span>{t('page.answeredOnly')}</span>
          </label>
          <fieldset className="stack-sm">
            <legend className="search-filters__legend">{t('page.date')}</legend>
            <label className="search-filters__date">
              <span>{t('page.from')}</span>
              <input
                type="date"
                className="ol-input"
                value={state.from ?? ''}
                disabled={postFiltersOn}
                onChange={(event) => update({ from: event.target.value || null })}
              />
            </label>
            <label className="search-filters__date">
              <span>{t('page.to')}</span>
              <input
                type="date"
                className="ol-input"
                value={state.to ?? ''}
                disabled={postFiltersOn}
                onChange={(event) => update({ to: event.target.value || null })}
              />
            </label>
          </fieldset>
          <fieldset className="stack-sm">
            <legend className="search-filters__legend">{t('page.tags')}</legend>
            {state.tag ? (
              <Button variant="ghost" onClick={() => update({ tag: null })}>
                {t('page.clearTag', { tag: state.tag })}
              </Button>
            ) : null}
            {tagFacets.length === 0 && !state.tag ? (
              <p className="muted">{t('page.tagsHint')}</p>
            ) : (
              <ul className="search-facets">
                {tagFacets.map((facet) => (
                  <li key={facet.value}>
                    <button
                      type="button"
                      className="ol-chip"
                      aria-pressed={state.tag === facet.value}
                      disabled={postFiltersOn}
                      onClick={() =>
                        update({ tag: state.tag === facet.value ? null : facet.value })
                      }
                    >
                      {t('page.tag', { tag: facet.value })}
                      <span className="search-filters__count">
                        {t('page.count', { count: facet.count })}
                      </span>
                    </button>
                  </li>
                ))}
              </ul>
            )}
          </fieldset>
        </aside>

        <section className="search-main stack" aria-label={t('page.results')}>
          <p role="status" className="search-status">
            {query === ''
              ? ''
              : loading && !result
                ? t('page.searching')
                : result
                  ? t('page.resultCount', { count: result.totalCount, query })
                  : ''}
          </p>
          {state.type === 'ALL' || state.type === 'PERSON' ? <PeopleWhoKnow topic={query} /> : null}
          {query === '' ? (
            <EmptyState
              icon={<SearchIcon size={28} />}
              title={t('page.emptyTitle')}
              description={<p>{t('page.emptyBody')}</p>}
            />
          ) : error && !result ? (
            <FeedError error={error} title={t('page.error')} />
          ) : loading && !result ? (
            <div className="center-block">
              <Spinner size="lg" label={t('page.searching')} />
            </div>
          ) : result && result.nodes.length === 0 ? (
            <EmptyState
              icon={<SearchIcon size={28} />}
              title={t('page.nothingFound')}
              description={
                <>
                  {result.correctedQuery || state.exact ? (
                    <SearchCorrection
                      typed={query}
                      correctedQuery={result.correctedQuery ?? null}
                      corrections={result.corrections}
                      exact={state.exact}
                      onSearchExactly={() => update({ exact: true })}
                      onAllowCorrections={() => update({ exact: false })}
                    />
                  ) : null}
                  <SearchNothingFound />
                </>
              }
            />
          ) : result ? (
            <>
              <SearchCorrection
                typed={query}
                correctedQuery={result.correctedQuery ?? null}
                corrections={result.corrections}
                exact={state.exact}
                onSearchExactly={() => update({ exact: true })}
                onAllowCorrections={() => update({ exact: false })}
              />
              <SearchResults hits={result.nodes} onOpenQuestion={reportSearchClick} />
              {result.pageInfo.hasNextPage ? (
                <div className="post-list__more">
                  <Button variant="secondary" busy={loadingMore} onClick={() => void loadMore()}>
                    {t('page.loadMore')}
                  </Button>
                </div>
              ) : null}
            </>
          ) : null}
        </section>
      </div>
    </div>
  );
}
