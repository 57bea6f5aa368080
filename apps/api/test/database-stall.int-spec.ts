import {
  createTestApp,
  errorCode,
  PausingProxy,
  signUpPerson,
  startPausingProxy,
  TestApp,
  TestPerson,
} from '@outloud/server-core/testing';
import { DOMAIN_MODULES } from '../src/app.module';
import { HealthController } from '../src/health/health.controller';

// Finding 3 of the outside test: with PostgreSQL stalled behind a proxy, every request and
// /readyz hung for the whole stall and /readyz then said ready. Short timeouts keep this quick;
// the time bounds are generous guards against hanging, not targets.
let t: TestApp;
let proxy: PausingProxy;
let ana: TestPerson;
const STATEMENT_TIMEOUT_MS = 1_000;

beforeAll(async () => {
  t = await createTestApp({
    imports: DOMAIN_MODULES,
    controllers: [HealthController],
    config: {
      DATABASE_STATEMENT_TIMEOUT_MS: STATEMENT_TIMEOUT_MS,
      DATABASE_POOL_ACQUIRE_TIMEOUT_MS: 1_000,
    },
    connectVia: async (url) => {
      proxy = await startPausingProxy(url);
      return proxy.url;
    },
  });
  ana = await signUpPerson(t, 'ana', { password: 'correct horse battery' });
});
afterAll(async () => {
  proxy?.resume();
  await t?.close();
  await proxy?.close();
});

const timed = async <T>(run: () => Promise<T>): Promise<[T, number]> => {
  const started = performance.now();
  const result = await run();
  return [result, performance.now() - started];
};

const FEED = `{ homeFeed(first: 5) { nodes { id } } }`;

it('answers 503 at once while the database is stalled, SERVICE_UNAVAILABLE to requests, and recovers by itself', async () => {
  expect((await fetch(`${t.url}/readyz`)).status).toBe(200);
  await ana.client.ok(FEED);

  proxy.pause();
  const [ready, readyMs] = await timed(() => fetch(`${t.url}/readyz`));
  expect(ready.status).toBe(503);
  expect(readyMs).toBeLessThan(2_500);

  // Logged in: the session lookup itself meets the stall.
  const [feed, feedMs] = await timed(() => ana.client.request(FEED));
  expect(feed.status).toBe(503);
  expect(feed.headers.get('retry-after')).toBe('5');
  expect(errorCode(feed)).toBe('SERVICE_UNAVAILABLE');
  expect(feed.text).not.toMatch(/timeout exceeded|Query read|at .*\.js/);
  expect(feedMs).toBeLessThan(STATEMENT_TIMEOUT_MS + 2_000 + 3_000);

  const [post, postMs] = await timed(() =>
    ana.client.request(`mutation { createPost(input: { body: "During the stall" }) { id } }`),
  );
  expect(errorCode(post)).toBe('SERVICE_UNAVAILABLE');
  expect(postMs).toBeLessThan(STATEMENT_TIMEOUT_MS + 2_000 + 3_000);

  proxy.resume();
  // Recovery needs no restart: the next requests work (stuck connections drain first).
  const deadline = Date.now() + 15_000;
  let recovered = false;
  while (!recovered && Date.now() < deadline) {
    recovered = (await fetch(`${t.url}/readyz`)).status === 200;
    if (!recovered) await new Promise((r) => setTimeout(r, 200));
  }
  expect(recovered).toBe(true);
  await ana.client.ok(FEED);
}, 60_000);
