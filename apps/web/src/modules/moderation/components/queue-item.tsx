import './moderation.css';
import { useMutation } from '@apollo/client/react';
import { useFormat, useTranslation } from '@outloud/web-i18n';
import { Badge, Button } from '@outloud/web-ui';
import { useState } from 'react';
import { Link } from 'react-router-dom';
import type { ModerationItemFieldsFragment } from '../../../generated/graphql';
import { toFormErrors } from '../../errors/utils/form-errors';
import {
  DeleteContentMutation,
  DismissReportsMutation,
  HideContentMutation,
  RestoreContentMutation,
} from '../graphql/moderation.operations';
import { DecisionDialog } from './decision-dialog';

const refetchQueries = ['ModerationQueue', 'ModerationQueueCount'];

export interface QueueItemProps {
  item: ModerationItemFieldsFragment;
  /** Announces what was decided in the page's status region. */
  onDecided: (message: string) => void;
}

/**
 * One waiting item: what it is and where, why people reported it, the author's history, and the
 * four decisions (hide with a reason, restore, dismiss the reports, delete).
 */
export function QueueItem({ item, onDecided }: QueueItemProps) {
  const { t } = useTranslation('moderation');
  const format = useFormat();
  const headingId = `queue-${item.id}`;
  const target = item.targetType.toLowerCase();
  const [dialog, setDialog] = useState<'hide' | 'delete' | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [hide, hideState] = useMutation(HideContentMutation, { refetchQueries });
  const [restore, restoreState] = useMutation(RestoreContentMutation, { refetchQueries });
  const [dismiss, dismissState] = useMutation(DismissReportsMutation, { refetchQueries });
  const [remove, removeState] = useMutation(DeleteContentMutation, { refetchQueries });
  const busy = hideState.loading || restoreState.loading || dismissState.loading;
  const hidden = item.state === 'HIDDEN' || item.state === 'HELD';

  const run = async (action: () => Promise<unknown>, done: string) => {
    setProblem(null);
    try {
      await action();
      setDialog(null);
      onDecided(done);
    } catch (caught) {
      setProblem(toFormErrors(caught, []).message);
    }
  };

  const ask = (kind: 'hide' | 'delete') => {
    setProblem(null);
    setDialog(kind);
  };
  const askHide = () => ask('hide');
  const askDelete = () => ask('delete');

  const contentLink = item.post
    ? `/posts/${item.post.id}`
    : item.file
      ? `/library/${item.file.id}`
      : item.profile
        ? `/people/${item.profile.handle}`
        : null;

  return (
    <article className="card stack-sm queue-item" aria-labelledby={headingId}>
      <header className="queue-item__header">
        <h2 id={headingId} className="card__title">
          {t('queue.itemTitle', {
            target,
            author: item.author?.displayName ?? t('queue.unknownAuthor'),
          })}
        </h2>
        <div className="queue-item__badges">
          {item.state === 'HELD' ? <Badge tone="warning">{t('state.HELD')}</Badge> : null}
          {item.state === 'HIDDEN' ? <Badge tone="warning">{t('state.HIDDEN')}</Badge> : null}
          <Badge tone="info">{t('queue.reports', { count: item.reportCount })}</Badge>
        </div>
      </header>
      <p className="muted small">
        {item.queuedAt
          ? t('queue.waitingSince', { when: format.dateTime(new Date(item.queuedAt)) })
          : null}
        {item.post?.community
          ? ` · ${t('queue.inCommunity', { name: item.post.community.name })}`
          : null}
      </p>
      {item.reasons.length > 0 ? (
        <ul className="queue-item__reasons" aria-label={t('queue.reasonsLabel')}>
          {item.reasons.map((r) => (
            <li key={r.reason} className="ol-chip">
              {t('queue.reasonCount', { reason: t(`reason.${r.reason}`), count: r.count })}
            </li>
          ))}
        </ul>
      ) : null}
      {item.notes.length > 0 ? (
        <ul className="queue-item__notes">
          {item.notes.map((n, index) => (
            <li key={`${n.createdAt}-${index}`}>
              <span className="muted small">{t(`reason.${n.reason}`)}: </span>
              {n.note}
            </li>
          ))}
        </ul>
      ) : null}
      {item.reviewRequestedAt ? (
        <p className="queue-item__review">
          {item.reviewNote
            ? t('queue.reviewAskedWithNote', { note: item.reviewNote })
            : t('queue.reviewAsked')}
        </p>
      ) : null}
      {item.hiddenReason ? (
        <p className="muted">{t('queue.hiddenBecause', { reason: item.hiddenReason })}</p>
      ) : null}
      <section className="queue-item__content" aria-label={t('queue.contentLabel')}>
        {item.reply && item.post ? (
          <>
            <p className="muted small">
              {t('queue.replyTo', { author: item.post.author.displayName })}
            </p>
            <div
              className="prose queue-item__context"
              dangerouslySetInnerHTML={{ __html: item.post.bodyHtml }}
            />
            <div className="prose" dangerouslySetInnerHTML={{ __html: item.reply.bodyHtml }} />
          </>
        ) : item.post && item.targetType === 'POST' ? (
          <div className="prose" dangerouslySetInnerHTML={{ __html: item.post.bodyHtml }} />
        ) : (
          <p className="queue-item__excerpt">{item.excerpt ?? t('queue.noExcerpt')}</p>
        )}
        {item.post && item.post.replyCount > 0 ? (
          <details className="queue-item__thread" open={item.targetType === 'REPLY'}>
            <summary>{t('queue.thread', { count: item.post.replyCount })}</summary>
            <ol className="queue-item__thread-list">
              {item.post.replies.nodes.map((reply) => (
                <li
                  key={reply.id}
                  className={
                    reply.id === item.reply?.id ? 'queue-item__thread-reported' : undefined
                  }
                >
                  <p className="muted small">
                    {reply.author.displayName}
                    {reply.id === item.reply?.id ? ` · ${t('queue.reportedReply')}` : null}
                  </p>
                  <div className="prose" dangerouslySetInnerHTML={{ __html: reply.bodyHtml }} />
                </li>
              ))}
            </ol>
            {item.post.replyCount > item.post.replies.nodes.length ? (
              <p className="muted small">
                {t('queue.threadMore', {
                  count: item.post.replyCount - item.post.replies.nodes.length,
                })}
              </p>
            ) : null}
          </details>
        ) : null}
        {contentLink ? (
          <p>
            <Link to={contentLink}>{t('queue.openInContext')}</Link>
          </p>
        ) : null}
      </section>
      {item.author ? (
        <p className="small">
          <Link to={`/people/${item.author.handle}`}>{item.author.displayName}</Link>
          {' · '}
          {item.authorHistory.everHidden === 0
            ? t('queue.historyNone')
            : t('queue.history', {
                ever: item.authorHistory.everHidden,
                still: item.authorHistory.stillHidden,
                deleted: item.authorHistory.deleted,
              })}
        </p>
      ) : null}
      <div className="form-actions">
        {hidden ? (
          <Button
            size="sm"
            busy={restoreState.loading}
            disabled={busy}
            aria-describedby={headingId}
            onClick={() =>
              void run(
                () => restore({ variables: { itemId: item.id } }),
                t('queue.done.restored', { target }),
              )
            }
          >
            {t('queue.restore')}
          </Button>
        ) : null}
        {item.state !== 'HIDDEN' ? (
          <Button size="sm" disabled={busy} aria-describedby={headingId} onClick={askHide}>
            {t('queue.hide')}
          </Button>
        ) : null}
        {item.reportCount > 0 ? (
          <Button
            size="sm"
            variant="secondary"
            busy={dismissState.loading}
            disabled={busy}
            aria-describedby={headingId}
            onClick={() =>
              void run(
                () => dismiss({ variables: { itemId: item.id } }),
                t('queue.done.dismissed', { target }),
              )
            }
          >
            {t('queue.dismiss')}
          </Button>
        ) : null}
        <Button
          size="sm"
          variant="danger"
          disabled={busy}
          aria-describedby={headingId}
          onClick={askDelete}
        >
          {t('queue.delete')}
        </Button>
      </div>
      {problem && dialog === null ? (
        <p className="ol-field__error" role="alert">
          {problem}
        </p>
      ) : null}
      <DecisionDialog
        key={dialog ?? 'closed'}
        kind={dialog}
        busy={hideState.loading || removeState.loading}
        problem={problem}
        onCancel={() => setDialog(null)}
        onDecide={(reason) =>
          void (dialog === 'delete'
            ? run(
                () => remove({ variables: { itemId: item.id, reason } }),
                t('queue.done.deleted', { target }),
              )
            : run(
                () => hide({ variables: { itemId: item.id, reason } }),
                t('queue.done.hidden', { target }),
              ))
        }
      />
    </article>
  );
}
