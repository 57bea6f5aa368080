import { useMutation } from '@apollo/client/react';
import { useTranslation } from '@outloud/web-i18n';
import { Avatar, Badge, Button, ConfirmDialog } from '@outloud/web-ui';
import { useRef, useState, type ReactNode } from 'react';
import { flushSync } from 'react-dom';
import { Link } from 'react-router-dom';
import type { ReplyFieldsFragment } from '../../../generated/graphql';
import { toFormErrors } from '../../errors/utils/form-errors';
import { ModerationBanner } from '../../moderation/components/moderation-banner';
import { ReportButton } from '../../moderation/components/report-button';
import { DeleteReplyMutation, EditReplyMutation } from '../graphql/stream.operations';
import { useInternalLinks } from '../hooks/use-internal-links';
import { EditTextForm } from './edit-text-form';
import { LikeButton } from './like-button';
import { PostTime } from './post-time';

export interface ReplyItemProps {
  reply: ReplyFieldsFragment;
  accepted?: boolean;
  actions?: ReactNode;
  /** The pinned copy gets its own id so both copies can be labelled. */
  idPrefix?: string;
  /** The viewer wrote it: offer Edit and Delete. */
  canManage?: boolean;
  /** Announces an outcome in the page's status region. */
  onStatus?: (message: string) => void;
}

export function ReplyItem({
  reply,
  accepted = false,
  actions,
  idPrefix = 'reply',
  canManage = false,
  onStatus,
}: ReplyItemProps) {
  const { t } = useTranslation('stream');
  const labelId = `${idPrefix}-${reply.id}-author`;
  const onBodyClick = useInternalLinks();
  const articleRef = useRef<HTMLElement>(null);
  const editButtonRef = useRef<HTMLButtonElement>(null);
  const [editing, setEditing] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const [deleteError, setDeleteError] = useState<string | null>(null);
  const [editReply, editState] = useMutation(EditReplyMutation);
  const [deleteReply, deleteState] = useMutation(DeleteReplyMutation);
  const manageable = canManage && !reply.isDeleted;

  // The Edit button comes back with the text: render it, then give it focus.
  const closeEditor = () => {
    flushSync(() => setEditing(false));
    editButtonRef.current?.focus();
  };

  const remove = async () => {
    setDeleteError(null);
    try {
      await deleteReply({ variables: { id: reply.id } });
      setConfirming(false);
      onStatus?.(t('reply.deleted'));
      // The buttons are gone with the text; keep focus in the thread.
      articleRef.current?.focus();
    } catch (caught) {
      setDeleteError(toFormErrors(caught, []).message);
    }
  };

  return (
    <article
      ref={articleRef}
      tabIndex={-1}
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
          {reply.author.isFormerColleague ? (
            <span className="post__former-note">{t('post.formerColleague')} </span>
          ) : null}
          <span className="muted small">
            <PostTime iso={reply.createdAt} />
            {reply.editedAt && !reply.isDeleted ? <span>{t('reply.edited')}</span> : null}
          </span>
        </p>
        {accepted ? <Badge tone="success">{t('reply.accepted')}</Badge> : null}
      </header>
      <ModerationBanner moderation={reply.moderation} authorId={reply.author.id} />
      {reply.isDeleted ? (
        <p className="muted">{t('reply.deletedText')}</p>
      ) : editing ? (
        <EditTextForm
          label={t('reply.editLabel')}
          initial={reply.body}
          busy={editState.loading}
          submitLabel={t('reply.save')}
          onCancel={closeEditor}
          onSave={async (body) => {
            await editReply({ variables: { id: reply.id, input: { body } } });
            closeEditor();
            onStatus?.(t('reply.saved'));
          }}
        />
      ) : (
        // Delegates clicks on links in the HTML; the links keep their own keyboard behaviour.
        <div
          className="reply__body prose"
          onClick={onBodyClick}
          dangerouslySetInnerHTML={{ __html: reply.bodyHtml }}
        />
      )}
      {reply.isDeleted ? null : (
        <div className="reply__actions">
          <LikeButton
            postId={reply.id}
            kind="reply"
            liked={reply.viewerHasLiked}
            count={reply.likeCount}
            describedBy={labelId}
          />
          {manageable && !editing ? (
            <>
              <Button
                ref={editButtonRef}
                variant="ghost"
                size="sm"
                aria-describedby={labelId}
                onClick={() => setEditing(true)}
              >
                {t('reply.edit')}
              </Button>
              <Button
                variant="ghost"
                size="sm"
                aria-describedby={labelId}
                onClick={() => {
                  setDeleteError(null);
                  setConfirming(true);
                }}
              >
                {t('reply.delete')}
              </Button>
            </>
          ) : null}
          <ReportButton
            targetType="REPLY"
            targetId={reply.id}
            authorId={reply.author.id}
            describedBy={labelId}
          />
          {actions}
        </div>
      )}
      <ConfirmDialog
        open={confirming}
        title={t('reply.confirmTitle')}
        confirmLabel={t('reply.confirmAction')}
        danger
        busy={deleteState.loading}
        onCancel={() => setConfirming(false)}
        onConfirm={() => void remove()}
      >
        <p>{t('reply.confirmBody')}</p>
        {deleteError ? (
          <p className="ol-field__error" role="alert">
            {deleteError}
          </p>
        ) : null}
      </ConfirmDialog>
    </article>
  );
}
