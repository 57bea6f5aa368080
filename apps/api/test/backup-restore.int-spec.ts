import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { createTestApp, signUpPerson, TestApp, withDatabase } from '@outloud/server-core/testing';
import { Client } from 'pg';
import { DOMAIN_MODULES } from '../src/app.module';
import { rebuildSearchIndex } from '../src/database/rebuild-search';
import { runMigrations } from '../src/database/migrate';

// docs/operations.md "Backup" and "Restore", done as written: pg_dump of a running instance and
// a copy of its files folder, pg_restore into a fresh database and the files into a fresh folder,
// start on them, reindex, and the same data, search results and file bytes come back. It runs on the machine's PostgreSQL server, whose major version matches the
// pg_dump installed beside it (the embedded server is newer than any pg_dump we can install).
const SERVER = process.env.BACKUP_TEST_SERVER_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const PASSWORD = 'correct horse battery';
const run = promisify(execFile);
const suffix = randomBytes(5).toString('hex');
const SOURCE = `outloud_backup_src_${suffix}`;
const RESTORED = `outloud_backup_dst_${suffix}`;
const dir = mkdtempSync(join(tmpdir(), 'outloud-backup-'));
const sourceDataDir = join(dir, 'source-data');
const restoredDataDir = join(dir, 'restored-data');

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

/** Uploads `content` as a file through the real endpoint; returns its download path. */
async function upload(url: string, cookie: string, content: string): Promise<string> {
  const form = new FormData();
  form.append('file', new Blob([content], { type: 'text/plain' }), 'minutes.txt');
  const res = await fetch(`${url}/files/uploads`, {
    method: 'POST',
    headers: { cookie, 'x-outloud-csrf': '1' },
    body: form,
  });
  expect(res.status).toBe(201);
  return ((await res.json()) as { file: { downloadUrl: string } }).file.downloadUrl;
}

it('restores a pg_dump and a copy of the files of a running instance with the same data, search results and files', async () => {
  await admin(`CREATE DATABASE ${SOURCE}`);
  const sourceUrl = withDatabase(SERVER, SOURCE);
  await runMigrations(sourceUrl);
  app = await createTestApp({
    imports: DOMAIN_MODULES,
    connectVia: async () => sourceUrl,
    config: { DATA_DIR: sourceDataDir },
  });
  const ana = await signUpPerson(app, 'ana', { displayName: 'Ana Lind', password: PASSWORD });
  for (const body of [
    'Invoices are approved by Finance on Fridays',
    'Where do I find the travel policy?',
    'The invoice template lives in the finance community',
  ])
    await ana.client.ok(`mutation ($b: String!) { createPost(input: { body: $b }) { id } }`, {
      b: body,
    });
  const minutes = `Minutes of the finance meeting ${randomBytes(16).toString('hex')}\n`;
  const downloadUrl = await upload(app.url, ana.client.cookieHeader, minutes);
  await app.drainOutbox();
  const before = {
    search: await ana.client.ok(SEARCH, { q: 'invoice' }),
    board: await ana.client.ok(BOARD, { h: 'ana' }),
  };
  expect(JSON.stringify(before.search)).toContain('Invoices are approved');

  // Backup while the instance serves requests.
  const dump = join(dir, 'outloud.dump');
  await run('pg_dump', ['--format=custom', '--no-owner', `--file=${dump}`, sourceUrl]);
  // Then the files, after the dump: every file row in it has its bytes in the copy.
  cpSync(join(sourceDataDir, 'files'), join(dir, 'files-backup'), { recursive: true });
  await app.close();
  app = undefined;

  await admin(`CREATE DATABASE ${RESTORED}`);
  const restoredUrl = withDatabase(SERVER, RESTORED);
  await run('pg_restore', ['--no-owner', '--exit-on-error', `--dbname=${restoredUrl}`, dump]);
  cpSync(join(dir, 'files-backup'), join(restoredDataDir, 'files'), { recursive: true });
  // Nothing of the source is used from here on.
  await admin(`DROP DATABASE ${SOURCE} WITH (FORCE)`);
  rmSync(sourceDataDir, { recursive: true, force: true });

  app = await createTestApp({
    imports: DOMAIN_MODULES,
    connectVia: async () => restoredUrl,
    config: { DATA_DIR: restoredDataDir },
  });
  const { documents } = await rebuildSearchIndex(restoredUrl, app.config);
  expect(documents).toBeGreaterThanOrEqual(3);
  const client = app.client();
  await client.ok(`mutation ($i: LogInInput!) { logIn(input: $i) { viewer { id } } }`, {
    i: { login: 'ana', password: PASSWORD },
  });
  expect(await client.ok(BOARD, { h: 'ana' })).toEqual(before.board);
  expect(await client.ok(SEARCH, { q: 'invoice' })).toEqual(before.search);
  const download = await fetch(`${app.url}${downloadUrl}`, {
    headers: { cookie: client.cookieHeader },
  });
  expect(download.status).toBe(200);
  expect(await download.text()).toBe(minutes);
}, 120_000);
