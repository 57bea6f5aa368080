import { useTranslation } from '@outloud/web-i18n';
import { Button } from '@outloud/web-ui';
import { useState } from 'react';

/**
 * "3 new posts": announced politely, and the list does not move until it is clicked. Clicking
 * loads the newest page again and brings the reader to its top.
 */
export function NewPostsBanner({
  count,
  onShow,
}: {
  count: number;
  onShow: () => Promise<unknown>;
}) {
  const { t } = useTranslation('stream');
  const [busy, setBusy] = useState(false);
  const show = async () => {
    setBusy(true);
    try {
      await onShow();
    } finally {
      setBusy(false);
    }
  };
  return (
    <div role="status" className="new-posts">
      {count > 0 ? (
        <Button variant="secondary" size="sm" busy={busy} onClick={() => void show()}>
          {t('newPosts', { count })}
        </Button>
      ) : null}
    </div>
  );
}
