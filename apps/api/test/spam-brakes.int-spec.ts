import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createTestApp, errorCode, GraphqlClient, TestApp } from '@outloud/server-core/testing';
import { DOMAIN_MODULES } from '../src/app.module';

/**
 * Spam brakes: named per-person write limits in the shared limiter, stricter for accounts
 * younger than 24 hours. Everyone here writes from the same address (127.0.0.1), as a whole
 * office behind one company address would: one person's limit never touches another.
 */

const PASSWORD = 'correct horse battery';
let t: TestApp;
const people: Record<string, GraphqlClient> = {};
const ids: Record<string, string> = {};

async function signUp(handle: string, ageHours = 0): Promise<GraphqlClient> {
  const c = t.client();
  const data = await c.ok<{ signUp: { viewer: { id: string } } }>(
    `mutation ($i: SignUpInput!) { signUp(input: $i) { viewer { id } } }`,
    { i: { handle, displayName: handle, email: `${handle}@corp.example`, password: PASSWORD } },
  );
  ids[handle] = data.signUp.viewer.id;
  if (ageHours)
    await t.dataSource.query(
      `UPDATE users SET created_at = now() - make_interval(hours => $2) WHERE id = $1`,
      [ids[handle], ageHours],
    );
  people[handle] = c;
  return c;
}

const post = (c: GraphqlClient, body = 'An update') =>
  c.request<{ createPost: { id: string } }>(
    `mutation ($b: String!) { createPost(input: { body: $b }) { id } }`,
    { b: body },
  );

const postCount = async (handle: string) =>
  (
    await t.dataSource.query(`SELECT count(*)::int AS n FROM posts WHERE author_id = $1`, [
      ids[handle],
    ])
  )[0].n as number;

function expectRateLimited(
  res: { errors?: { extensions?: Record<string, unknown> }[] },
  limit: string,
) {
  expect(errorCode(res)).toBe('RATE_LIMITED');
  const extensions = res.errors![0].extensions!;
  expect(extensions.limit).toBe(limit);
  expect(extensions.retryAfterSeconds).toBeGreaterThan(0);
  expect(extensions.retryAfterSeconds).toBeLessThanOrEqual(3600);
}

beforeAll(async () => {
  t = await createTestApp({
    imports: DOMAIN_MODULES,
    config: {
      DATA_DIR: await mkdtemp(join(tmpdir(), 'outloud-brakes-')),
      RATE_LIMIT_POSTS_PER_HOUR: 5,
      RATE_LIMIT_REPLIES_PER_HOUR: 3,
      RATE_LIMIT_MENTIONS_PER_HOUR: 4,
      RATE_LIMIT_UPLOADS_PER_HOUR: 2,
      RATE_LIMIT_REPORTS_PER_HOUR: 2,
      RATE_LIMIT_NEW_ACCOUNT_PERCENT: 40,
      RATE_LIMIT_NEW_ACCOUNT_HOURS: 24,
    },
  });
  await signUp('chief', 48);
  await signUp('veteran', 48);
  await signUp('colleague', 48);
  await signUp('newcomer');
  await signUp('mentioner', 48);
  for (const h of ['aa', 'bb', 'cc', 'dd', 'ee']) await signUp(h, 48);
});
afterAll(() => t?.close());

describe('posts', () => {
  it('gives a new account 40 % of the hourly limit, then RATE_LIMITED with how long to wait; nothing is written', async () => {
    for (let i = 0; i < 2; i++) expect((await post(people.newcomer)).errors).toBeUndefined();
    const refused = await post(people.newcomer);
    expectRateLimited(refused, 'post.create');
    expect(refused.errors![0].extensions!.newAccount).toBe(true);
    expect(await postCount('newcomer')).toBe(2);
  });

  it('gives an account older than 24 hours the whole limit', async () => {
    for (let i = 0; i < 5; i++) expect((await post(people.veteran)).errors).toBeUndefined();
    expectRateLimited(await post(people.veteran), 'post.create');
    expect(await postCount('veteran')).toBe(5);
  });

  it('counts per person: a colleague at the same address posts freely', async () => {
    expect((await post(people.colleague)).errors).toBeUndefined();
    expect(await postCount('colleague')).toBe(1);
  });
});

describe('replies, mentions, uploads and reports', () => {
  it('limits replies per person', async () => {
    const { createPost } = await people.colleague.ok<{ createPost: { id: string } }>(
      `mutation { createPost(input: { body: "Thread" }) { id } }`,
    );
    const reply = () =>
      people.aa.request(
        `mutation ($p: ID!) { createReply(postId: $p, input: { body: "+1" }) { id } }`,
        { p: createPost.id },
      );
    for (let i = 0; i < 3; i++) expect((await reply()).errors).toBeUndefined();
    expectRateLimited(await reply(), 'reply.create');
  });

  it('counts each newly mentioned person against an hourly budget', async () => {
    expect((await post(people.mentioner, '@aa @bb @cc please look')).errors).toBeUndefined();
    const before = await postCount('mentioner');
    expectRateLimited(await post(people.mentioner, '@dd @ee too'), 'mention.add');
    expect(await postCount('mentioner')).toBe(before);
  });

  it('limits uploads before reading the file', async () => {
    const upload = () => {
      const form = new FormData();
      form.append('name', 'a.txt');
      form.append('file', new Blob(['a\n']), 'a.txt');
      return fetch(`${t.url}/files/uploads`, {
        method: 'POST',
        headers: { cookie: people.bb.cookieHeader, 'x-outloud-csrf': '1' },
        body: form,
      });
    };
    for (let i = 0; i < 2; i++) expect((await upload()).status).toBe(201);
    const refused = await upload();
    expect(refused.status).toBe(429);
    const body = (await refused.json()) as { errors: { extensions: Record<string, unknown> }[] };
    expect(body.errors[0].extensions).toMatchObject({ code: 'RATE_LIMITED', limit: 'file.upload' });
    expect(
      Number(refused.headers.get('retry-after') ?? body.errors[0].extensions.retryAfterSeconds),
    ).toBeGreaterThan(0);
  });

  it('limits reports per person', async () => {
    const targets = [];
    for (let i = 0; i < 3; i++)
      targets.push(
        (
          await people.dd.ok<{ createPost: { id: string } }>(
            `mutation { createPost(input: { body: "Post to report" }) { id } }`,
          )
        ).createPost.id,
      );
    const report = (id: string) =>
      people.cc.request(
        `mutation ($id: ID!) { reportContent(input: { targetType: POST, targetId: $id, reason: SPAM }) { id } }`,
        { id },
      );
    expect((await report(targets[0])).errors).toBeUndefined();
    expect((await report(targets[1])).errors).toBeUndefined();
    const before = await t.dataSource.query(`SELECT count(*)::int AS n FROM moderation_reports`);
    expectRateLimited(await report(targets[2]), 'report.create');
    expect(await t.dataSource.query(`SELECT count(*)::int AS n FROM moderation_reports`)).toEqual(
      before,
    );
  });
});
