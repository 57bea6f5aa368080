import { chmodSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { isAlive } from '@outloud/server-core/testing';
import { freePort, startApiProcess, type ApiProcess } from './support/api-process';

/**
 * Finding 7 of the outside test: after SIGKILL of the API, the embedded PostgreSQL kept running
 * and the next `npm start` refused to start ("its lock file postmaster.pid exists") until someone
 * stopped it by hand. The next start now stops the orphan cleanly and goes on, data intact.
 */

jest.setTimeout(240_000);

const dataDir = mkdtempSync(join(tmpdir(), 'outloud-crash-'));
chmodSync(dataDir, 0o755); // the embedded server runs as the postgres user when we are root
let api: ApiProcess | null = null;
let orphan: number | null = null;

afterAll(async () => {
  await api?.stop();
  if (orphan && isAlive(orphan)) process.kill(orphan, 'SIGINT');
  rmSync(dataDir, { recursive: true, force: true });
});

async function signUp(url: string, handle: string) {
  const res = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'apollo-require-preflight': 'true' },
    body: JSON.stringify({
      query: `mutation ($i: SignUpInput!) { signUp(input: $i) { viewer { handle } } }`,
      variables: {
        i: {
          handle,
          displayName: handle,
          email: `${handle}@corp.example`,
          password: 'correct horse battery',
        },
      },
    }),
  });
  return (await res.json()) as {
    data?: { signUp: { viewer: { handle: string } } };
    errors?: unknown;
  };
}

it('a start after SIGKILL of the API stops the orphaned embedded PostgreSQL and starts', async () => {
  const env = {
    DATA_DIR: dataDir,
    DATABASE_URL: '',
    EMBEDDED_PG_PORT: String(await freePort()),
    PORT: String(await freePort()),
  };
  api = await startApiProcess(env, 180_000);
  expect((await signUp(api.url!, 'before')).data?.signUp.viewer.handle).toBe('before');
  orphan = Number(readFileSync(join(dataDir, 'postgres', 'postmaster.pid'), 'utf8').split('\n')[0]);
  process.kill(api.pid, 'SIGKILL');
  await api.stop();
  expect(isAlive(orphan)).toBe(true); // the crash left the database running

  api = await startApiProcess(env, 180_000);
  expect(isAlive(orphan)).toBe(false);
  // What was committed before the crash is there: the handle is taken.
  const again = await signUp(api.url!, 'before');
  expect(JSON.stringify(again.errors)).toMatch(/taken|already|in use/i);
  expect((await signUp(api.url!, 'after')).data?.signUp.viewer.handle).toBe('after');
});
