import { useTranslation } from '@outloud/web-i18n';
import { useCallback } from 'react';
import { moderationNotice, ModerationNoticeFields } from '../utils/moderation-notice';

/** The sentence of a moderation notification in the person's language, or null for others. */
export function useModerationNotice(): (n: ModerationNoticeFields) => string | null {
  const { t } = useTranslation('moderation');
  return useCallback(
    (n: ModerationNoticeFields) => {
      const notice = moderationNotice(n);
      return notice ? t(notice.key, { target: notice.target, reason: notice.reason }) : null;
    },
    [t],
  );
}
