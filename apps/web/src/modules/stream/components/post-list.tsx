import { useTranslation } from '@outloud/web-i18n';
import { Button } from '@outloud/web-ui';
import type { ReactNode } from 'react';
import type { PostCardFragment } from '../../../generated/graphql';
import { PostCard } from './post-card';

export interface PostListItem {
  post: PostCardFragment;
  reasons?: readonly { kind: string; label: string }[];
}

export interface PostListProps {
  label: string;
  items: readonly PostListItem[];
  hasMore: boolean;
  loadingMore: boolean;
  onLoadMore: () => void;
  empty: ReactNode;
}

export function PostList({ label, items, hasMore, loadingMore, onLoadMore, empty }: PostListProps) {
  const { t } = useTranslation('stream');
  if (items.length === 0) return <>{empty}</>;
  return (
    <section aria-label={label} className="stack">
      <ul className="post-list">
        {items.map((item) => (
          <li key={item.post.id}>
            <PostCard post={item.post} reasons={item.reasons} />
          </li>
        ))}
      </ul>
      {hasMore ? (
        <div className="post-list__more">
          <Button variant="secondary" busy={loadingMore} onClick={onLoadMore}>
            {t('feed.loadMore')}
          </Button>
        </div>
      ) : null}
    </section>
  );
}
