import { useQuery } from '@apollo/client/react';
import { Button, CommunitiesIcon, EmptyState, TextField, cx } from '@outloud/web-ui';
import { useState, type FormEvent } from 'react';
import { Link, useSearchParams } from 'react-router-dom';
import { usePageTitle } from '../app/layout/use-page-title';
import type { CommunitySort } from '../generated/graphql';
import { CommunityCard } from '../modules/communities/components/community-card';
import { CommunitiesQuery } from '../modules/communities/graphql/communities.operations';
import { FeedError, FeedLoading } from '../modules/stream/components/feed-states';

const SORTS: readonly { value: CommunitySort; label: string }[] = [
  { value: 'ACTIVITY', label: 'Recent activity' },
  { value: 'MEMBERS', label: 'Members' },
  { value: 'NAME', label: 'Name' },
];

function sortOf(value: string | null): CommunitySort {
  return SORTS.find((sort) => sort.value === value)?.value ?? 'ACTIVITY';
}

export function CommunitiesPage() {
  usePageTitle('Communities');
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
      Create community
    </Link>
  );

  return (
    <div className="page stack-lg">
      <header className="page__header page__header--row">
        <div>
          <h1>Communities</h1>
          <p className="page__lead">
            Groups of people and posts around a team, a topic or a project.
          </p>
        </div>
        {createLink}
      </header>
      <div className="filters">
        <form className="filters__tag" onSubmit={onSearch} role="search" aria-label="Communities">
          <TextField
            label="Search by name or tag"
            type="search"
            value={draft}
            placeholder="e.g. finance"
            onChange={(event) => setDraft(event.target.value)}
          />
          <Button type="submit" variant="secondary">
            Search
          </Button>
          {query ? (
            <Button
              variant="ghost"
              onClick={() => {
                setDraft('');
                update({ q: null });
              }}
            >
              Clear search
            </Button>
          ) : null}
        </form>
        <fieldset className="segmented">
          <legend className="ol-visually-hidden">Sort by</legend>
          {SORTS.map((option) => (
            <label key={option.value} className="segmented__option">
              <input
                type="radio"
                name="community-sort"
                value={option.value}
                checked={sort === option.value}
                onChange={() => update({ sort: option.value === 'ACTIVITY' ? null : option.value })}
              />
              <span>{option.label}</span>
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
          <label htmlFor="communities-mine">My communities</label>
        </div>
      </div>
      {tag ? (
        <p className="filters__active">
          Tagged <strong>#{tag}</strong>{' '}
          <Button variant="ghost" size="sm" onClick={() => update({ tag: null })}>
            Clear tag
          </Button>
        </p>
      ) : null}
      {loading && !data ? (
        <FeedLoading label="Loading communities…" />
      ) : error && !list ? (
        <FeedError error={error} title="Could not load communities" />
      ) : communities.length === 0 ? (
        <EmptyState
          icon={<CommunitiesIcon size={28} />}
          title={
            filtered
              ? 'No communities match'
              : mine
                ? 'You are not in any community yet'
                : 'No communities yet'
          }
          description={
            <p>
              {filtered
                ? 'Try another name or tag, or start the community yourself.'
                : mine
                  ? 'Browse all communities and join one, or create your own.'
                  : 'Start the first one for your team, topic or project.'}
            </p>
          }
          action={
            mine && !filtered ? (
              <Button variant="secondary" onClick={() => update({ mine: null })}>
                Show all communities
              </Button>
            ) : (
              createLink
            )
          }
        />
      ) : (
        <section aria-label="Communities" className="stack">
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
                Load more
              </Button>
            </div>
          ) : null}
        </section>
      )}
    </div>
  );
}
