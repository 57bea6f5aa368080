import { useQuery } from '@apollo/client/react';
import { Trans, useTranslation } from '@outloud/web-i18n';
import { Button, CommunitiesIcon, EmptyState, TextField, cx } from '@outloud/web-ui';
import { useState, type FormEvent } from 'react';
import { Link, useSearchParams } from 'react-router-dom';
import { usePageTitle } from '../app/layout/use-page-title';
import type { CommunitySort } from '../generated/graphql';
import { CommunityCard } from '../modules/communities/components/community-card';
import { CommunitiesQuery } from '../modules/communities/graphql/communities.operations';
import { FeedError, FeedLoading } from '../modules/stream/components/feed-states';

const SORTS: readonly CommunitySort[] = ['ACTIVITY', 'MEMBERS', 'NAME'];

function sortOf(value: string | null): CommunitySort {
  return SORTS.find((sort) => sort === value) ?? 'ACTIVITY';
}

export function CommunitiesPage() {
  const { t } = useTranslation('communities');
  usePageTitle(t('list.title'));
  const [params, setParams] = useSearchParams();
  const query = params.get('q')?.trim() || null;
  const tag = params.get('tag')?.trim() || null;
  const mine = params.get('mine') === '1';
  const sort = sortOf(params.get('sort'));
  const [draft, setDraft] = useState(query ?? '');
  const { data, loading, error, fetchMore } = useQuery(CommunitiesQuery, {
    variables: { query, tag, mine: mine || null, sort },
    notifyOnNetworkStatusChange: true,
  });
  const list = data?.communities;
  const communities = list?.nodes ?? [];
  const filtered = Boolean(query || tag);

  const update = (changes: Record<string, string | null>) => {
    const next = new URLSearchParams(params);
    for (const [key, value] of Object.entries(changes)) {
      if (value) next.set(key, value);
      else next.delete(key);
    }
    setParams(next, { replace: true });
  };

  const onSearch = (event: FormEvent) => {
    event.preventDefault();
    update({ q: draft.trim().replace(/^#/, '') || null });
  };

  const createLink = (
    <Link to="/communities/new" className={cx('ol-button', 'ol-button--primary')}>
      {t('list.create')}
    </Link>
  );

  return (
    <div className="page stack-lg">
      <header className="page__header page__header--row">
        <div>
          <h1>{t('list.title')}</h1>
          <p className="page__lead">{t('list.lead')}</p>
        </div>
        {createLink}
      </header>
      <div className="filters">
        <form
          className="filters__tag"
          onSubmit={onSearch}
          role="search"
          aria-label={t('list.searchLabel')}
        >
          <TextField
            label={t('list.searchField')}
            type="search"
            value={draft}
            placeholder={t('list.searchPlaceholder')}
            onChange={(event) => setDraft(event.target.value)}
          />
          <Button type="submit" variant="secondary">
            {t('list.search')}
          </Button>
          {query ? (
            <Button
              variant="ghost"
              onClick={() => {
                setDraft('');
                update({ q: null });
              }}
            >
              {t('list.clearSearch')}
            </Button>
          ) : null}
        </form>
        <fieldset className="segmented">
          <legend className="ol-visually-hidden">{t('list.sortBy')}</legend>
          {SORTS.map((option) => (
            <label key={option} className="segmented__option">
              <input
                type="radio"
                name="community-sort"
                value={option}
                checked={sort === option}
                onChange={() => update({ sort: option === 'ACTIVITY' ? null : option })}
              />
              <span>{t(`list.sort.${option}`)}</span>
            </label>
          ))}
        </fieldset>
        <div className="toggle">
          <input
            id="communities-mine"
            type="checkbox"
            checked={mine}
            onChange={(event) => update({ mine: event.target.checked ? '1' : null })}
          />
          <label htmlFor="communities-mine">{t('list.mine')}</label>
        </div>
      </div>
      {tag ? (
        <p className="filters__active">
          <Trans t={t} i18nKey="list.tagged" values={{ tag }} components={{ strong: <strong /> }} />
          <Button variant="ghost" size="sm" onClick={() => update({ tag: null })}>
            {t('list.clearTag')}
          </Button>
        </p>
      ) : null}
      {loading && !data ? (
        <FeedLoading label={t('list.loading')} />
      ) : error && !list ? (
        <FeedError error={error} title={t('list.loadError')} />
      ) : communities.length === 0 ? (
        <EmptyState
          icon={<CommunitiesIcon size={28} />}
          title={filtered ? t('list.noMatch') : mine ? t('list.noneMine') : t('list.none')}
          description={
            <p>
              {filtered
                ? t('list.noMatchBody')
                : mine
                  ? t('list.noneMineBody')
                  : t('list.noneBody')}
            </p>
          }
          action={
            mine && !filtered ? (
              <Button variant="secondary" onClick={() => update({ mine: null })}>
                {t('list.showAll')}
              </Button>
            ) : (
              createLink
            )
          }
        />
      ) : (
        <section aria-label={t('list.title')} className="stack">
          <ul className="community-grid">
            {communities.map((community) => (
              <li key={community.id}>
                <CommunityCard community={community} />
              </li>
            ))}
          </ul>
          {list?.pageInfo.hasNextPage ? (
            <div className="post-list__more">
              <Button
                variant="secondary"
                busy={loading}
                onClick={() => void fetchMore({ variables: { after: list.pageInfo.endCursor } })}
              >
                {t('list.loadMore')}
              </Button>
            </div>
          ) : null}
        </section>
      )}
    </div>
  );
}
