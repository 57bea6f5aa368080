import { ApiTokenResolver } from './lib/api-token.resolver';

export { ApiTokensModule } from './lib/api-tokens.module';
export { API_TOKEN_AUDIT_ACTIONS, API_TOKEN_PREFIX } from './lib/api-token.service';

/** Resolver classes, for generating the schema without a database. */
export const API_TOKEN_RESOLVERS = [ApiTokenResolver];
