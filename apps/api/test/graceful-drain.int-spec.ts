import { createTestDatabase, GraphqlClient, TestDatabase } from '@outloud/server-core/testing';
import { ApiProcess, freePort, startApiProcess } from './support/api-process';

// Fault row C8: on SIGTERM the API first says it is not ready (a load balancer stops routing to
// it) while it still answers requests; only after SHUTDOWN_DRAIN_MS does it stop listening.
const DRAIN_MS = 3_000;
let db: TestDatabase;
let api: ApiProcess;

beforeAll(async () => {
  db = await createTestDatabase();
  api = await startApiProcess({
    DATABASE_URL: db.url,
    PORT: String(await freePort()),
    SHUTDOWN_DRAIN_MS: String(DRAIN_MS),
  });
}, 120_000);
afterAll(async () => {
  await api?.stop();
  await db?.drop();
});

const ready = async () => {
  const res = await fetch(`${api.url}/readyz`);
  return { status: res.status, body: (await res.json()) as { status: string } };
};

it('turns unready at SIGTERM, keeps answering during the drain, then exits cleanly', async () => {
  expect((await ready()).status).toBe(200);
  const client = new GraphqlClient(api.url!);

  const signalled = Date.now();
  const exited = api.stop();
  let draining = await ready();
  while (draining.status === 200 && Date.now() - signalled < 1_000) draining = await ready();
  expect(draining).toEqual({ status: 503, body: { status: 'draining' } });

  // Still serving: a request that reaches it now is answered, not reset.
  const during = await client.request(`{ __typename }`);
  expect(during.status).toBe(200);
  expect(Date.now() - signalled).toBeLessThan(DRAIN_MS);

  expect(await exited).toBe(0);
  expect(Date.now() - signalled).toBeGreaterThanOrEqual(DRAIN_MS);
  await expect(fetch(`${api.url}/readyz`)).rejects.toThrow();
}, 60_000);
