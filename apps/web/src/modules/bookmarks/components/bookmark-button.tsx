import { useMutation } from '@apollo/client/react';
import { useTranslation } from '@outloud/web-i18n';
import { StarIcon, cx } from '@outloud/web-ui';
import { useState } from 'react';
import { useIdempotencyKey } from '../../errors/hooks/use-idempotency-key';
import { CreateBookmarkMutation, DeleteBookmarkOfMutation } from '../graphql/bookmarks.operations';

export interface BookmarkButtonProps {
  postId?: string;
  fileId?: string;
  /** A link someone else saved: saving it copies their title and tags. */
  url?: string;
  title?: string;
  tags?: readonly string[];
  /** `viewerHasBookmarked` from the server; the button starts from it and toggles. */
  bookmarked?: boolean;
  /** Says what is bookmarked, e.g. the id of a heading. */
  describedBy?: string;
}

function isConflict(error: unknown): boolean {
  const errors = (error as { errors?: { extensions?: { code?: unknown } }[] } | null)?.errors;
  return Array.isArray(errors) && errors.some((item) => item.extensions?.code === 'CONFLICT');
}

/** Saves a post, file or link to the viewer's public bookmarks, or removes it again. */
export function BookmarkButton({
  postId,
  fileId,
  url,
  title,
  tags,
  bookmarked = false,
  describedBy,
}: BookmarkButtonProps) {
  const { t } = useTranslation('bookmarks');
  const [saved, setSaved] = useState(bookmarked);
  const [message, setMessage] = useState('');
  // A refetch (another tab, the bookmarks page) may change the server's answer: follow it.
  const [serverState, setServerState] = useState(bookmarked);
  if (serverState !== bookmarked) {
    setServerState(bookmarked);
    setSaved(bookmarked);
  }
  const refetchQueries = ['Bookmarks', 'PopularBookmarks'];
  const idempotencyKey = useIdempotencyKey();
  const [create, createState] = useMutation(CreateBookmarkMutation, { refetchQueries });
  const [remove, removeState] = useMutation(DeleteBookmarkOfMutation, { refetchQueries });
  const target = postId ? { postId } : fileId ? { fileId } : { url };
  const toggle = async () => {
    setMessage('');
    try {
      if (saved) {
        await remove({ variables: { target } });
        setSaved(false);
        setMessage(t('button.removed'));
      } else {
        await create({
          variables: {
            input:
              url && !postId && !fileId ? { url, title, tags: tags ? [...tags] : null } : target,
            idempotencyKey: idempotencyKey.current(),
          },
        });
        idempotencyKey.renew();
        setSaved(true);
        setMessage(t('button.saved'));
      }
    } catch (error) {
      if (!saved && isConflict(error)) {
        setSaved(true);
        setMessage(t('button.already'));
      } else setMessage(saved ? t('button.removeError') : t('button.saveError'));
    }
  };
  return (
    <>
      <button
        type="button"
        className={cx('post-action', saved && 'post-action--on')}
        aria-pressed={saved}
        aria-describedby={describedBy}
        disabled={createState.loading || removeState.loading}
        onClick={() => void toggle()}
      >
        <StarIcon size={16} filled={saved} />{' '}
        {saved ? t('button.bookmarked') : t('button.bookmark')}
      </button>
      <span role="status" className="ol-visually-hidden">
        {message}
      </span>
    </>
  );
}
