import { useQuery } from '@apollo/client/react';
import { useTranslation } from '@outloud/web-i18n';
import { Alert, Badge, BellIcon, Button, EmptyState } from '@outloud/web-ui';
import { useState } from 'react';
import { Link } from 'react-router-dom';
import { toFormErrors } from '../../errors/utils/form-errors';
import { FeedError, FeedLoading } from '../../stream/components/feed-states';
import { PostTime } from '../../stream/components/post-time';
import {
  NotificationsQuery,
  UnreadNotificationCountQuery,
} from '../graphql/notifications.operations';
import { useModerationNotice } from '../../moderation/hooks/use-moderation-notice';
import { moderationNoticeHref } from '../../moderation/utils/moderation-notice';
import { useMarkRead } from '../hooks/use-mark-read';
import { notificationHref, notificationSentence } from '../utils/notification-text';

/** The viewer's notifications, newest first, kept live by `NotificationsLiveSync`. */
export function NotificationList() {
  const { t } = useTranslation('notifications');
  const { data, loading, error, fetchMore } = useQuery(NotificationsQuery, {
    notifyOnNetworkStatusChange: true,
  });
  const unread = useQuery(UnreadNotificationCountQuery).data?.unreadNotificationCount ?? 0;
  const { markRead, markAllRead, busy } = useMarkRead();
  const moderationSentence = useModerationNotice();
  const [status, setStatus] = useState('');
  const [actionError, setActionError] = useState<string | null>(null);
  const list = data?.notifications;
  const nodes = list?.nodes ?? [];

  const run = async (action: () => Promise<unknown>, done: string) => {
    setActionError(null);
    setStatus('');
    try {
      await action();
      setStatus(done);
    } catch (caught) {
      setActionError(toFormErrors(caught, []).message);
    }
  };

  if (loading && !data) return <FeedLoading label={t('list.loading')} />;
  if (error && !list) return <FeedError error={error} title={t('list.loadError')} />;

  return (
    <section aria-labelledby="notifications-list-title" className="stack">
      <div className="notifications__toolbar">
        <h2 id="notifications-list-title" className="section-title">
          {unread > 0 ? t('list.unread', { count: unread }) : t('list.caughtUp')}
        </h2>
        <Button
          variant="secondary"
          size="sm"
          disabled={busy || unread === 0}
          onClick={() => void run(() => markAllRead(nodes.map((n) => n.id)), t('list.allMarked'))}
        >
          {t('list.markAllRead')}
        </Button>
      </div>
      <p role="status" className="composer__status">
        {status}
      </p>
      {actionError ? (
        <Alert tone="error" title={t('list.actionError')}>
          <p>{actionError}</p>
        </Alert>
      ) : null}
      {nodes.length === 0 ? (
        <EmptyState
          icon={<BellIcon size={28} />}
          title={t('list.emptyTitle')}
          description={<p>{t('list.emptyBody')}</p>}
        />
      ) : (
        <ol className="notification-list">
          {nodes.map((n) => {
            const sentence = moderationSentence(n) ?? notificationSentence(t, n);
            const href = n.moderation ? moderationNoticeHref(n) : notificationHref(n);
            return (
              <li
                key={n.id}
                className={n.read ? 'notification' : 'notification notification--unread'}
              >
                <div className="notification__main">
                  <p className="notification__text">
                    {href ? (
                      <Link
                        to={href}
                        onClick={() => {
                          if (!n.read) void markRead([n.id]).catch(() => undefined);
                        }}
                      >
                        {sentence}
                      </Link>
                    ) : (
                      sentence
                    )}
                    {n.read ? null : (
                      <>
                        {' '}
                        <Badge tone="info">{t('list.unreadBadge')}</Badge>
                      </>
                    )}
                  </p>
                  {n.excerpt ? (
                    <p className="notification__excerpt">
                      {t('list.excerpt', { excerpt: n.excerpt })}
                    </p>
                  ) : null}
                  <p className="muted small">
                    <PostTime iso={n.createdAt} />
                  </p>
                </div>
                {n.read ? null : (
                  <Button
                    variant="ghost"
                    size="sm"
                    disabled={busy}
                    aria-label={t('list.markReadLabel', { sentence })}
                    onClick={() => void run(() => markRead([n.id]), t('list.marked'))}
                  >
                    {t('list.markRead')}
                  </Button>
                )}
              </li>
            );
          })}
        </ol>
      )}
      {list?.pageInfo.hasNextPage ? (
        <div>
          <Button
            variant="secondary"
            busy={loading}
            onClick={() => void fetchMore({ variables: { after: list.pageInfo.endCursor } })}
          >
            {t('list.older')}
          </Button>
        </div>
      ) : null}
    </section>
  );
}
