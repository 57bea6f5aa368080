import { CommunityResolver } from './lib/community.resolver';

export { CommunitiesModule } from './lib/communities.module';
export { CommunityPlacement } from './lib/community-placement';
export { CommunityRepository } from './lib/community.repository';
export { Community } from './lib/dto/community.model';
export { toCommunityModel } from './lib/community.mapper';

/** Resolver classes, for generating the schema without a database. */
export const COMMUNITY_RESOLVERS = [CommunityResolver];
