import { Avatar, Badge } from '@outloud/web-ui';
import { Link } from 'react-router-dom';
import type { SearchQuery } from '../../../generated/graphql';
import { PostTime } from '../../stream/components/post-time';
import { Highlight } from './highlight';

export type SearchHitData = SearchQuery['search']['nodes'][number];

function PostHit({ hit }: { hit: With<'post'> }) {
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

function PersonHit({ hit }: { hit: With<'user'> }) {
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

type With<K extends 'user' | 'post' | 'file' | 'bookmark' | 'community'> = SearchHitData & {
  [P in K]: NonNullable<SearchHitData[P]>;
};

function FileHit({ hit }: { hit: With<'file'> }) {
  const { file } = hit;
  return (
    <article className="card search-hit">
      <h3 className="search-hit__title">
        <Link to={`/library/${file.id}`}>{file.name}</Link>
      </h3>
      {hit.highlight ? <Highlight html={hit.highlight} /> : null}
      <p className="search-hit__meta muted">
        File{file.owner ? ` by ${file.owner.displayName}` : null} ·{' '}
        <PostTime iso={file.createdAt} />
        {file.tags.length > 0 ? ` · ${file.tags.map((tag) => `#${tag}`).join(' ')}` : null}
      </p>
    </article>
  );
}

function bookmarkHref(bookmark: With<'bookmark'>['bookmark']): string | null {
  if (bookmark.postId) return `/posts/${bookmark.postId}`;
  if (bookmark.file) return `/library/${bookmark.file.id}`;
  return null;
}

function BookmarkHit({ hit }: { hit: With<'bookmark'> }) {
  const { bookmark } = hit;
  const inside = bookmarkHref(bookmark);
  return (
    <article className="card search-hit">
      <header className="search-hit__header">
        <h3 className="search-hit__title">
          {inside ? (
            <Link to={inside}>{bookmark.title}</Link>
          ) : bookmark.url ? (
            <a href={bookmark.url} rel="noopener noreferrer nofollow" target="_blank">
              {bookmark.title}
            </a>
          ) : (
            bookmark.title
          )}
        </h3>
        {bookmark.isPrivate ? <Badge tone="info">Private</Badge> : null}
      </header>
      {hit.highlight ? <Highlight html={hit.highlight} /> : null}
      <p className="search-hit__meta muted">
        Bookmark
        {bookmark.owner ? (
          <>
            {' by '}
            <Link to={`/people/${bookmark.owner.handle}`}>{bookmark.owner.displayName}</Link>
          </>
        ) : null}
        {' · '}
        <PostTime iso={bookmark.createdAt} />
        {bookmark.tags.length > 0 ? ` · ${bookmark.tags.map((tag) => `#${tag}`).join(' ')}` : null}
      </p>
    </article>
  );
}

function CommunityHit({ hit }: { hit: With<'community'> }) {
  const { community } = hit;
  return (
    <li className="search-person">
      <div>
        <Link to={`/c/${community.slug}`} className="search-person__name">
          {community.name}
        </Link>
        <p className="muted search-person__sub">
          {community.type.toLowerCase()} community · {community.memberCount}{' '}
          {community.memberCount === 1 ? 'member' : 'members'}
        </p>
        {hit.highlight ? <Highlight html={hit.highlight} /> : null}
      </div>
    </li>
  );
}

function only<K extends 'user' | 'post' | 'file' | 'bookmark' | 'community'>(
  hits: readonly SearchHitData[],
  key: K,
): With<K>[] {
  return hits.filter((hit): hit is With<K> => hit[key] != null);
}

/**
 * People and communities first (compact lists), then posts and questions, files and bookmarks,
 * each in the API's order.
 */
export function SearchResults({ hits }: { hits: readonly SearchHitData[] }) {
  const people = only(hits, 'user');
  const communities = only(hits, 'community');
  const posts = only(hits, 'post');
  const files = only(hits, 'file');
  const bookmarks = only(hits, 'bookmark');
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
      {communities.length > 0 ? (
        <section aria-labelledby="search-communities" className="card">
          <h2 id="search-communities" className="card__title">
            Communities
          </h2>
          <ul className="search-people">
            {communities.map((hit) => (
              <CommunityHit key={hit.community.id} hit={hit} />
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
      {files.length > 0 ? (
        <section aria-labelledby="search-files" className="stack">
          <h2 id="search-files" className="search-section-title">
            Files
          </h2>
          {files.map((hit) => (
            <FileHit key={hit.file.id} hit={hit} />
          ))}
        </section>
      ) : null}
      {bookmarks.length > 0 ? (
        <section aria-labelledby="search-bookmarks" className="stack">
          <h2 id="search-bookmarks" className="search-section-title">
            Bookmarks
          </h2>
          {bookmarks.map((hit) => (
            <BookmarkHit key={hit.bookmark.id} hit={hit} />
          ))}
        </section>
      ) : null}
    </div>
  );
}
