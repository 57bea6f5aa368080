import { Community, CommunityTypeEnum } from './dto/community.model';
import { CommunityEntity } from './community.entity';

const DORMANT_AFTER_MS = 60 * 24 * 3600 * 1000;

export function toCommunityModel(c: CommunityEntity): Community {
  return {
    id: c.id,
    slug: c.slug,
    name: c.name,
    description: c.description,
    tags: c.tags,
    type: c.type as CommunityTypeEnum,
    memberCount: c.memberCount,
    lastActivityAt: c.lastActivityAt,
    isDormant: Date.now() - new Date(c.lastActivityAt).getTime() > DORMANT_AFTER_MS,
    createdAt: c.createdAt,
    imageUrl: c.imageSha256 ? `/community-images/${c.id}?v=${c.imageSha256.slice(0, 12)}` : null,
  };
}
