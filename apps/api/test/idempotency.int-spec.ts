import { randomUUID } from 'node:crypto';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { IdempotencyKeys, RateLimits } from '@outloud/server-core';
import { createTestApp, errorCode, rowsRead, signUpPerson } from '@outloud/server-core/testing';
import type { GraphqlClient, SentStatement, TestApp } from '@outloud/server-core/testing';
import type { EntityManager } from 'typeorm';
import { DOMAIN_MODULES } from '../src/app.module';

/**
 * Finding 4 of the outside test: two simultaneous identical `createPost` calls and one retry
 * made three posts. A composer's idempotency key makes a double click or a retry return the
 * first result, for posts, replies, bookmarks and uploads alike.
 */

const PASSWORD = 'correct horse battery';
let t: TestApp;
let ana: GraphqlClient;
let bo: GraphqlClient;
let anaId: string;

const signUp = (handle: string) => signUpPerson(t, handle, { password: PASSWORD });

beforeAll(async () => {
  t = await createTestApp({
    imports: DOMAIN_MODULES,
    config: { DATA_DIR: await mkdtemp(join(tmpdir(), 'outloud-idempotency-')) },
  });
  ({ client: ana, id: anaId } = await signUp('ana'));
  ({ client: bo } = await signUp('bo'));
});
afterAll(() => t?.close());

const count = async (sql: string, params: unknown[]) =>
  (await t.dataSource.query(sql, params))[0].n as number;

const createPost = (c: GraphqlClient, body: string, key?: string) =>
  c.request<{ createPost: { id: string } }>(
    `mutation ($b: String!, $k: String) { createPost(input: { body: $b }, idempotencyKey: $k) { id } }`,
    { b: body, k: key },
  );

function upload(c: GraphqlClient, content: string, key?: string) {
  const form = new FormData();
  form.append('file', new Blob([content]), 'notes.txt');
  return fetch(`${t.url}/files/uploads`, {
    method: 'POST',
    headers: {
      cookie: c.cookieHeader,
      'x-outloud-csrf': '1',
      ...(key ? { 'idempotency-key': key } : {}),
    },
    body: form,
  }).then(async (res) => ({
    status: res.status,
    body: (await res.json()) as { file: { id: string } },
  }));
}

describe('a double click or a retry writes once', () => {
  it('two simultaneous createPost calls and a retry with one key make one post', async () => {
    const key = randomUUID();
    const body = `Quarterly numbers are in ${key}`;
    const [a, b] = await Promise.all([createPost(ana, body, key), createPost(ana, body, key)]);
    const retry = await createPost(ana, body, key);
    const ids = [a, b, retry].map((r) => r.data?.createPost.id);
    expect(new Set(ids).size).toBe(1);
    expect(ids[0]).toBeTruthy();
    expect(await count(`SELECT count(*)::int AS n FROM posts WHERE body = $1`, [body])).toBe(1);
    // One post, so one outbox job per handler (one index write, one round of notifications).
    const [jobs] = await t.dataSource.query(
      `SELECT count(*)::int AS n, count(DISTINCT handler)::int AS handlers FROM outbox_jobs
        WHERE event_type = 'stream.post.created' AND payload->>'postId' = $1`,
      [ids[0]],
    );
    expect(jobs.n).toBeGreaterThan(0);
    expect(jobs.n).toBe(jobs.handlers);
  });

  it("a repeat does not count its mentions again against the person's limit", async () => {
    const limits = t.app.get(RateLimits);
    const key = randomUUID();
    const body = `Can you review this, @bo? ${key}`;
    const before = await limits.remaining('mention.add', { id: anaId });
    await createPost(ana, body, key);
    const afterFirst = await limits.remaining('mention.add', { id: anaId });
    expect(afterFirst).toBe(before - 1);
    await createPost(ana, body, key);
    expect(await limits.remaining('mention.add', { id: anaId })).toBe(afterFirst);
  });

  it('a new key is a new post; no key writes every time', async () => {
    const body = `Lunch at noon ${randomUUID()}`;
    await createPost(ana, body, randomUUID());
    await createPost(ana, body, randomUUID());
    await createPost(ana, body);
    expect(await count(`SELECT count(*)::int AS n FROM posts WHERE body = $1`, [body])).toBe(3);
  });

  it("a key is one person's: the same key from someone else is their own post", async () => {
    const key = randomUUID();
    const mine = await createPost(ana, 'Mine', key);
    const theirs = await createPost(bo, 'Theirs', key);
    expect(theirs.data?.createPost.id).not.toBe(mine.data?.createPost.id);
  });

  it('a malformed key is refused at the edge with BAD_USER_INPUT', async () => {
    const res = await createPost(ana, 'Hello', 'x y');
    expect(errorCode(res)).toBe('BAD_USER_INPUT');
  });

  it('replies: a double click makes one reply and counts once', async () => {
    const postId = (await createPost(bo, 'Ideas for the offsite?')).data!.createPost.id;
    const key = randomUUID();
    const reply = () =>
      ana.request<{ createReply: { id: string } }>(
        `mutation ($p: ID!, $k: String) { createReply(postId: $p, input: { body: "The lake house" }, idempotencyKey: $k) { id } }`,
        { p: postId, k: key },
      );
    const results = await Promise.all([reply(), reply(), reply()]);
    expect(new Set(results.map((r) => r.data?.createReply.id)).size).toBe(1);
    expect(await count(`SELECT count(*)::int AS n FROM replies WHERE post_id = $1`, [postId])).toBe(
      1,
    );
    expect(await count(`SELECT reply_count AS n FROM posts WHERE id = $1`, [postId])).toBe(1);
  });

  it('bookmarks: a retry returns the first bookmark instead of "already saved"', async () => {
    const key = randomUUID();
    const save = () =>
      ana.request<{ createBookmark: { id: string } }>(
        `mutation ($k: String) { createBookmark(input: { url: "https://example.com/handbook" }, idempotencyKey: $k) { id } }`,
        { k: key },
      );
    const [a, b] = await Promise.all([save(), save()]);
    const retry = await save();
    expect(a.errors ?? b.errors ?? retry.errors).toBeUndefined();
    expect(new Set([a, b, retry].map((r) => r.data?.createBookmark.id)).size).toBe(1);
    expect(
      await count(`SELECT count(*)::int AS n FROM bookmarks WHERE owner_id = $1`, [anaId]),
    ).toBe(1);
  });

  it('uploads: simultaneous attempts and a retry store one file', async () => {
    const key = randomUUID();
    const [a, b] = await Promise.all([
      upload(ana, 'Minutes of Monday', key),
      upload(ana, 'Minutes of Monday', key),
    ]);
    const retry = await upload(ana, 'Minutes of Monday', key);
    expect([a.status, b.status, retry.status]).toEqual([201, 201, 201]);
    expect(new Set([a, b, retry].map((r) => r.body.file.id)).size).toBe(1);
    expect(await count(`SELECT count(*)::int AS n FROM files WHERE owner_id = $1`, [anaId])).toBe(
      1,
    );
    const other = await upload(ana, 'Minutes of Monday', randomUUID());
    expect(other.body.file.id).not.toBe(a.body.file.id);
  });
});

it("a keyed write clears its author's expired keys, reading only those", async () => {
  const { id: cy } = await signUp('cy');
  // A busy day (300 keys of the last hour) and two keys older than a day; Ana has 1,000 old
  // keys (she wrote nothing since), so the clean-up cannot go by time alone either.
  await t.dataSource.query(
    `INSERT INTO idempotency_keys (user_id, scope, key, result_id, created_at)
     SELECT $1::uuid, 'post', 'recent-' || n, gen_random_uuid(), now() - n * interval '10 seconds'
       FROM generate_series(1, 300) n
     UNION ALL
     SELECT $1::uuid, 'post', 'expired-' || n, gen_random_uuid(), now() - interval '2 days'
       FROM generate_series(1, 2) n
     UNION ALL
     SELECT $2::uuid, 'post', 'stale-' || n, gen_random_uuid(), now() - interval '3 days'
       FROM generate_series(1, 1000) n`,
    [cy, anaId],
  );
  await t.dataSource.query(`ANALYZE idempotency_keys`);
  const sent: SentStatement[] = [];
  const tx = {
    query: (text: string, values: unknown[]) => {
      sent.push({ text, values });
      return t.dataSource.query(text, values);
    },
  } as unknown as EntityManager;
  const written = await t.app.get(IdempotencyKeys).run(tx, {
    userId: cy,
    scope: 'post',
    key: randomUUID(),
    resultId: randomUUID(),
    write: async () => 'written',
    replay: async () => 'replayed',
  });
  expect(written).toBe('written');
  const keys = `SELECT count(*)::int AS n FROM idempotency_keys WHERE user_id = $1 AND key LIKE $2`;
  expect(await count(keys, [cy, 'expired-%'])).toBe(0);
  expect(await count(keys, [cy, 'recent-%'])).toBe(300);
  // The claim once more, as sent (rolled back): the clean-up has nothing left to delete.
  expect((await rowsRead(t.db.url, sent[0])).idempotency_keys ?? 0).toBeLessThan(10);
});
