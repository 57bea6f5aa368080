import { randomBytes } from 'node:crypto';
import { Client } from 'pg';

/** Set by the integration global setup (apps/api/test/global-setup.ts). */
export const TEST_ENV = {
  adminUrl: 'OUTLOUD_TEST_ADMIN_URL',
  template: 'OUTLOUD_TEST_TEMPLATE',
} as const;

export interface TestDatabase {
  url: string;
  name: string;
  drop(): Promise<void>;
}

export function withDatabase(url: string, database: string): string {
  const u = new URL(url);
  u.pathname = `/${database}`;
  return u.toString();
}

/**
 * The prefix of this test run's databases. Several runs may share one PostgreSQL (DATABASE_URL):
 * each run's teardown drops its own databases only, never another run's in mid-test.
 */
export function testDatabasePrefix(template: string): string {
  return `outloud_test_${template.replace(/^outloud_template_/, '')}_`;
}

/** A fresh database for one test file, cloned from the migrated template in milliseconds. */
export async function createTestDatabase(): Promise<TestDatabase> {
  const adminUrl = process.env[TEST_ENV.adminUrl];
  const template = process.env[TEST_ENV.template];
  if (!adminUrl || !template) {
    throw new Error(
      'Integration tests need the global setup: run them with jest -c jest.int.config.js',
    );
  }
  const name = `${testDatabasePrefix(template)}${randomBytes(6).toString('hex')}`;
  const admin = new Client({ connectionString: adminUrl });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE ${name} TEMPLATE ${template}`);
  } finally {
    await admin.end();
  }
  return {
    name,
    url: withDatabase(adminUrl, name),
    drop: async () => {
      const c = new Client({ connectionString: adminUrl });
      await c.connect();
      try {
        await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      } finally {
        await c.end();
      }
    },
  };
}
