import { Client } from 'pg';
import { TEST_ENV } from '@outloud/server-core/testing';

/** Drops the template and any test databases left behind, and stops the embedded server. */
export default async function globalTeardown(): Promise<void> {
  const adminUrl = process.env[TEST_ENV.adminUrl];
  if (adminUrl) {
    const admin = new Client({ connectionString: adminUrl });
    await admin.connect();
    try {
      const { rows } = await admin.query(
        `SELECT datname FROM pg_database WHERE datname = $1 OR datname LIKE 'outloud\\_test\\_%'`,
        [process.env[TEST_ENV.template]],
      );
      for (const { datname } of rows)
        await admin.query(`DROP DATABASE IF EXISTS ${datname} WITH (FORCE)`);
    } finally {
      await admin.end();
    }
  }
  const embedded = (globalThis as Record<string, unknown>).__outloudEmbeddedPg as
    { stop(): Promise<void> } | undefined;
  await embedded?.stop();
}
