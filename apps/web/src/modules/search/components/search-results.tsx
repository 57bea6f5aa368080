import { Trans, useTranslation } from '@outloud/web-i18n';
import { Avatar, Badge } from '@outloud/web-ui';
import { Link } from 'react-router-dom';
import type { ReactNode } from 'react';
import type { SearchQuery } from '../../../generated/graphql';
import { PostTime } from '../../stream/components/post-time';
import { Highlight } from './highlight';

export type SearchHitData = SearchQuery['search']['nodes'][number];

/** The hit's snippet of one field (title, body or answer), if the API sent one. */
function snippet(hit: SearchHitData, field: 'title' | 'body' | 'answer'): string | null {
  const found = hit.highlights.find((h) => h.field === field)?.html;
  return found && found.trim() !== '' ? found : null;
}

/**
 * A post or question reads as itself: its first line as the title, its text, then (answered
 * questions) the accepted answer; who asked and when in the line below.
 */
function PostHit({
  hit,
  onOpenQuestion,
}: {
  hit: With<'post'>;
  onOpenQuestion?: (postId: string) => void;
}) {
  const { t } = useTranslation('search');
  const { post } = hit;
  const answered = post.isQuestion && post.isAnswered;
  const byline = t('results.postBy', {
    question: String(post.isQuestion),
    name: post.author.displayName,
  });
  const title = snippet(hit, 'title');
  const body = snippet(hit, 'body');
  const answer = snippet(hit, 'answer');
  // Older API answers (no per-field snippets): the best snippet stands for the answer or the text.
  const fallback = title || body || answer ? null : hit.highlight;
  return (
    <article className="card search-hit" aria-labelledby={`hit-${post.id}`}>
      <header className="search-hit__header">
        <h3 id={`hit-${post.id}`} className="search-hit__title">
          <Link
            to={`/posts/${post.id}`}
            onClick={post.isQuestion ? () => onOpenQuestion?.(post.id) : undefined}
          >
            {title ? <Highlight html={title} inline /> : byline}
          </Link>
        </h3>
        {post.isQuestion ? (
          answered ? (
            <Badge tone="success">{t('results.answered')}</Badge>
          ) : (
            <Badge tone="info">{t('results.question')}</Badge>
          )
        ) : null}
      </header>
      {body ? <Highlight html={body} /> : null}
      {answer && answered ? (
        <div className="search-hit__answer">
          <p className="search-hit__label">{t('results.acceptedAnswer')}</p>
          <Highlight html={answer} />
        </div>
      ) : null}
      {fallback ? <Highlight html={fallback} /> : null}
      <p className="search-hit__meta muted">
        {title ? (
          <>
            {byline}
            {t('results.separator')}
          </>
        ) : null}
        <PostTime iso={post.createdAt} />
        {post.community ? (
          <Trans
            t={t}
            i18nKey="results.in"
            values={{ name: post.community.name }}
            components={{ a: <Link to={`/c/${post.community.slug}`} /> }}
          />
        ) : null}
        {t('results.replies', { count: post.replyCount })}
        {post.tags.length > 0
          ? t('results.tags', { tags: post.tags.map((tag) => `#${tag}`).join(' ') })
          : null}
      </p>
    </article>
  );
}

/** A person reads as a person: name, then handle, job title and department (not their keywords). */
function PersonHit({ hit }: { hit: With<'user'> }) {
  const { t } = useTranslation('search');
  const { user } = hit;
  return (
    <li className="search-person">
      <Avatar name={user.displayName} src={user.avatarUrl} size="md" labelled={false} />
      <div>
        <Link to={`/people/${user.handle}`} className="search-person__name">
          {user.displayName}
        </Link>
        <p className="muted search-person__sub">
          {t('results.handle', { handle: user.handle })}
          {user.jobTitle ? t('results.jobTitle', { jobTitle: user.jobTitle }) : null}
          {user.department ? t('results.department', { department: user.department }) : null}
        </p>
      </div>
    </li>
  );
}

type With<K extends 'user' | 'post' | 'file' | 'bookmark' | 'community'> = SearchHitData & {
  [P in K]: NonNullable<SearchHitData[P]>;
};

function FileHit({ hit }: { hit: With<'file'> }) {
  const { t } = useTranslation('search');
  const { file } = hit;
  return (
    <article className="card search-hit">
      <h3 className="search-hit__title">
        <Link to={`/library/${file.id}`}>{file.name}</Link>
      </h3>
      {hit.highlight ? <Highlight html={hit.highlight} /> : null}
      <p className="search-hit__meta muted">
        {t('results.fileBy', { owner: file.owner?.displayName ?? 'none' })}
        <PostTime iso={file.createdAt} />
        {file.tags.length > 0
          ? t('results.tags', { tags: file.tags.map((tag) => `#${tag}`).join(' ') })
          : null}
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
  const { t } = useTranslation('search');
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
        {bookmark.isPrivate ? <Badge tone="info">{t('results.private')}</Badge> : null}
      </header>
      {hit.highlight ? <Highlight html={hit.highlight} /> : null}
      <p className="search-hit__meta muted">
        {t('results.bookmark')}
        {bookmark.owner ? (
          <Trans
            t={t}
            i18nKey="results.bookmarkBy"
            values={{ name: bookmark.owner.displayName }}
            components={{ a: <Link to={`/people/${bookmark.owner.handle}`} /> }}
          />
        ) : null}
        {t('results.separator')}
        <PostTime iso={bookmark.createdAt} />
        {bookmark.tags.length > 0
          ? t('results.tags', { tags: bookmark.tags.map((tag) => `#${tag}`).join(' ') })
          : null}
      </p>
    </article>
  );
}

function CommunityHit({ hit }: { hit: With<'community'> }) {
  const { t } = useTranslation('search');
  const { community } = hit;
  return (
    <li className="search-person">
      <div>
        <Link to={`/c/${community.slug}`} className="search-person__name">
          {community.name}
        </Link>
        <p className="muted search-person__sub">
          {t('results.communityMeta', { type: community.type, count: community.memberCount })}
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
export function SearchResults({
  hits,
  onOpenQuestion,
}: {
  hits: readonly SearchHitData[];
  /** A question was opened from the results (knowledge reuse counts it). */
  onOpenQuestion?: (postId: string) => void;
}) {
  const { t } = useTranslation('search');
  const people = only(hits, 'user');
  const communities = only(hits, 'community');
  const posts = only(hits, 'post');
  const files = only(hits, 'file');
  const bookmarks = only(hits, 'bookmark');
  return (
    <div className="stack">
      <HitSection id="search-people" title={t('results.people')} card>
        {people.map((hit) => (
          <PersonHit key={hit.user.id} hit={hit} />
        ))}
      </HitSection>
      <HitSection id="search-communities" title={t('results.communities')} card>
        {communities.map((hit) => (
          <CommunityHit key={hit.community.id} hit={hit} />
        ))}
      </HitSection>
      <HitSection id="search-posts" title={t('results.posts')}>
        {posts.map((hit) => (
          <PostHit key={hit.post.id} hit={hit} onOpenQuestion={onOpenQuestion} />
        ))}
      </HitSection>
      <HitSection id="search-files" title={t('results.files')}>
        {files.map((hit) => (
          <FileHit key={hit.file.id} hit={hit} />
        ))}
      </HitSection>
      <HitSection id="search-bookmarks" title={t('results.bookmarks')}>
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
