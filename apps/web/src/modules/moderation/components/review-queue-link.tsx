import { useQuery } from '@apollo/client/react';
import { useTranslation } from '@outloud/web-i18n';
import { ShieldIcon, cx } from '@outloud/web-ui';
import { NavLink } from 'react-router-dom';
import { ModerationQueueCountQuery } from '../graphql/moderation.operations';

/** Refreshed now and then; deciding on an item refetches it at once. */
const POLL_MS = 60_000;

/**
 * The top bar's shield for moderators, admins and community owners: the review queue's length,
 * linking to it. Nothing for people who moderate nothing (the server answers null).
 */
export function ReviewQueueLink() {
  const { t } = useTranslation('moderation');
  const { data } = useQuery(ModerationQueueCountQuery, { pollInterval: POLL_MS });
  const waiting = data?.moderationQueueCount;
  if (waiting === null || waiting === undefined) return null;
  return (
    <NavLink
      to="/moderation"
      aria-label={t('queue.linkLabel', { count: waiting })}
      className={({ isActive }) => cx('bell', isActive && 'bell--active')}
    >
      <ShieldIcon />
      {waiting > 0 ? (
        <span className="bell__count" aria-hidden="true" data-testid="queue-count">
          {waiting > 99 ? '99+' : waiting}
        </span>
      ) : null}
    </NavLink>
  );
}
