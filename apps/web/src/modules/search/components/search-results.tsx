import { Avatar, Badge } from '@outloud/web-ui';
import { Link } from 'react-router-dom';
import type { SearchQuery } from '../../../generated/graphql';
import { PostTime } from '../../stream/components/post-time';
import { Highlight } from './highlight';

export type SearchHitData = SearchQuery['search']['nodes'][number];

function PostHit({ hit }: { hit: SearchHitData & { post: NonNullable<SearchHitData['post']> } }) {
  const { post } = hit;
  const answered = post.isQuestion && post.isAnswered;
  return (
    <article className="card search-hit" aria-labelledby={`hit-${post.id}`}>
      <header className="search-hit__header">
        <h3 id={`hit-${post.id}`} className="search-hit__title">
          <Link to={`/posts/${post.id}`}>
            {post.isQuestion ? 'Question' : 'Post'} by {post.author.displayName}
          </Link>
        </h3>
        {post.isQuestion ? (
          answered ? (
            <Badge tone="success">Answered</Badge>
          ) : (
            <Badge tone="info">Question</Badge>
          )
        ) : null}
      </header>
      {hit.highlight ? (
        <>
          {answered ? <p className="search-hit__label">Accepted answer:</p> : null}
          <Highlight html={hit.highlight} />
        </>
      ) : null}
      <p className="search-hit__meta muted">
        <PostTime iso={post.createdAt} />
        {post.community ? (
          <>
            {' · in '}
            <Link to={`/c/${post.community.slug}`}>{post.community.name}</Link>
          </>
        ) : null}
        {` · ${post.replyCount} ${post.replyCount === 1 ? 'reply' : 'replies'}`}
        {post.tags.length > 0 ? ` · ${post.tags.map((tag) => `#${tag}`).join(' ')}` : null}
      </p>
    </article>
  );
}

function PersonHit({ hit }: { hit: SearchHitData & { user: NonNullable<SearchHitData['user']> } }) {
  const { user } = hit;
  return (
    <li className="search-person">
      <Avatar name={user.displayName} src={user.avatarUrl} size="md" labelled={false} />
      <div>
        <Link to={`/people/${user.handle}`} className="search-person__name">
          {user.displayName}
        </Link>
        <p className="muted search-person__sub">
          @{user.handle}
          {user.jobTitle ? ` · ${user.jobTitle}` : null}
        </p>
        {hit.highlight ? <Highlight html={hit.highlight} /> : null}
      </div>
    </li>
  );
}

/** People first (a compact list), then posts and questions in the API's order. */
export function SearchResults({ hits }: { hits: readonly SearchHitData[] }) {
  const people = hits.filter(
    (hit): hit is SearchHitData & { user: NonNullable<SearchHitData['user']> } =>
      hit.type === 'PERSON' && hit.user != null,
  );
  const posts = hits.filter(
    (hit): hit is SearchHitData & { post: NonNullable<SearchHitData['post']> } =>
      hit.type === 'POST' && hit.post != null,
  );
  return (
    <div className="stack">
      {people.length > 0 ? (
        <section aria-labelledby="search-people" className="card">
          <h2 id="search-people" className="card__title">
            People
          </h2>
          <ul className="search-people">
            {people.map((hit) => (
              <PersonHit key={hit.user.id} hit={hit} />
            ))}
          </ul>
        </section>
      ) : null}
      {posts.length > 0 ? (
        <section aria-labelledby="search-posts" className="stack">
          <h2 id="search-posts" className="search-section-title">
            Posts and questions
          </h2>
          {posts.map((hit) => (
            <PostHit key={hit.post.id} hit={hit} />
          ))}
        </section>
      ) : null}
    </div>
  );
}
