import { createServer } from 'node:net';
import { IdentityModule } from '@outloud/identity';
import {
  createTestApp,
  errorCode,
  signUpPerson,
  TestApp,
  TestPerson,
} from '@outloud/server-core/testing';
import { StreamModule } from '@outloud/stream';
import { SearchModule } from '../index';
import { SEARCH_UNAVAILABLE_MESSAGE } from '../lib/search-unavailable';

// Fault row C3: the search engine unavailable. Posting still works, search says it is
// unavailable (never an error page, never results from elsewhere), and the index catches up.
const SEARCH = `query ($q: String!) { search(query: $q) { totalCount nodes { post { id } } } }`;
const POST = `mutation ($body: String!) { createPost(input: { body: $body }) { id } }`;

async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

describe('Meilisearch unreachable (MEILI_URL points to a closed port)', () => {
  let t: TestApp;
  let ana: TestPerson;
  beforeAll(async () => {
    t = await createTestApp({
      imports: [IdentityModule, StreamModule, SearchModule],
      config: { MEILI_URL: `http://127.0.0.1:${await closedPort()}` },
    });
    ana = await signUpPerson(t, 'ana', { password: 'correct horse battery' });
  });
  afterAll(() => t?.close());

  it('posts are acknowledged and kept, their index jobs wait; search answers 503 saying so', async () => {
    const { createPost } = await ana.client.ok<{ createPost: { id: string } }>(POST, {
      body: 'Where is the travel expense policy?',
    });
    await t.drainOutbox();
    const [{ count }] = await t.dataSource.query(
      `SELECT count(*)::int AS count FROM posts WHERE id = $1`,
      [createPost.id],
    );
    expect(count).toBe(1);
    // The index job failed and waits for its retry: nothing is lost while the engine is away.
    const waiting = await t.dataSource.query(
      `SELECT attempts FROM outbox_jobs WHERE handler = 'search.index-post' AND payload->>'postId' = $1`,
      [createPost.id],
    );
    expect(waiting).toHaveLength(1);
    expect(waiting[0].attempts).toBeGreaterThanOrEqual(1);

    const res = await ana.client.request(SEARCH, { q: 'travel expense' });
    expect(res.status).toBe(503);
    expect(res.headers.get('retry-after')).toBe('5');
    expect(errorCode(res)).toBe('SERVICE_UNAVAILABLE');
    expect(res.errors?.[0].message).toBe(SEARCH_UNAVAILABLE_MESSAGE);
    expect(res.data?.search ?? null).toBeNull();
    expect(res.text).not.toMatch(/ECONNREFUSED|fetch failed|at .*\.js/);
  });
});

describe('PostgreSQL search failing to index', () => {
  let t: TestApp;
  let ana: TestPerson;
  const found = async (q: string) =>
    (
      await ana.client.ok<{ search: { nodes: { post: { id: string } | null }[] } }>(SEARCH, { q })
    ).search.nodes.map((n) => n.post?.id);

  beforeAll(async () => {
    t = await createTestApp({ imports: [IdentityModule, StreamModule, SearchModule] });
    ana = await signUpPerson(t, 'ana', { password: 'correct horse battery' });
  });
  afterAll(() => t?.close());

  it('keeps acknowledged posts, shows nothing it has not indexed, and catches up afterwards', async () => {
    const before = await ana.client.ok<{ createPost: { id: string } }>(POST, {
      body: 'Parking permits for the new garage',
    });
    await t.drainOutbox();
    expect(await found('parking permits')).toEqual([before.createPost.id]);

    // Every write to the index now fails (as a full disk or a broken index would).
    await t.dataSource.query(
      `ALTER TABLE search_documents ADD CONSTRAINT index_down CHECK (false) NOT VALID`,
    );
    const during = await ana.client.ok<{ createPost: { id: string } }>(POST, {
      body: 'Parking permits for visitors: who issues them?',
    });
    await t.drainOutbox();
    // Acknowledged and kept; search still answers from what it has, the new post not yet.
    expect(await found('parking permits')).toEqual([before.createPost.id]);

    await t.dataSource.query(`ALTER TABLE search_documents DROP CONSTRAINT index_down`);
    // The retry's backoff, skipped: the job is due now.
    await t.dataSource.query(`UPDATE outbox_jobs SET run_at = now()`);
    await t.drainOutbox();
    expect((await found('parking permits')).sort()).toEqual(
      [before.createPost.id, during.createPost.id].sort(),
    );
  });
});
