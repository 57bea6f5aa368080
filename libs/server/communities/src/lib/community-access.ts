import { Injectable } from '@nestjs/common';
import { Viewer } from '@outloud/server-core';
import { EntityManager } from 'typeorm';
import { CommunityErrors } from './community.errors';
import { CommunityRepository } from './community.repository';

/**
 * What other domains may ask about communities (read-only): where a post may go and for whom it
 * is. The audience is derived here, never taken from the client.
 */
@Injectable()
export class CommunityAccess {
  constructor(private readonly communities: CommunityRepository) {}

  /**
   * For a post into a community: NOT_FOUND when the viewer may not see it; FORBIDDEN when
   * members-only posting applies (moderated and restricted) and the viewer is not a member.
   */
  async postingContext(
    viewer: Viewer,
    communityId: string,
    manager: EntityManager,
  ): Promise<{ communityId: string; audience: 'public' | 'members' }> {
    const community = await this.communities.findVisible({ id: communityId }, viewer.id, manager);
    if (!community) throw CommunityErrors.notFound();
    if (community.type !== 'open') {
      const membership = await this.communities.membership(community.id, viewer.id, manager);
      if (membership?.state !== 'member') throw CommunityErrors.membersOnlyPosting();
    }
    await manager.query(`UPDATE communities SET last_activity_at = now() WHERE id = $1`, [
      community.id,
    ]);
    return {
      communityId: community.id,
      audience: community.type === 'restricted' ? 'members' : 'public',
    };
  }

  /** Whether the viewer owns the community (owners pin posts). */
  async isOwner(viewerId: string, communityId: string, manager?: EntityManager): Promise<boolean> {
    const m = await this.communities.membership(communityId, viewerId, manager);
    return m?.state === 'member' && m.role === 'owner';
  }
}
