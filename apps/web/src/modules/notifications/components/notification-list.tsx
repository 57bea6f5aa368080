import { useQuery } from '@apollo/client/react';
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

  if (loading && !data) return <FeedLoading label="Loading notifications…" />;
  if (error && !list) return <FeedError error={error} title="Could not load notifications" />;

  return (
    <section aria-labelledby="notifications-list-title" className="stack">
      <div className="notifications__toolbar">
        <h2 id="notifications-list-title" className="section-title">
          {unread > 0 ? `${unread} unread` : 'All caught up'}
        </h2>
        <Button
          variant="secondary"
          size="sm"
          disabled={busy || unread === 0}
          onClick={() =>
            void run(() => markAllRead(nodes.map((n) => n.id)), 'All notifications marked as read.')
          }
        >
          Mark all read
        </Button>
      </div>
      <p role="status" className="composer__status">
        {status}
      </p>
      {actionError ? (
        <Alert tone="error" title="That did not work">
          <p>{actionError}</p>
        </Alert>
      ) : null}
      {nodes.length === 0 ? (
        <EmptyState
          icon={<BellIcon size={28} />}
          title="No notifications yet"
          description={
            <p>
              When someone mentions you, replies to your posts or accepts your answer, you will see
              it here as it happens.
            </p>
          }
        />
      ) : (
        <ol className="notification-list">
          {nodes.map((n) => {
            const sentence = moderationSentence(n) ?? notificationSentence(n);
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
                        <Badge tone="info">Unread</Badge>
                      </>
                    )}
                  </p>
                  {n.excerpt ? <p className="notification__excerpt">“{n.excerpt}”</p> : null}
                  <p className="muted small">
                    <PostTime iso={n.createdAt} />
                  </p>
                </div>
                {n.read ? null : (
                  <Button
                    variant="ghost"
                    size="sm"
                    disabled={busy}
                    aria-label={`Mark read: ${sentence}`}
                    onClick={() => void run(() => markRead([n.id]), 'Marked as read.')}
                  >
                    Mark read
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
            Show older notifications
          </Button>
        </div>
      ) : null}
    </section>
  );
}
