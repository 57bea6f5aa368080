/**
 * Fingerprint of the demo seed: seeds a scratch database with a fixed clock and deterministic ids,
 * then hashes every table's rows (ordered), so a refactor of the seed can show the demo came out
 * identical. Prints one hash per table and one for all.
 *
 *   DATABASE_URL=postgres://postgres@127.0.0.1:5432/postgres SWC_NODE_PROJECT=tsconfig.base.json \
 *     node -r @swc-node/register tools/seed-fingerprint.ts
 *
 * What would otherwise differ between runs is pinned here, not in the seed:
 * - `Date.now()` (the stream's "now") is a fixed instant;
 * - `crypto.randomUUID()` (post and reply ids) counts up, and so do the database's
 *   `gen_random_uuid()` defaults (people, communities, files, bookmarks), because the seed orders
 *   some choices by id;
 * - the demo password's argon2 hash (random salt) is printed as a placeholder;
 * - SQL `now()` returns the same instant: a `public.now()` ahead of `pg_catalog` on the scratch
 *   database's search path, also behind the columns' `now()` defaults.
 * Set FINGERPRINT_DUMP to a folder to also write each table's canonical rows there, for a diff.
 * The Stack Exchange questions are included only when `../shared/data/qa-dev` exists.
 */
import * as crypto from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { AppConfig } from '@outloud/server-core';
import { runMigrations } from '../apps/api/src/database/migrate';
import { findQaDevDir } from '../apps/api/src/seed/seed-stream';
import { seedDemoIfEmpty } from '../apps/api/src/seed/seed-demo';

const FIXED_NOW = Date.parse('2026-12-01T12:00:00.000Z');

function pinClockAndIds(): void {
  Date.now = () => FIXED_NOW;
  let n = 0;
  // The module object itself (an `import * as` namespace is a copy the seed does not see).
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const nodeCrypto = require('node:crypto') as { randomUUID: () => string };
  nodeCrypto.randomUUID = () => {
    const hex = (++n).toString(16).padStart(12, '0');
    return `00000000-0000-4000-8000-${hex}`;
  };
}

/** SQL's `now()` on the scratch database returns FIXED_NOW too. */
async function pinSqlClock(client: Client, database: string): Promise<void> {
  const fixed = new Date(FIXED_NOW).toISOString();
  await client.query(
    `CREATE FUNCTION public.now() RETURNS timestamptz LANGUAGE sql STABLE AS $$ SELECT '${fixed}'::timestamptz $$`,
  );
  await client.query(`ALTER DATABASE ${database} SET search_path = public, pg_catalog`);
  const { rows } = await client.query<{ table_name: string; column_name: string }>(
    `SELECT table_name, column_name FROM information_schema.columns
      WHERE table_schema = 'public' AND column_default IN ('now()', 'CURRENT_TIMESTAMP')`,
  );
  for (const { table_name, column_name } of rows) {
    await client.query(
      `ALTER TABLE "${table_name}" ALTER COLUMN "${column_name}" SET DEFAULT public.now()`,
    );
  }
}

async function scratchDatabase(adminUrl: string) {
  const name = `outloud_seed_fingerprint_${process.pid}`;
  const admin = new Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return {
    name,
    url: url.toString(),
    drop: async () => {
      await admin.query(`DROP DATABASE ${name} WITH (FORCE)`);
      await admin.end();
    },
  };
}

/** Every `gen_random_uuid()` default becomes a counter, so database ids repeat between runs. */
async function countingUuidDefaults(client: Client): Promise<void> {
  await client.query(`CREATE SEQUENCE fingerprint_ids`);
  const { rows } = await client.query<{ table_name: string; column_name: string }>(
    `SELECT table_name, column_name FROM information_schema.columns
      WHERE table_schema = 'public' AND column_default LIKE 'gen_random_uuid()%'`,
  );
  for (const { table_name, column_name } of rows) {
    await client.query(
      `ALTER TABLE "${table_name}" ALTER COLUMN "${column_name}"
         SET DEFAULT ('10000000-0000-4000-8000-' || lpad(to_hex(nextval('fingerprint_ids')), 12, '0'))::uuid`,
    );
  }
}

function canonical(value: unknown): unknown {
  // One salted hash of the shared demo password; the salt is random on purpose.
  if (typeof value === 'string' && value.startsWith('$argon2id$')) return '<argon2id>';
  if (value instanceof Date) return `t${value.getTime() - FIXED_NOW}`;
  if (Buffer.isBuffer(value)) return `b${crypto.createHash('sha256').update(value).digest('hex')}`;
  if (Array.isArray(value)) return value.map(canonical);
  return value;
}

async function fingerprint(client: Client): Promise<Record<string, string>> {
  const { rows: tables } = await client.query<{ name: string }>(
    `SELECT table_name AS name FROM information_schema.tables
      WHERE table_schema = 'public' AND table_type = 'BASE TABLE' ORDER BY table_name`,
  );
  const out: Record<string, string> = {};
  const all = crypto.createHash('sha256');
  for (const { name } of tables) {
    const { rows } = await client.query(`SELECT * FROM "${name}"`);
    if (!rows.length) continue;
    const lines = rows
      .map((row) =>
        JSON.stringify(
          Object.keys(row)
            .sort()
            .map((k) => [k, canonical(row[k])]),
        ),
      )
      .sort();
    const hash = crypto.createHash('sha256').update(lines.join('\n')).digest('hex');
    if (process.env.FINGERPRINT_DUMP) {
      writeFileSync(join(process.env.FINGERPRINT_DUMP, `${name}.txt`), lines.join('\n'));
    }
    out[name] = `${rows.length} rows ${hash.slice(0, 16)}`;
    all.update(`${name}:${hash}\n`);
  }
  out['*'] = all.digest('hex');
  return out;
}

async function main(): Promise<void> {
  const adminUrl = process.env.DATABASE_URL;
  if (!adminUrl)
    throw new Error('Set DATABASE_URL to a PostgreSQL the script may create a database in.');
  pinClockAndIds();
  const db = await scratchDatabase(adminUrl);
  const dataDir = mkdtempSync(join(tmpdir(), 'outloud-seed-fingerprint-'));
  const client = new Client({ connectionString: db.url });
  try {
    await runMigrations(db.url);
    await client.connect();
    await countingUuidDefaults(client);
    await pinSqlClock(client, db.name);
    const config = AppConfig.fromEnv({ DATA_DIR: dataDir });
    await seedDemoIfEmpty(db.url, () => undefined, { config });
    const result = await fingerprint(client);
    process.stdout.write(
      `Stack Exchange corpus: ${findQaDevDir() ?? 'not found'}\n` +
        Object.entries(result)
          .map(([k, v]) => `${k.padEnd(34)} ${v}`)
          .join('\n') +
        '\n',
    );
  } finally {
    await client.end().catch(() => undefined);
    await db.drop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

main().catch((error) => {
  process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
  process.exitCode = 1;
});
