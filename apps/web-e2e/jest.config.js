// Browser end-to-end tests against the built product (npm run build first). See src/support/.
const path = require('node:path');
const { moduleNameMapper, swcTransform } = require('../../jest.shared');

module.exports = {
  displayName: 'web-e2e',
  rootDir: path.resolve(__dirname, '../..'),
  roots: ['<rootDir>/apps/web-e2e'],
  testMatch: ['<rootDir>/apps/web-e2e/**/*.e2e-spec.ts'],
  testEnvironment: 'node',
  transform: swcTransform,
  moduleNameMapper,
  // Starting the API (migrations on a fresh database) and Chromium takes a while.
  testTimeout: 240_000,
};
