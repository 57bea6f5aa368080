import { SsoResolver } from './lib/sso.resolver';

export { SsoModule } from './lib/sso.module';
export { IdentityProviderClient } from './lib/identity-provider.client';
export { SsoRefusal } from './lib/sso-refusal';
export type { SsoRefusalCode } from './lib/sso-refusal';

/** Resolver classes, for generating the schema without a database. */
export const SSO_RESOLVERS = [SsoResolver];
