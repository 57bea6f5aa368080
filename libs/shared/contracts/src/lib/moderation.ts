/** Moderation and the content policy: names and limits shared by the API and the web client. */

/** Why someone reports something. */
export enum ReportReason {
  ABUSIVE = 'abusive',
  PERSONAL_ATTACK = 'personal_attack',
  SPAM = 'spam',
  CONFIDENTIAL = 'confidential',
  OTHER = 'other',
}

/** What can be reported and hidden. */
export enum ModerationTargetType {
  POST = 'post',
  REPLY = 'reply',
  FILE = 'file',
  FILE_COMMENT = 'file_comment',
  BOOKMARK = 'bookmark',
  PROFILE = 'profile',
}

/**
 * Where an item stands: visible (perhaps reported), held (hidden automatically by reports,
 * pending review), hidden (by a moderator), deleted (a tombstone, by a moderator).
 */
export enum ModerationState {
  VISIBLE = 'visible',
  HELD = 'held',
  HIDDEN = 'hidden',
  DELETED = 'deleted',
}

/** What a moderator decided, as the people concerned are told. */
export enum ModerationOutcome {
  HELD = 'held',
  HIDDEN = 'hidden',
  RESTORED = 'restored',
  DISMISSED = 'dismissed',
  DELETED = 'deleted',
}

export const LIMITS_MODERATION = {
  /** A report's note (required for "other"). */
  reportNote: 1000,
  /** A moderator's reason for hiding or deleting, shown to the author. */
  decisionReason: 1000,
  /** What an author says when asking for a review. */
  reviewNote: 1000,
  /** The content policy, in Markdown. */
  policyMarkdown: 20_000,
  policyChangeNote: 500,
} as const;

/** The details a moderation notification carries (about the recipient's content or report). */
export interface ModerationNoticeDetails {
  itemId: string;
  targetType: ModerationTargetType;
  targetId: string;
  /** The thread to link to (a post, or a reply's post). */
  postId: string | null;
  /** The file to link to (a file, or a file comment's file). */
  fileId: string | null;
  outcome: ModerationOutcome;
  /** The moderator's reason (to the author); never shown to reporters. */
  reason: string | null;
  /** Hidden by reports, pending review, rather than by a moderator. */
  automatic: boolean;
}
