/**
 * Which sentence a moderation notification is: the author hears what happened to their content
 * (with the moderator's reason); a reporter hears the outcome of their report. GraphQL sends
 * enum names (HIDDEN, FILE_COMMENT), live pushes the stored values (hidden, file_comment).
 */
export interface ModerationNoticeFields {
  type: string;
  moderation: { targetType: string; outcome: string; reason: string | null } | null;
}

export type ModerationNoticeKey =
  | 'notice.held'
  | 'notice.hidden'
  | 'notice.restored'
  | 'notice.deleted'
  | 'notice.reportHidden'
  | 'notice.reportDeleted'
  | 'notice.reportNoBreach';

export function moderationNotice(
  n: ModerationNoticeFields,
): { key: ModerationNoticeKey; target: string; reason: string } | null {
  if (!n.moderation) return null;
  const outcome = n.moderation.outcome.toLowerCase();
  const target = n.moderation.targetType.toLowerCase();
  const reason = n.moderation.reason ?? '';
  if (n.type === 'REPORT_RESOLVED') {
    const key =
      outcome === 'hidden'
        ? 'notice.reportHidden'
        : outcome === 'deleted'
          ? 'notice.reportDeleted'
          : 'notice.reportNoBreach';
    return { key, target, reason };
  }
  const byOutcome: Record<string, ModerationNoticeKey> = {
    held: 'notice.held',
    hidden: 'notice.hidden',
    restored: 'notice.restored',
    deleted: 'notice.deleted',
  };
  return { key: byOutcome[outcome] ?? 'notice.hidden', target, reason };
}

/** Where a moderation notification leads: the thread, the file, or the person's profile. */
export function moderationNoticeHref(n: {
  moderation: { postId: string | null; fileId: string | null } | null;
}): string | null {
  if (n.moderation?.postId) return `/posts/${n.moderation.postId}`;
  if (n.moderation?.fileId) return `/files/${n.moderation.fileId}`;
  return null;
}
