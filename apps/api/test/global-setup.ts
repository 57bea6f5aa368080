import { mkdirSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { startEmbeddedPostgres, withDatabase, TEST_ENV } from '@outloud/server-core/testing';
import { runMigrations } from '../src/database/migrate';

/**
 * Integration test setup: a real PostgreSQL (DATABASE_URL when set, otherwise an embedded
 * server started here), and a template database migrated once, which each test file clones.
 */
export default async function globalSetup(): Promise<void> {
  let adminUrl = process.env.DATABASE_URL;
  if (!adminUrl) {
    const dataDir = join(tmpdir(), 'outloud-test-postgres');
    mkdirSync(dataDir, { recursive: true });
    const port = await freePort();
    const handle = await startEmbeddedPostgres({
      dataDir: join(dataDir, 'data'),
      port,
      database: 'postgres',
    });
    (globalThis as Record<string, unknown>).__outloudEmbeddedPg = handle;
    adminUrl = handle.url;
  }
  const template = `outloud_template_${process.pid}`;
  const admin = new Client({ connectionString: adminUrl });
  await admin.connect();
  try {
    await admin.query(`DROP DATABASE IF EXISTS ${template}`);
    await admin.query(`CREATE DATABASE ${template}`);
  } finally {
    await admin.end();
  }
  await runMigrations(withDatabase(adminUrl, template));
  process.env[TEST_ENV.adminUrl] = adminUrl;
  process.env[TEST_ENV.template] = template;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}
