import { Avatar, Badge } from '@outloud/web-ui';
import type { ReactNode } from 'react';
import { Link } from 'react-router-dom';
import type { ReplyFieldsFragment } from '../../../generated/graphql';
import { useInternalLinks } from '../hooks/use-internal-links';
import { PostTime } from './post-time';

export interface ReplyItemProps {
  reply: ReplyFieldsFragment;
  accepted?: boolean;
  actions?: ReactNode;
  /** The pinned copy gets its own id so both copies can be labelled. */
  idPrefix?: string;
}

export function ReplyItem({
  reply,
  accepted = false,
  actions,
  idPrefix = 'reply',
}: ReplyItemProps) {
  const labelId = `${idPrefix}-${reply.id}-author`;
  const onBodyClick = useInternalLinks();
  return (
    <article
      className={accepted ? 'reply reply--accepted' : 'reply'}
      aria-labelledby={labelId}
      data-reply-id={reply.id}
    >
      <header className="reply__header">
        <Avatar
          name={reply.author.displayName}
          src={reply.author.avatarUrl}
          size="sm"
          labelled={false}
        />
        <p className="reply__meta">
          <Link id={labelId} to={`/people/${reply.author.handle}`} className="reply__author">
            {reply.author.displayName}
          </Link>{' '}
          <span className="muted small">
            <PostTime iso={reply.createdAt} />
          </span>
        </p>
        {accepted ? <Badge tone="success">Accepted answer</Badge> : null}
      </header>
      {reply.isDeleted ? (
        <p className="muted">This reply was deleted.</p>
      ) : (
        // Delegates clicks on links in the HTML; the links keep their own keyboard behaviour.
        <div
          className="reply__body prose"
          onClick={onBodyClick}
          dangerouslySetInnerHTML={{ __html: reply.bodyHtml }}
        />
      )}
      {actions ? <div className="reply__actions">{actions}</div> : null}
    </article>
  );
}
