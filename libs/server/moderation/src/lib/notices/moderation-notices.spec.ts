import {
  ModerationOutcome,
  ModerationState,
  ModerationTargetType,
  NotificationType,
} from '@outloud/contracts';
import { DecisionNotice } from '../moderation.repository';
import { noticesOf } from './moderation-notices';

const item = {
  id: 'item',
  targetType: ModerationTargetType.POST,
  targetId: 'post',
  authorId: 'author',
  communityId: null,
  postId: 'post',
  fileId: null,
  state: ModerationState.HIDDEN,
  hiddenAt: new Date(),
  hiddenReason: 'Rude',
  queuedAt: null,
  reviewRequestedAt: null,
  reviewNote: null,
  createdAt: new Date(),
  updatedAt: new Date(),
};

function notice(overrides: Partial<DecisionNotice>): DecisionNotice {
  return {
    decisionId: '7',
    action: 'hidden',
    reason: 'Rude',
    automatic: false,
    fromState: ModerationState.VISIBLE,
    toState: ModerationState.HIDDEN,
    item,
    reporterIds: ['r1', 'r2'],
    ...overrides,
  };
}

describe('moderation notices', () => {
  it('tells the author why, and the reporters only the outcome', () => {
    const notices = noticesOf(notice({}));
    expect(notices.map((n) => [n.recipientId, n.type, n.details.reason])).toEqual([
      ['author', NotificationType.CONTENT_HIDDEN, 'Rude'],
      ['r1', NotificationType.REPORT_RESOLVED, null],
      ['r2', NotificationType.REPORT_RESOLVED, null],
    ]);
    expect(new Set(notices.map((n) => `${n.recipientId}:${n.dedupeKey}`)).size).toBe(3);
  });

  it('tells the author of a hold that reports held it, and nobody else yet', () => {
    const notices = noticesOf(
      notice({ action: 'held', automatic: true, reason: null, reporterIds: [] }),
    );
    expect(notices).toHaveLength(1);
    expect(notices[0].details).toMatchObject({ outcome: ModerationOutcome.HELD, automatic: true });
  });

  it('tells the author about a restore only when it was hidden', () => {
    const fromVisible = noticesOf(
      notice({
        action: 'restored',
        fromState: ModerationState.VISIBLE,
        toState: ModerationState.VISIBLE,
      }),
    );
    expect(fromVisible.map((n) => n.recipientId)).toEqual(['r1', 'r2']);
    const fromHidden = noticesOf(
      notice({
        action: 'restored',
        fromState: ModerationState.HIDDEN,
        toState: ModerationState.VISIBLE,
      }),
    );
    expect(fromHidden[0]).toMatchObject({
      recipientId: 'author',
      type: NotificationType.CONTENT_RESTORED,
    });
  });

  it('releases a hold on dismissal and tells the author; a plain dismissal only the reporters', () => {
    const released = noticesOf(
      notice({
        action: 'dismissed',
        fromState: ModerationState.HELD,
        toState: ModerationState.VISIBLE,
      }),
    );
    expect(released.map((n) => n.type)).toEqual([
      NotificationType.CONTENT_RESTORED,
      NotificationType.REPORT_RESOLVED,
      NotificationType.REPORT_RESOLVED,
    ]);
    const plain = noticesOf(
      notice({
        action: 'dismissed',
        fromState: ModerationState.VISIBLE,
        toState: ModerationState.VISIBLE,
      }),
    );
    expect(plain.every((n) => n.details.outcome === ModerationOutcome.DISMISSED)).toBe(true);
  });

  it('never notifies an author about their own report, and a review request notifies nobody', () => {
    expect(noticesOf(notice({ reporterIds: ['author'] })).map((n) => n.recipientId)).toEqual([
      'author',
    ]);
    expect(noticesOf(notice({ action: 'reviewRequested' }))).toEqual([]);
  });
});
