import { Injectable } from '@nestjs/common';
import {
  ModerationNoticeDetails,
  ModerationOutcome,
  ModerationState,
  NotificationType,
} from '@outloud/contracts';
import { DecisionNotice, ModerationRepository } from '../moderation.repository';

/** One notification a decision sends. */
export interface ModerationNotice {
  recipientId: string;
  type: NotificationType;
  details: ModerationNoticeDetails;
  /** One notification per decision and person. */
  dedupeKey: string;
}

/**
 * Read port for the notifications domain: whom a decision tells what. The author hears that
 * their content was hidden (with the moderator's reason), restored or deleted; the people whose
 * reports it closed hear the outcome (never the reason, never who decided).
 */
@Injectable()
export class ModerationNotices {
  constructor(private readonly repository: ModerationRepository) {}

  async forDecision(decisionId: string): Promise<ModerationNotice[]> {
    const notice = await this.repository.decisionNotice(decisionId);
    return notice ? noticesOf(notice) : [];
  }
}

/** Pure: the notifications of one decision. */
export function noticesOf(n: DecisionNotice): ModerationNotice[] {
  const base = {
    itemId: n.item.id,
    targetType: n.item.targetType,
    targetId: n.item.targetId,
    postId: n.item.postId,
    fileId: n.item.fileId,
    automatic: n.automatic,
  };
  const key = (who: string) => `moderation:${n.decisionId}:${who}`;
  const toAuthor = (type: NotificationType, outcome: ModerationOutcome, reason: string | null) => ({
    recipientId: n.item.authorId,
    type,
    details: { ...base, outcome, reason },
    dedupeKey: key('author'),
  });
  const toReporters = (outcome: ModerationOutcome) =>
    n.reporterIds
      .filter((id) => id !== n.item.authorId)
      .map((recipientId) => ({
        recipientId,
        type: NotificationType.REPORT_RESOLVED,
        details: { ...base, outcome, reason: null, automatic: false },
        dedupeKey: key('reporter'),
      }));
  switch (n.action) {
    case 'held':
      return [toAuthor(NotificationType.CONTENT_HIDDEN, ModerationOutcome.HELD, null)];
    case 'hidden':
      return [
        toAuthor(NotificationType.CONTENT_HIDDEN, ModerationOutcome.HIDDEN, n.reason),
        ...toReporters(ModerationOutcome.HIDDEN),
      ];
    case 'deleted':
      return [
        toAuthor(NotificationType.CONTENT_REMOVED, ModerationOutcome.DELETED, n.reason),
        ...toReporters(ModerationOutcome.DELETED),
      ];
    case 'restored':
      return [
        ...(n.fromState !== ModerationState.VISIBLE
          ? [toAuthor(NotificationType.CONTENT_RESTORED, ModerationOutcome.RESTORED, null)]
          : []),
        ...toReporters(ModerationOutcome.RESTORED),
      ];
    case 'dismissed':
      return [
        // An item held only by the dismissed reports is visible again: its author hears it.
        ...(n.fromState === ModerationState.HELD && n.toState === ModerationState.VISIBLE
          ? [toAuthor(NotificationType.CONTENT_RESTORED, ModerationOutcome.RESTORED, null)]
          : []),
        ...toReporters(ModerationOutcome.DISMISSED),
      ];
    case 'reviewRequested':
      return [];
  }
}
