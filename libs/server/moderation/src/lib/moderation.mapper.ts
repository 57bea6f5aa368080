import { ModerationState } from '@outloud/contracts';
import { ContentModeration, ModerationItem } from './dto/moderation.model';
import { ItemRow } from './moderation.repository';

export function toModerationItem(row: ItemRow): ModerationItem {
  return {
    id: row.id,
    targetType: row.targetType,
    targetId: row.targetId,
    state: row.state,
    hiddenReason: row.hiddenReason,
    hiddenAt: row.hiddenAt,
    queuedAt: row.queuedAt,
    reviewRequestedAt: row.reviewRequestedAt,
    reviewNote: row.reviewNote,
    authorId: row.authorId,
    postId: row.postId,
    fileId: row.fileId,
  };
}

/** What the author (and moderators) see on hidden content; null while it is visible. */
export function toContentModeration(row: ItemRow | null | undefined): ContentModeration | null {
  if (!row || row.state === ModerationState.VISIBLE) return null;
  return {
    itemId: row.id,
    state: row.state,
    reason: row.hiddenReason,
    automatic: row.state === ModerationState.HELD,
    hiddenAt: row.hiddenAt,
    reviewRequestedAt: row.reviewRequestedAt,
  };
}
