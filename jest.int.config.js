// Integration tests (*.int-spec.ts) against a real PostgreSQL: DATABASE_URL when set, else the
// embedded server started once by the global setup. Each test file gets a fresh database cloned
// from a migrated template (see libs/server/core/src/testing).
const { moduleNameMapper, swcTransform, transformIgnorePatterns } = require('./jest.shared');

module.exports = {
  displayName: 'int',
  rootDir: __dirname,
  roots: ['<rootDir>/apps', '<rootDir>/libs'],
  testMatch: ['**/*.int-spec.ts'],
  testEnvironment: 'node',
  transform: swcTransform,
  transformIgnorePatterns,
  moduleNameMapper,
  globalSetup: '<rootDir>/apps/api/test/global-setup.ts',
  globalTeardown: '<rootDir>/apps/api/test/global-teardown.ts',
  testTimeout: 30000,
  maxWorkers: 2,
};
