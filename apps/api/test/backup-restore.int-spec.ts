import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { createTestApp, signUpPerson, TestApp, withDatabase } from '@outloud/server-core/testing';
import { Client } from 'pg';
import { DOMAIN_MODULES } from '../src/app.module';
import { rebuildSearchIndex } from '../src/database/rebuild-search';
import { runMigrations } from '../src/database/migrate';

// docs/operations.md "Backup" and "Restore", done as written: pg_dump of a running instance,
// pg_restore into a fresh database, start on it, reindex, and the same data and search results
// come back. It runs on the machine's PostgreSQL server, whose major version matches the
// pg_dump installed beside it (the embedded server is newer than any pg_dump we can install).
const SERVER = process.env.BACKUP_TEST_SERVER_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const PASSWORD = 'correct horse battery';
const run = promisify(execFile);
const suffix = randomBytes(5).toString('hex');
const SOURCE = `outloud_backup_src_${suffix}`;
const RESTORED = `outloud_backup_dst_${suffix}`;
const dir = mkdtempSync(join(tmpdir(), 'outloud-backup-'));

async function admin(sql: string): Promise<void> {
  const c = new Client({ connectionString: SERVER });
  await c.connect();
  try {
    await c.query(sql);
  } finally {
    await c.end();
  }
}

const SEARCH = `query ($q: String!) { search(query: $q, first: 10) { nodes { type post { id body } } } }`;
const BOARD = `query ($h: String!) { user(handle: $h) { displayName board(first: 20) { nodes { id body } } } }`;

let app: TestApp | undefined;

afterAll(async () => {
  await app?.close();
  await admin(`DROP DATABASE IF EXISTS ${SOURCE} WITH (FORCE)`);
  await admin(`DROP DATABASE IF EXISTS ${RESTORED} WITH (FORCE)`);
  rmSync(dir, { recursive: true, force: true });
});

it('restores a pg_dump of a running instance with the same data and search results', async () => {
  await admin(`CREATE DATABASE ${SOURCE}`);
  const sourceUrl = withDatabase(SERVER, SOURCE);
  await runMigrations(sourceUrl);
  app = await createTestApp({ imports: DOMAIN_MODULES, connectVia: async () => sourceUrl });
  const ana = await signUpPerson(app, 'ana', { displayName: 'Ana Lind', password: PASSWORD });
  for (const body of [
    'Invoices are approved by Finance on Fridays',
    'Where do I find the travel policy?',
    'The invoice template lives in the finance community',
  ])
    await ana.client.ok(`mutation ($b: String!) { createPost(input: { body: $b }) { id } }`, {
      b: body,
    });
  await app.drainOutbox();
  const before = {
    search: await ana.client.ok(SEARCH, { q: 'invoice' }),
    board: await ana.client.ok(BOARD, { h: 'ana' }),
  };
  expect(JSON.stringify(before.search)).toContain('Invoices are approved');

  // Backup while the instance serves requests.
  const dump = join(dir, 'outloud.dump');
  await run('pg_dump', ['--format=custom', '--no-owner', `--file=${dump}`, sourceUrl]);
  await app.close();
  app = undefined;

  await admin(`CREATE DATABASE ${RESTORED}`);
  const restoredUrl = withDatabase(SERVER, RESTORED);
  await run('pg_restore', ['--no-owner', '--exit-on-error', `--dbname=${restoredUrl}`, dump]);
  // Nothing of the source is used from here on.
  await admin(`DROP DATABASE ${SOURCE} WITH (FORCE)`);

  app = await createTestApp({ imports: DOMAIN_MODULES, connectVia: async () => restoredUrl });
  const { documents } = await rebuildSearchIndex(restoredUrl, app.config);
  expect(documents).toBeGreaterThanOrEqual(3);
  const client = app.client();
  await client.ok(`mutation ($i: LogInInput!) { logIn(input: $i) { viewer { id } } }`, {
    i: { login: 'ana', password: PASSWORD },
  });
  expect(await client.ok(BOARD, { h: 'ana' })).toEqual(before.board);
  expect(await client.ok(SEARCH, { q: 'invoice' })).toEqual(before.search);
}, 120_000);
