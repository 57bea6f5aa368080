import { ScimTokenResolver } from './lib/token/scim-token.resolver';

export { ScimModule } from './lib/scim.module';
export { SCIM_AUDIT_ACTIONS, SCIM_TOKEN_PREFIX } from './lib/token/scim-token.service';

/** Resolver classes, for generating the schema without a database. */
export const SCIM_RESOLVERS = [ScimTokenResolver];
