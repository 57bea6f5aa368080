import { Injectable } from '@nestjs/common';
import { AccessPolicy, Viewer } from '@outloud/server-core';
import { EntityManager } from 'typeorm';
import { CommunityErrors } from './community.errors';
import { CommunityRepository } from './community.repository';

/**
 * Where new content may go, for other domains (read-only): a post or file placed in a community
 * takes its audience from the community's type, never from the client. Who may post is the
 * access policy's `community.postTo`.
 */
@Injectable()
export class CommunityPlacement {
  constructor(
    private readonly communities: CommunityRepository,
    private readonly policy: AccessPolicy,
  ) {}

  /**
   * For content into a community: NOT_FOUND when the viewer may not see it; FORBIDDEN when
   * members-only posting applies (moderated and restricted) and the viewer is not a member.
   * Marks the community active.
   */
  async postingContext(
    viewer: Viewer,
    communityId: string,
    manager: EntityManager,
  ): Promise<{ communityId: string; audience: 'public' | 'members' }> {
    const community = await this.communities.findVisible({ id: communityId }, viewer.id, manager);
    if (!community) throw CommunityErrors.notFound();
    await this.policy.require(
      viewer,
      'community.postTo',
      { communityId: community.id, communityType: community.type },
      { manager, orElse: CommunityErrors.membersOnlyPosting },
    );
    await this.communities.touchActivity(manager, community.id);
    return { communityId: community.id, audience: this.policy.audienceOf(community.type) };
  }
}
