import { useLazyQuery } from '@apollo/client/react';
import { useTranslation } from '@outloud/web-i18n';
import { EmptyState } from '@outloud/web-ui';
import { Link } from 'react-router-dom';
import type { BookmarkFieldsFragment } from '../../../generated/graphql';
import { BookmarkedByQuery } from '../graphql/bookmarks.operations';
import { ModerationBanner } from '../../moderation/components/moderation-banner';
import { ReportButton } from '../../moderation/components/report-button';
import { BookmarkButton } from './bookmark-button';

function targetOf(bookmark: BookmarkFieldsFragment): { href: string; internal: boolean } | null {
  if (bookmark.url) return { href: bookmark.url, internal: false };
  if (bookmark.postId) return { href: `/posts/${bookmark.postId}`, internal: true };
  if (bookmark.file) return { href: `/library/${bookmark.file.id}`, internal: true };
  return null;
}

function WhoElse({ url }: { url: string }) {
  const { t } = useTranslation('bookmarks');
  const [load, { data, loading, called }] = useLazyQuery(BookmarkedByQuery);
  if (!called)
    return (
      <button
        type="button"
        className="post-action"
        onClick={() => void load({ variables: { url } })}
      >
        {t('list.whoElse')}
      </button>
    );
  const people = data?.bookmarkedBy ?? [];
  return (
    <p className="muted" role="status">
      {loading ? (
        t('list.looking')
      ) : people.length === 0 ? (
        t('list.nobodyElse')
      ) : (
        <>
          {t('list.bookmarkedBy')}
          {people.map((person, index) => (
            <span key={person.id}>
              {index > 0 ? t('list.separator') : null}
              <Link to={`/people/${person.handle}`}>{person.displayName}</Link>
            </span>
          ))}
        </>
      )}
    </p>
  );
}

export interface BookmarkListItem {
  bookmark: BookmarkFieldsFragment;
  count?: number;
}

export function BookmarkList({
  items,
  label,
}: {
  items: readonly BookmarkListItem[];
  label: string;
}) {
  const { t } = useTranslation('bookmarks');
  if (items.length === 0)
    return <EmptyState title={t('list.emptyTitle')} description={<p>{t('list.emptyBody')}</p>} />;
  return (
    <ul className="bookmark-list stack" aria-label={label}>
      {items.map(({ bookmark, count }) => {
        const target = targetOf(bookmark);
        const saves = count ?? bookmark.savedByCount;
        return (
          <li key={bookmark.id} className="card bookmark">
            <p className="bookmark__title" id={`bookmark-${bookmark.id}`}>
              {target === null ? (
                bookmark.title
              ) : target.internal ? (
                <Link to={target.href}>{bookmark.title}</Link>
              ) : (
                <a href={target.href} rel="noopener noreferrer nofollow" target="_blank">
                  {bookmark.title}
                </a>
              )}
              {bookmark.isPrivate ? <span className="muted">{t('list.private')}</span> : null}
            </p>
            <ModerationBanner moderation={bookmark.moderation} authorId={bookmark.owner?.id} />
            {bookmark.url ? <p className="muted bookmark__url">{bookmark.url}</p> : null}
            {bookmark.description ? <p>{bookmark.description}</p> : null}
            <p className="muted bookmark__meta">
              {t('list.kind', { kind: bookmark.targetKind })}
              {t('list.savedBy', { count: saves })}
              {bookmark.owner ? t('list.firstBy', { name: bookmark.owner.displayName }) : null}
              {bookmark.tags.length > 0
                ? t('list.tags', { tags: bookmark.tags.map((tag) => `#${tag}`).join(' ') })
                : null}
            </p>
            {target !== null ? (
              <p className="bookmark__actions">
                <BookmarkButton
                  url={bookmark.url ?? undefined}
                  postId={bookmark.postId ?? undefined}
                  fileId={bookmark.file?.id}
                  title={bookmark.title}
                  tags={bookmark.tags}
                  bookmarked={bookmark.viewerHasBookmarked}
                  describedBy={`bookmark-${bookmark.id}`}
                />
              </p>
            ) : null}
            <p className="bookmark__actions">
              <ReportButton
                targetType="BOOKMARK"
                targetId={bookmark.id}
                authorId={bookmark.owner?.id}
                describedBy={`bookmark-${bookmark.id}`}
              />
            </p>
            {bookmark.url ? <WhoElse url={bookmark.url} /> : null}
          </li>
        );
      })}
    </ul>
  );
}
