import { Injectable, Logger } from '@nestjs/common';
import { AuditService, SYSTEM_ACTOR, userActor, AuditContext } from '@outloud/audit';
import { UserRepository } from '@outloud/identity';
import {
  AccessPolicy,
  ConflictError,
  isUuid,
  TransactionRunner,
  Viewer,
} from '@outloud/server-core';
import { EntityManager } from 'typeorm';
import { CommunityEntity, CommunityMemberEntity } from '../community.entity';
import { CommunityErrors } from '../community.errors';
import { CommunityRepository } from '../community.repository';

export const COMMUNITY_HANDOVER_AUDIT_ACTIONS = {
  /** A leaver's community passed to its longest-standing active member. */
  handedOver: 'communities.owner.handedOver',
  /** An admin gave a community without an active owner a new owner. */
  assigned: 'communities.owner.assigned',
} as const;

export type HandoverOutcome =
  | { communityId: string; outcome: 'kept' }
  | { communityId: string; outcome: 'handedOver'; toUserId: string }
  | { communityId: string; outcome: 'awaitingOwner' };

/**
 * Leaver handover for communities. When an owner is deactivated, each community they owned:
 * - keeps going if another active owner remains (nothing to do);
 * - else passes to the active member who joined first (the longest-standing member);
 * - else waits for an admin to pick an owner (`communitiesAwaitingOwner`, `assignCommunityOwner`).
 * The leaver's own membership row stays as it was, so a reactivation gives the community back.
 */
@Injectable()
export class CommunityHandoverService {
  private readonly logger = new Logger(CommunityHandoverService.name);

  constructor(
    private readonly communities: CommunityRepository,
    private readonly users: UserRepository,
    private readonly policy: AccessPolicy,
    private readonly transactions: TransactionRunner,
    private readonly audit: AuditService,
  ) {}

  /** Idempotent: a community that has an active owner again is left alone on a retry. */
  async handOver(leaverId: string): Promise<HandoverOutcome[]> {
    const outcomes: HandoverOutcome[] = [];
    for (const communityId of await this.communities.ownedBy(leaverId)) {
      outcomes.push(
        await this.transactions.run(async (tx) => {
          await this.lock(tx, communityId);
          if ((await this.communities.activeOwnerCount(tx, communityId)) > 0)
            return { communityId, outcome: 'kept' as const };
          const next = await this.communities.longestStandingActiveMember(tx, communityId);
          if (!next) return { communityId, outcome: 'awaitingOwner' as const };
          await this.makeOwner(tx, next);
          await this.audit.record(tx, {
            actor: SYSTEM_ACTOR,
            action: COMMUNITY_HANDOVER_AUDIT_ACTIONS.handedOver,
            target: { type: 'community', id: communityId },
            before: { ownerId: leaverId },
            after: { ownerId: next.userId, rule: 'longest-standing active member' },
          });
          return { communityId, outcome: 'handedOver' as const, toUserId: next.userId };
        }),
      );
    }
    const waiting = outcomes.filter((o) => o.outcome === 'awaitingOwner').length;
    if (waiting) this.logger.log(`${waiting} communities await an owner after a deactivation`);
    return outcomes;
  }

  /** Communities without an active owner, for admins. */
  async awaitingOwner(viewer: Viewer, limit: number) {
    await this.policy.require(viewer, 'site.administer', {});
    return this.communities.awaitingOwner(limit);
  }

  /**
   * An admin gives a community that no active owner looks after a new owner (who becomes a
   * member if they were not). Refused for a community that has an active owner: admins do not
   * take over communities, and a restricted one's content stays for its members.
   */
  async assignOwner(
    viewer: Viewer,
    communityId: string,
    handle: string,
    context?: AuditContext,
  ): Promise<CommunityEntity> {
    await this.policy.require(viewer, 'community.assignOwner', { communityId });
    if (!isUuid(communityId)) throw CommunityErrors.notFound();
    return this.transactions.run(async (tx) => {
      const community = await this.lock(tx, communityId);
      if (!community) throw CommunityErrors.notFound();
      if ((await this.communities.activeOwnerCount(tx, communityId)) > 0)
        throw new ConflictError('This community has an active owner: they manage its members.');
      const userId = await this.users.activeIdByHandle(handle.slice(0, 60), tx);
      if (!userId) throw CommunityErrors.personNotFound();
      const existing = await this.communities.membership(communityId, userId, tx);
      const row =
        existing ??
        tx.create(CommunityMemberEntity, { communityId, userId, role: 'member', state: 'member' });
      await this.makeOwner(tx, row);
      await this.communities.recountMembers(tx, communityId);
      await this.audit.record(tx, {
        actor: userActor(viewer),
        action: COMMUNITY_HANDOVER_AUDIT_ACTIONS.assigned,
        target: { type: 'community', id: communityId },
        before: existing ? { role: existing.role, state: existing.state } : null,
        after: { ownerId: userId },
        context,
      });
      return community;
    });
  }

  private async makeOwner(tx: EntityManager, row: CommunityMemberEntity): Promise<void> {
    row.role = 'owner';
    row.state = 'member';
    row.updatedAt = new Date();
    await tx.save(row);
  }

  /** Serialises ownership changes with membership changes (they lock the same row). */
  private lock(tx: EntityManager, communityId: string): Promise<CommunityEntity | null> {
    return tx.findOne(CommunityEntity, {
      where: { id: communityId },
      lock: { mode: 'pessimistic_write' },
    });
  }
}
