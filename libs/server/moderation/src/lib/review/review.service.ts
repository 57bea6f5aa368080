import { Injectable } from '@nestjs/common';
import { AuditContext } from '@outloud/audit';
import { ModerationOutcome, ModerationState, ModerationTargetType } from '@outloud/contracts';
import { AccessPolicy, TransactionRunner, validateInput, Viewer } from '@outloud/server-core';
import { EntityManager } from 'typeorm';
import { deletionEvent } from '../moderation-events';
import { ModerationErrors } from '../moderation.errors';
import { ModerationTargets, TargetFacts } from '../moderation-targets';
import { ItemRow, ModerationRepository } from '../moderation.repository';
import {
  decisionReasonSchema,
  optionalNoteSchema,
  reviewRequestSchema,
} from '../moderation.schemas';
import { ModerationDecisions } from './moderation-decisions';

const isHidden = (item: ItemRow) => item.state !== ModerationState.VISIBLE;

/**
 * What moderators do with reported content — hide with a reason, restore, dismiss the reports,
 * delete — and what authors do with their hidden content: ask for a review. Each is one
 * transaction: the item's row lock, the decision, its audit entry and its events.
 */
@Injectable()
export class ReviewService {
  constructor(
    private readonly transactions: TransactionRunner,
    private readonly targets: ModerationTargets,
    private readonly repository: ModerationRepository,
    private readonly decisions: ModerationDecisions,
    private readonly policy: AccessPolicy,
  ) {}

  /** Hides it from everyone but its author and its moderators. Already hidden: nothing changes. */
  async hide(
    viewer: Viewer,
    itemId: string,
    reasonInput: unknown,
    context?: AuditContext,
  ): Promise<ItemRow> {
    const reason = validateInput(decisionReasonSchema, reasonInput, 'reason');
    return this.transactions.run(async (tx) => {
      const { item } = await this.lockForModerator(tx, viewer, itemId);
      if (item.state === ModerationState.HIDDEN && !item.queuedAt) return item;
      return this.decisions.record(tx, item, {
        action: 'hidden',
        actor: viewer,
        reason,
        patch: {
          state: ModerationState.HIDDEN,
          hiddenAt: item.hiddenAt ?? new Date(),
          hiddenReason: reason,
          queuedAt: null,
          reviewRequestedAt: null,
        },
        closeReports: ModerationOutcome.HIDDEN,
        auditVerb: 'hidden',
        context,
      });
    });
  }

  /** Visible again; open reports are closed (the reporters hear nothing was wrong with it). */
  async restore(
    viewer: Viewer,
    itemId: string,
    noteInput: unknown,
    context?: AuditContext,
  ): Promise<ItemRow> {
    const note = validateInput(optionalNoteSchema, noteInput, 'note') || null;
    return this.transactions.run(async (tx) => {
      const { item } = await this.lockForModerator(tx, viewer, itemId);
      if (!isHidden(item) && !item.queuedAt) return item;
      return this.decisions.record(tx, item, {
        action: 'restored',
        actor: viewer,
        reason: note,
        patch: {
          state: ModerationState.VISIBLE,
          hiddenAt: null,
          hiddenReason: null,
          queuedAt: null,
          reviewRequestedAt: null,
        },
        closeReports: ModerationOutcome.RESTORED,
        auditVerb: 'restored',
        context,
      });
    });
  }

  /**
   * Closes the open reports and takes the item out of the queue: nothing was wrong. An item held
   * only by those reports becomes visible again; one a moderator hid stays hidden.
   */
  async dismiss(
    viewer: Viewer,
    itemId: string,
    noteInput: unknown,
    context?: AuditContext,
  ): Promise<ItemRow> {
    const note = validateInput(optionalNoteSchema, noteInput, 'note') || null;
    return this.transactions.run(async (tx) => {
      const { item } = await this.lockForModerator(tx, viewer, itemId);
      if (!item.queuedAt && item.state !== ModerationState.HELD) return item;
      const released = item.state === ModerationState.HELD;
      return this.decisions.record(tx, item, {
        action: 'dismissed',
        actor: viewer,
        reason: note,
        patch: {
          queuedAt: null,
          reviewRequestedAt: null,
          ...(released ? { state: ModerationState.VISIBLE, hiddenAt: null } : {}),
        },
        closeReports: ModerationOutcome.DISMISSED,
        auditVerb: 'reportsDismissed',
        context,
      });
    });
  }

  /**
   * Deletes it: hidden for good at once, then its own domain leaves a tombstone (posts and
   * replies, text kept as a revision for moderators) or removes it.
   */
  async delete(
    viewer: Viewer,
    itemId: string,
    reasonInput: unknown,
    context?: AuditContext,
  ): Promise<ItemRow> {
    const reason = validateInput(decisionReasonSchema, reasonInput, 'reason');
    return this.transactions.run(async (tx) => {
      const { item } = await this.lockForModerator(tx, viewer, itemId);
      const event = deletionEvent(item, viewer.id);
      if (!event) throw ModerationErrors.profileCannotBeDeleted();
      return this.decisions.record(tx, item, {
        action: 'deleted',
        actor: viewer,
        reason,
        patch: {
          state: ModerationState.DELETED,
          hiddenAt: item.hiddenAt ?? new Date(),
          hiddenReason: reason,
          queuedAt: null,
          reviewRequestedAt: null,
        },
        closeReports: ModerationOutcome.DELETED,
        auditVerb: 'deleted',
        context,
        events: [event],
      });
    });
  }

  /** The author, after editing hidden content, asks the moderators to look again. */
  async requestReview(
    viewer: Viewer,
    itemId: string,
    noteInput: unknown,
    context?: AuditContext,
  ): Promise<ItemRow> {
    const note = validateInput(reviewRequestSchema, noteInput, 'note') || null;
    return this.transactions.run(async (tx) => {
      const item = await this.repository.lockItem(tx, itemId);
      const facts = item && (await this.targets.load(viewer, item.targetType, item.targetId, tx));
      if (!item || !facts) throw ModerationErrors.itemNotFound();
      if (facts.authorId !== viewer.id) throw ModerationErrors.notYours();
      if (!isHidden(item) || item.state === ModerationState.DELETED)
        throw ModerationErrors.notHidden();
      if (item.reviewRequestedAt && item.queuedAt) return item;
      return this.decisions.record(tx, item, {
        action: 'reviewRequested',
        actor: viewer,
        reason: note,
        patch: {
          reviewRequestedAt: new Date(),
          reviewNote: note,
          queuedAt: item.queuedAt ?? new Date(),
        },
        closeReports: null,
        auditVerb: 'reviewRequested',
        context,
      });
    });
  }

  /**
   * The item row-locked, and its content loaded as the viewer may see it: unknown items and
   * content the viewer cannot see are the same NOT_FOUND; seeing it without moderating it is
   * FORBIDDEN. Site moderators moderate what they can see; owners, their communities' content.
   */
  private async lockForModerator(
    tx: EntityManager,
    viewer: Viewer,
    itemId: string,
  ): Promise<{ item: ItemRow; facts: TargetFacts }> {
    const item = await this.repository.lockItem(tx, itemId);
    if (!item) throw ModerationErrors.itemNotFound();
    const facts = await this.targets.load(viewer, item.targetType, item.targetId, tx);
    if (!facts) throw ModerationErrors.itemNotFound();
    await this.policy.require(
      viewer,
      'content.moderate',
      { communityId: item.targetType === ModerationTargetType.PROFILE ? null : facts.communityId },
      { manager: tx, orElse: ModerationErrors.cannotModerateThis },
    );
    if (item.state === ModerationState.DELETED) throw ModerationErrors.deleted();
    return { item, facts };
  }
}
