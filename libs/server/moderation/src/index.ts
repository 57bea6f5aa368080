import { CONTENT_MODERATION_RESOLVERS } from './lib/fields/content-moderation.resolver';
import { ModerationResolver } from './lib/moderation.resolver';

export { ModerationModule } from './lib/moderation.module';
export { ModerationNotices, noticesOf } from './lib/notices/moderation-notices';
export type { ModerationNotice } from './lib/notices/moderation-notices';

/** Resolver classes, for generating the schema without a database. */
export const MODERATION_RESOLVERS = [ModerationResolver, ...CONTENT_MODERATION_RESOLVERS];
