import { PolicyResolver } from './lib/policy.resolver';

export { PolicyModule } from './lib/policy.module';
export { ContentPolicyGate } from './lib/content-policy.gate';
export { PolicyNotAcknowledgedError } from './lib/policy.errors';
export { renderPolicy, diffPolicy } from './lib/policy-text';

/** Resolver classes, for generating the schema without a database. */
export const POLICY_RESOLVERS = [PolicyResolver];
