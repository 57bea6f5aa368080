import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';

export {
  freePort,
  startApiProcess,
  type ApiProcess,
} from '../../apps/api/test/support/api-process';

export const PASSWORD = 'correct horse battery';

/** One GraphQL request as a browser would send it, with a 10 s bound. */
export async function gql(url: string, cookie: string, query: string, variables: object) {
  const res = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'apollo-require-preflight': 'true', cookie },
    body: JSON.stringify({ query, variables }),
    signal: AbortSignal.timeout(10_000),
  });
  const body = (await res.json()) as { data?: Record<string, { id?: string }>; errors?: unknown[] };
  return { res, body };
}

/** Signs a person up; returns their cookie header. */
export async function signUp(url: string, handle: string): Promise<string> {
  const { res } = await gql(
    url,
    '',
    `mutation ($i: SignUpInput!) { signUp(input: $i) { viewer { id } } }`,
    { i: { handle, displayName: handle, email: `${handle}@corp.example`, password: PASSWORD } },
  );
  return res.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .join('; ');
}

/** A database of its own on DATABASE_URL's server and a data directory; `drop` removes both. */
export async function scratch(name: string): Promise<{
  url: string;
  dataDir: string;
  drop: () => Promise<void>;
}> {
  const adminUrl = process.env.DATABASE_URL;
  if (!adminUrl)
    throw new Error('Set DATABASE_URL to a PostgreSQL the script may create a database in.');
  const dbName = `outloud_fault_${name}_${process.pid}`;
  const admin = new Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${dbName}`);
  const url = new URL(adminUrl);
  url.pathname = `/${dbName}`;
  const dataDir = mkdtempSync(join(tmpdir(), `outloud-fault-${name}-`));
  return {
    url: url.toString(),
    dataDir,
    drop: async () => {
      await admin.query(`DROP DATABASE ${dbName} WITH (FORCE)`);
      await admin.end();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

export function report(result: object, holds: boolean, row: string): void {
  process.stdout.write(
    `${JSON.stringify(result, null, 2)}\n${row} ${holds ? 'holds' : 'FAILED'}\n`,
  );
  process.exitCode = holds ? 0 : 1;
}
