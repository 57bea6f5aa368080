// Unit tests (*.spec.ts[x]): pure logic, no database. One Jest project per Nx project.
const { moduleNameMapper, swcTransform, transformIgnorePatterns } = require('./jest.shared');

const nodeProjects = {
  api: 'apps/api',
  'server-core': 'libs/server/core',
  identity: 'libs/server/identity',
  stream: 'libs/server/stream',
  search: 'libs/server/search',
  communities: 'libs/server/communities',
  notifications: 'libs/server/notifications',
  realtime: 'libs/server/realtime',
  files: 'libs/server/files',
  bookmarks: 'libs/server/bookmarks',
  analytics: 'libs/server/analytics',
  audit: 'libs/server/audit',
  sso: 'libs/server/sso',
  scim: 'libs/server/scim',
  metrics: 'libs/server/metrics',
  'api-tokens': 'libs/server/api-tokens',
  expertise: 'libs/server/expertise',
  routing: 'libs/server/routing',
  moderation: 'libs/server/moderation',
  policy: 'libs/server/policy',
  contracts: 'libs/shared/contracts',
};
const domProjects = { web: 'apps/web', 'web-ui': 'libs/web/ui', 'web-i18n': 'libs/web/i18n' };

const project = (name, root, testEnvironment) => ({
  displayName: name,
  // Web components render through the i18n catalogue: English, failing on a missing key.
  setupFiles:
    testEnvironment === 'jsdom'
      ? ['<rootDir>/jest.dom-setup.js', '<rootDir>/libs/web/i18n/src/testing/setup.ts']
      : [],
  rootDir: __dirname,
  roots: [`<rootDir>/${root}`],
  testMatch: ['**/*.spec.ts', '**/*.spec.tsx'],
  testEnvironment,
  transform: swcTransform,
  transformIgnorePatterns,
  moduleNameMapper: { ...moduleNameMapper, '\\.(css)$': '<rootDir>/jest.style-stub.js' },
});

module.exports = {
  projects: [
    ...Object.entries(nodeProjects).map(([n, r]) => project(n, r, 'node')),
    ...Object.entries(domProjects).map(([n, r]) => project(n, r, 'jsdom')),
  ],
};
