import { Client } from 'pg';
import { TEST_ENV, testDatabasePrefix } from '@outloud/server-core/testing';

/** Drops this run's template and test databases left behind, and stops the embedded server. */
export default async function globalTeardown(): Promise<void> {
  const adminUrl = process.env[TEST_ENV.adminUrl];
  if (adminUrl) {
    const admin = new Client({ connectionString: adminUrl });
    await admin.connect();
    try {
      // This run's template and test databases only: other runs may share the server.
      const template = process.env[TEST_ENV.template] ?? '';
      const { rows } = await admin.query(
        `SELECT datname FROM pg_database WHERE datname = $1 OR starts_with(datname, $2)`,
        [template, testDatabasePrefix(template)],
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
