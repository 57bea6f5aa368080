import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { Audience, audienceOfCommunity, CommunityType } from './access-rules';

type AudienceKeeper = (tx: EntityManager, communityId: string, audience: Audience) => Promise<void>;

/**
 * Content that stores the audience it took from its community's type (posts, for the feeds'
 * index-only visibility check) keeps it in step here: the owning domain registers a keeper, and
 * the communities domain calls `communityTypeChanged` inside the transaction that changes the
 * type, so no read ever sees the old audience with the new type.
 */
@Injectable()
export class ContentAudience {
  private readonly keepers: AudienceKeeper[] = [];

  register(keeper: AudienceKeeper): void {
    this.keepers.push(keeper);
  }

  async communityTypeChanged(
    tx: EntityManager,
    communityId: string,
    type: CommunityType | string,
  ): Promise<void> {
    const audience = audienceOfCommunity(type);
    for (const keep of this.keepers) await keep(tx, communityId, audience);
  }
}
