import { Injectable } from '@nestjs/common';
import { UserRepository } from '@outloud/identity';
import { ContentPolicyGate } from '@outloud/policy';
import {
  AccessPolicy,
  ContentAudience,
  ImageUpload,
  isUniqueViolation,
  isUuid,
  OutboxService,
  readProfileImage,
  TransactionRunner,
  validateInput,
  Viewer,
} from '@outloud/server-core';
import { EntityManager } from 'typeorm';
import { CommunityEntity, CommunityImageEntity, CommunityMemberEntity } from './community.entity';
import { CommunityErrors } from './community.errors';
import { CommunityRepository } from './community.repository';
import { createCommunitySchema, updateCommunitySchema } from './community.schemas';

/** Creating and changing communities and memberships; each change is one transaction. */
@Injectable()
export class CommunityService {
  constructor(
    private readonly communities: CommunityRepository,
    private readonly outbox: OutboxService,
    private readonly policy: AccessPolicy,
    private readonly contentAudience: ContentAudience,
    private readonly transactions: TransactionRunner,
    private readonly users: UserRepository,
    private readonly contentPolicy: ContentPolicyGate,
  ) {}

  async create(viewer: Viewer, input: unknown): Promise<CommunityEntity> {
    const { imageDataUrl, ...values } = validateInput(createCommunitySchema, input);
    const image = imageDataUrl
      ? await readProfileImage(imageDataUrl, ['input', 'imageDataUrl'])
      : null;
    await this.contentPolicy.requireAcknowledged(viewer);
    try {
      return await this.transactions.run(async (tx) => {
        const community = tx.create(CommunityEntity, {
          ...values,
          createdBy: viewer.id,
          memberCount: 1,
        });
        await tx.save(community);
        if (image) await this.saveImage(tx, community, image);
        await tx.insert(CommunityMemberEntity, {
          communityId: community.id,
          userId: viewer.id,
          role: 'owner',
          state: 'member',
        });
        await this.outbox.enqueue(tx, 'communities.community.saved', { communityId: community.id });
        return community;
      });
    } catch (error) {
      if (isUniqueViolation(error)) throw CommunityErrors.slugTaken();
      throw error;
    }
  }

  /**
   * Owners and admins edit. A type change re-derives the audience of every post in the
   * community in the same transaction, so feeds, boards and search filters see it at once.
   */
  async update(viewer: Viewer, communityId: string, input: unknown): Promise<CommunityEntity> {
    const { imageDataUrl, removeImage, ...values } = validateInput(updateCommunitySchema, input);
    const image = imageDataUrl
      ? await readProfileImage(imageDataUrl, ['input', 'imageDataUrl'])
      : null;
    return this.transactions.run(async (tx) => {
      const community = await this.lockVisible(tx, viewer, communityId);
      await this.assertMay(tx, viewer, 'community.edit', community.id);
      if (image) await this.saveImage(tx, community, image);
      else if (removeImage) {
        await tx.delete(CommunityImageEntity, { communityId: community.id });
        community.imageSha256 = null;
      }
      const from = community.type;
      Object.assign(
        community,
        Object.fromEntries(Object.entries(values).filter(([, v]) => v !== undefined)),
      );
      community.updatedAt = new Date();
      await tx.save(community);
      if (values.type && values.type !== from) {
        await this.contentAudience.communityTypeChanged(tx, community.id, values.type);
        if (values.type !== 'moderated') {
          // Requests only exist in moderated communities; open ones let requesters straight in.
          await this.communities.settleRequests(
            tx,
            community.id,
            values.type === 'open' ? 'admit' : 'drop',
          );
          await this.communities.recountMembers(tx, community.id);
        }
        await this.outbox.enqueue(tx, 'communities.community.typeChanged', {
          communityId: community.id,
          from,
          to: values.type,
        });
      }
      // Search indexes communities by name, description and tags.
      await this.outbox.enqueue(tx, 'communities.community.saved', { communityId: community.id });
      return community;
    });
  }

  /** Open: join at once. Moderated: ask the owners. Restricted: only with an invitation. */
  async join(viewer: Viewer, communityId: string): Promise<CommunityMemberEntity> {
    return this.transactions.run(async (tx) => {
      const community = await this.lockVisible(tx, viewer, communityId);
      const existing = await this.communities.membership(community.id, viewer.id, tx);
      if (existing?.state === 'member') throw CommunityErrors.alreadyMember();
      if (existing?.state === 'requested') throw CommunityErrors.alreadyRequested();
      if (existing?.state === 'invited') return this.setState(tx, existing, 'member');
      await this.policy.require(
        viewer,
        'community.joinUninvited',
        { communityId: community.id, communityType: community.type },
        { manager: tx, orElse: CommunityErrors.invitationOnly },
      );
      const state = community.type === 'open' ? 'member' : 'requested';
      const row = tx.create(CommunityMemberEntity, {
        communityId: community.id,
        userId: viewer.id,
        role: 'member',
        state,
      });
      await tx.save(row);
      await this.communities.recountMembers(tx, community.id);
      if (state === 'requested')
        await this.outbox.enqueue(tx, 'communities.member.requested', {
          communityId: community.id,
          userId: viewer.id,
        });
      return row;
    });
  }

  /** Leave (or withdraw a request, or decline an invitation). The last owner cannot leave. */
  async leave(viewer: Viewer, communityId: string): Promise<void> {
    await this.transactions.run(async (tx) => {
      const community = await this.lockVisible(tx, viewer, communityId);
      const membership = await this.communities.membership(community.id, viewer.id, tx);
      if (!membership) throw CommunityErrors.notAMember();
      await this.removeRow(tx, membership);
    });
  }

  async approve(
    viewer: Viewer,
    communityId: string,
    userId: string,
    approve: boolean,
  ): Promise<void> {
    await this.transactions.run(async (tx) => {
      const community = await this.lockVisible(tx, viewer, communityId);
      await this.assertMay(tx, viewer, 'community.manageMembers', community.id);
      const request = isUuid(userId)
        ? await this.communities.membership(community.id, userId, tx)
        : null;
      if (request?.state !== 'requested') throw CommunityErrors.noSuchRequest();
      if (approve) {
        await this.setState(tx, request, 'member');
        await this.outbox.enqueue(tx, 'communities.member.approved', {
          communityId: community.id,
          userId,
          approvedBy: viewer.id,
        });
      } else {
        await tx.delete(CommunityMemberEntity, { communityId: community.id, userId });
      }
    });
  }

  /** Owners invite by handle; someone who had asked to join becomes a member. */
  async invite(
    viewer: Viewer,
    communityId: string,
    handle: string,
  ): Promise<CommunityMemberEntity> {
    return this.transactions.run(async (tx) => {
      const community = await this.lockVisible(tx, viewer, communityId);
      await this.assertMay(tx, viewer, 'community.manageMembers', community.id);
      const userId = await this.users.activeIdByHandle(handle.slice(0, 60), tx);
      if (!userId) throw CommunityErrors.personNotFound();
      const existing = await this.communities.membership(community.id, userId, tx);
      if (existing?.state === 'requested') return this.setState(tx, existing, 'member');
      if (existing) throw CommunityErrors.alreadyInCommunity();
      const row = tx.create(CommunityMemberEntity, {
        communityId: community.id,
        userId: userId,
        role: 'member',
        state: 'invited',
        invitedBy: viewer.id,
      });
      await tx.save(row);
      await this.outbox.enqueue(tx, 'communities.member.invited', {
        communityId: community.id,
        userId: userId,
        invitedBy: viewer.id,
      });
      return row;
    });
  }

  async remove(viewer: Viewer, communityId: string, userId: string): Promise<void> {
    await this.transactions.run(async (tx) => {
      const community = await this.lockVisible(tx, viewer, communityId);
      await this.assertMay(tx, viewer, 'community.manageMembers', community.id);
      const membership = isUuid(userId)
        ? await this.communities.membership(community.id, userId, tx)
        : null;
      if (!membership) throw CommunityErrors.notAMember();
      await this.removeRow(tx, membership);
    });
  }

  async setRole(
    viewer: Viewer,
    communityId: string,
    userId: string,
    role: 'member' | 'owner',
  ): Promise<CommunityMemberEntity> {
    return this.transactions.run(async (tx) => {
      const community = await this.lockVisible(tx, viewer, communityId);
      await this.assertMay(tx, viewer, 'community.manageMembers', community.id);
      const membership = isUuid(userId)
        ? await this.communities.membership(community.id, userId, tx)
        : null;
      if (membership?.state !== 'member') throw CommunityErrors.notAMember();
      if (
        membership.role === 'owner' &&
        role === 'member' &&
        (await this.communities.ownerCount(tx, community.id)) <= 1
      ) {
        throw CommunityErrors.lastOwner();
      }
      membership.role = role;
      membership.updatedAt = new Date();
      return tx.save(membership);
    });
  }

  private async saveImage(
    tx: EntityManager,
    community: CommunityEntity,
    image: ImageUpload,
  ): Promise<void> {
    await tx.upsert(
      CommunityImageEntity,
      {
        communityId: community.id,
        mimeType: image.mimeType,
        bytes: image.bytes,
        sha256: image.sha256,
      },
      ['communityId'],
    );
    community.imageSha256 = image.sha256;
    await tx.update(CommunityEntity, { id: community.id }, { imageSha256: image.sha256 });
  }

  private async removeRow(tx: EntityManager, membership: CommunityMemberEntity): Promise<void> {
    if (
      membership.role === 'owner' &&
      membership.state === 'member' &&
      (await this.communities.ownerCount(tx, membership.communityId)) <= 1
    ) {
      throw CommunityErrors.lastOwner();
    }
    await tx.delete(CommunityMemberEntity, {
      communityId: membership.communityId,
      userId: membership.userId,
    });
    await this.communities.recountMembers(tx, membership.communityId);
    await this.outbox.enqueue(tx, 'communities.member.removed', {
      communityId: membership.communityId,
      userId: membership.userId,
    });
  }

  private async setState(
    tx: EntityManager,
    row: CommunityMemberEntity,
    state: 'member',
  ): Promise<CommunityMemberEntity> {
    row.state = state;
    row.updatedAt = new Date();
    await tx.save(row);
    await this.communities.recountMembers(tx, row.communityId);
    return row;
  }

  /** Row-locks a community the viewer may see (serialises membership changes per community). */
  private async lockVisible(
    tx: EntityManager,
    viewer: Viewer,
    communityId: string,
  ): Promise<CommunityEntity> {
    const visible = await this.communities.findVisible({ id: communityId }, viewer.id, tx);
    if (!visible) throw CommunityErrors.notFound();
    return tx.findOneOrFail(CommunityEntity, {
      where: { id: visible.id },
      lock: { mode: 'pessimistic_write' },
    });
  }

  /** Owners (and admins, for `community.edit`) of a community the viewer can see. */
  private async assertMay(
    tx: EntityManager,
    viewer: Viewer,
    action: 'community.edit' | 'community.manageMembers',
    communityId: string,
  ): Promise<void> {
    await this.policy.require(
      viewer,
      action,
      { communityId },
      { manager: tx, orElse: CommunityErrors.notOwner },
    );
  }
}
