import { CommunityResolver } from './lib/community.resolver';
import { CommunityHandoverResolver } from './lib/handover/community-handover.resolver';

export { CommunitiesModule } from './lib/communities.module';
export { CommunityPlacement } from './lib/community-placement';
export { CommunityRepository } from './lib/community.repository';
export { Community } from './lib/dto/community.model';
export { toCommunityModel } from './lib/community.mapper';

/** Resolver classes, for generating the schema without a database. */
export const COMMUNITY_RESOLVERS = [CommunityResolver, CommunityHandoverResolver];
export { COMMUNITY_HANDOVER_AUDIT_ACTIONS } from './lib/handover/community-handover.service';
