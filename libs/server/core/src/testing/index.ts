export * from './test-database';
export * from './test-app';
export * from './graphql-client';
export { startEmbeddedPostgres } from '../lib/database/embedded-postgres';
export * from './test-people';
export * from './free-port';
export * from './pausing-proxy';
export { isAlive } from '../lib/database/orphaned-postgres';
export * from './plan-check';
