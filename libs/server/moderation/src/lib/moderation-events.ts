import { ModerationTargetType } from '@outloud/contracts';
import { QueuedEvent } from '@outloud/server-core';
import { ItemRow } from './moderation.repository';

/**
 * The outbox events of a change of visibility, per kind of content (`moderation.<kind>.<verb>`),
 * with the ids their listeners need (search re-indexes, live rooms are re-checked, analytics).
 */
export function visibilityEvent(item: ItemRow, verb: 'hidden' | 'restored'): QueuedEvent {
  switch (item.targetType) {
    case ModerationTargetType.POST:
      return { type: `moderation.post.${verb}`, payload: { postId: item.targetId } };
    case ModerationTargetType.REPLY:
      return {
        type: `moderation.reply.${verb}`,
        payload: { postId: item.postId ?? '', replyId: item.targetId },
      };
    case ModerationTargetType.FILE:
      return { type: `moderation.file.${verb}`, payload: { fileId: item.targetId } };
    case ModerationTargetType.FILE_COMMENT:
      return {
        type: `moderation.fileComment.${verb}`,
        payload: { fileId: item.fileId ?? '', commentId: item.targetId },
      };
    case ModerationTargetType.BOOKMARK:
      return { type: `moderation.bookmark.${verb}`, payload: { bookmarkId: item.targetId } };
    case ModerationTargetType.PROFILE:
      return { type: `moderation.profile.${verb}`, payload: { userId: item.targetId } };
  }
}

/** A moderator's deletion, for the owning domain to carry out (profiles are never deleted). */
export function deletionEvent(item: ItemRow, moderatorId: string): QueuedEvent | null {
  switch (item.targetType) {
    case ModerationTargetType.POST:
      return { type: 'moderation.post.deleted', payload: { postId: item.targetId, moderatorId } };
    case ModerationTargetType.REPLY:
      return {
        type: 'moderation.reply.deleted',
        payload: { postId: item.postId ?? '', replyId: item.targetId, moderatorId },
      };
    case ModerationTargetType.FILE:
      return { type: 'moderation.file.deleted', payload: { fileId: item.targetId, moderatorId } };
    case ModerationTargetType.FILE_COMMENT:
      return {
        type: 'moderation.fileComment.deleted',
        payload: { fileId: item.fileId ?? '', commentId: item.targetId, moderatorId },
      };
    case ModerationTargetType.BOOKMARK:
      return {
        type: 'moderation.bookmark.deleted',
        payload: { bookmarkId: item.targetId, moderatorId },
      };
    case ModerationTargetType.PROFILE:
      return null;
  }
}

/** The audit log's name for a kind of content (`moderation.<kind>.<verb>`). */
export function auditKind(type: ModerationTargetType): string {
  return type === ModerationTargetType.FILE_COMMENT ? 'fileComment' : type;
}
