import { useMutation } from '@apollo/client/react';
import { cx } from '@outloud/web-ui';
import { useState } from 'react';
import { CreateBookmarkMutation } from '../graphql/bookmarks.operations';

export interface BookmarkButtonProps {
  postId?: string;
  fileId?: string;
  /** Says what is bookmarked, e.g. the id of a heading. */
  describedBy?: string;
}

function isConflict(error: unknown): boolean {
  const errors = (error as { errors?: { extensions?: { code?: unknown } }[] } | null)?.errors;
  return Array.isArray(errors) && errors.some((item) => item.extensions?.code === 'CONFLICT');
}

/** Saves a post or file to the viewer's public bookmarks (manage them on /bookmarks). */
export function BookmarkButton({ postId, fileId, describedBy }: BookmarkButtonProps) {
  const [saved, setSaved] = useState(false);
  const [message, setMessage] = useState('');
  const [create, { loading }] = useMutation(CreateBookmarkMutation, {
    refetchQueries: ['Bookmarks', 'PopularBookmarks'],
  });
  const save = async () => {
    setMessage('');
    try {
      await create({ variables: { input: postId ? { postId } : { fileId } } });
      setSaved(true);
      setMessage('Bookmarked.');
    } catch (error) {
      if (isConflict(error)) {
        setSaved(true);
        setMessage('Already in your bookmarks.');
      } else setMessage('Could not bookmark this.');
    }
  };
  return (
    <>
      <button
        type="button"
        className={cx('post-action', saved && 'post-action--on')}
        aria-pressed={saved}
        aria-describedby={describedBy}
        disabled={loading || saved}
        onClick={() => void save()}
      >
        <span aria-hidden="true">{saved ? '★' : '☆'}</span> {saved ? 'Bookmarked' : 'Bookmark'}
      </button>
      <span role="status" className="ol-visually-hidden">
        {message}
      </span>
    </>
  );
}
