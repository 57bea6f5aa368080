import { Avatar, Badge } from '@outloud/web-ui';
import { Link } from 'react-router-dom';
import type { ReactNode } from 'react';
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
      <HitSection id="search-people" title="People" card>
        {people.map((hit) => (
          <PersonHit key={hit.user.id} hit={hit} />
        ))}
      </HitSection>
      <HitSection id="search-communities" title="Communities" card>
        {communities.map((hit) => (
          <CommunityHit key={hit.community.id} hit={hit} />
        ))}
      </HitSection>
      <HitSection id="search-posts" title="Posts and questions">
        {posts.map((hit) => (
          <PostHit key={hit.post.id} hit={hit} />
        ))}
      </HitSection>
      <HitSection id="search-files" title="Files">
        {files.map((hit) => (
          <FileHit key={hit.file.id} hit={hit} />
        ))}
      </HitSection>
      <HitSection id="search-bookmarks" title="Bookmarks">
        {bookmarks.map((hit) => (
          <BookmarkHit key={hit.bookmark.id} hit={hit} />
        ))}
      </HitSection>
    </div>
  );
}

/**
 * One titled group of hits, left out when empty. People and communities are compact list items
 * in a card; posts, files and bookmarks are stacked cards of their own.
 */
function HitSection({
  id,
  title,
  card = false,
  children,
}: {
  id: string;
  title: string;
  card?: boolean;
  children: ReactNode[];
}) {
  if (children.length === 0) return null;
  return (
    <section aria-labelledby={id} className={card ? 'card' : 'stack'}>
      <h2 id={id} className={card ? 'card__title' : 'search-section-title'}>
        {title}
      </h2>
      {card ? <ul className="search-people">{children}</ul> : children}
    </section>
  );
}
