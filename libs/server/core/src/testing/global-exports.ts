// What the Jest global setup needs, importable without loading NestJS.
export { startEmbeddedPostgres } from '../lib/database/embedded-postgres';
export { TEST_ENV, withDatabase } from './test-database';
