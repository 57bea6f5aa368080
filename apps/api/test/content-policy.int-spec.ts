import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createTestApp, errorCode, signUpPerson } from '@outloud/server-core/testing';
import type { GraphqlClient, TestApp } from '@outloud/server-core/testing';
import { Client } from 'pg';
import { DOMAIN_MODULES } from '../src/app.module';

/**
 * The one-page content policy: versions with change notes and diffs, acknowledgements, the
 * rate per version and department, and the gate — a person who has not accepted the current
 * version cannot post, reply, upload or create a community through the API either.
 */

const PASSWORD = 'correct horse battery';
let t: TestApp;
let admin: GraphqlClient;
let ana: GraphqlClient;
let bo: GraphqlClient;

const PUBLISH = `mutation ($i: PublishContentPolicyInput!) { publishContentPolicy(input: $i) { version changeNote html diff { kind text } } }`;
const STATUS = `{ contentPolicy { current { version markdown html } viewerAcknowledgedVersion mustAcknowledge } }`;
const ACK = `mutation ($v: Int!) { acknowledgeContentPolicy(version: $v) { mustAcknowledge viewerAcknowledgedVersion } }`;
const CREATE_POST = `mutation { createPost(input: { body: "Hello @bo" }) { id } }`;

async function signUp(handle: string, department?: string): Promise<GraphqlClient> {
  const { client: c } = await signUpPerson(t, handle, { password: PASSWORD });
  if (department)
    await c.ok(`mutation ($d: String!) { updateProfile(input: { department: $d }) { id } }`, {
      d: department,
    });
  return c;
}

async function upload(c: GraphqlClient): Promise<Response> {
  const form = new FormData();
  form.append('name', 'notes.txt');
  form.append('file', new Blob(['notes\n']), 'notes.txt');
  return fetch(`${t.url}/files/uploads`, {
    method: 'POST',
    headers: { cookie: c.cookieHeader, 'x-outloud-csrf': '1' },
    body: form,
  });
}

async function counts() {
  const [row] = await t.dataSource.query(
    `SELECT (SELECT count(*) FROM posts)::int AS posts, (SELECT count(*) FROM replies)::int AS replies,
            (SELECT count(*) FROM files)::int AS files, (SELECT count(*) FROM communities)::int AS communities,
            (SELECT count(*) FROM content_policy_versions)::int AS versions,
            (SELECT count(*) FROM content_policy_acknowledgements)::int AS acks,
            (SELECT count(*) FROM audit_entries)::int AS audit`,
  );
  return row;
}

beforeAll(async () => {
  t = await createTestApp({
    imports: DOMAIN_MODULES,
    config: { DATA_DIR: await mkdtemp(join(tmpdir(), 'outloud-policy-')) },
  });
  admin = await signUp('chief', 'People');
  ana = await signUp('ana', 'Sales');
  bo = await signUp('bo', 'Sales');
});
afterAll(() => t?.close());

describe('before any policy exists', () => {
  it('has nothing to accept, and lets people post', async () => {
    const status = await ana.ok<{ contentPolicy: { current: null; mustAcknowledge: boolean } }>(
      STATUS,
    );
    expect(status.contentPolicy).toMatchObject({ current: null, mustAcknowledge: false });
    await ana.ok(CREATE_POST);
    expect(errorCode(await ana.request(ACK, { v: 1 }))).toBe('BAD_USER_INPUT');
  });
});

describe('publishing', () => {
  it.each([
    ['empty', '   \n  '],
    ['over-long', 'x'.repeat(20_001)],
  ])('refuses an %s policy with BAD_USER_INPUT, writing nothing', async (_label, markdown) => {
    const before = await counts();
    const res = await admin.request(PUBLISH, { i: { markdown } });
    expect(errorCode(res)).toBe('BAD_USER_INPUT');
    expect(await counts()).toEqual(before);
  });

  it('lets only admins publish', async () => {
    const before = await counts();
    expect(errorCode(await ana.request(PUBLISH, { i: { markdown: '# Mine' } }))).toBe('FORBIDDEN');
    expect(await counts()).toEqual(before);
  });

  it('saves each version with its change note, a diff and an audit entry; raw HTML stays text', async () => {
    const first = await admin.ok<{
      publishContentPolicy: { version: number; html: string; diff: { kind: string }[] };
    }>(PUBLISH, {
      i: {
        markdown:
          "# Our policy\n\nIf you wouldn't say it out loud in the café, don't post it.\n\n<script>alert(1)</script>",
        changeNote: 'First version',
      },
    });
    expect(first.publishContentPolicy.version).toBe(1);
    expect(first.publishContentPolicy.html).toContain('<h1>Our policy</h1>');
    expect(first.publishContentPolicy.html).not.toContain('<script');
    expect(first.publishContentPolicy.diff.every((l) => l.kind === 'ADDED')).toBe(true);
    const [audit] = await t.dataSource.query(
      `SELECT reason, after FROM audit_entries WHERE action = 'policy.version.published'`,
    );
    expect(audit).toMatchObject({ reason: 'First version', after: { version: 1 } });
    expect(
      errorCode(
        await admin.request(PUBLISH, {
          i: {
            markdown:
              "# Our policy\n\nIf you wouldn't say it out loud in the café, don't post it.\n\n<script>alert(1)</script>",
          },
        }),
      ),
    ).toBe('BAD_USER_INPUT');
  });
});

describe('the gate', () => {
  it('refuses posts, replies, uploads and new communities until the current version is accepted', async () => {
    const { createPost } = await admin
      .ok<{ createPost: { id: string } }>(
        `mutation { createPost(input: { body: "Admins accept by writing?" }) { id } }`,
      )
      .catch(async () => {
        await admin.ok(ACK, { v: 1 });
        return admin.ok<{ createPost: { id: string } }>(
          `mutation { createPost(input: { body: "Admins accept too." }) { id } }`,
        );
      });
    const before = await counts();
    const attempts = [
      await bo.request(CREATE_POST),
      await bo.request(
        `mutation ($p: ID!) { createReply(postId: $p, input: { body: "Hi" }) { id } }`,
        { p: createPost.id },
      ),
      await bo.request(
        `mutation { createCommunity(input: { name: "Bo's club", slug: "bos-club" }) { id } }`,
      ),
    ];
    for (const res of attempts) {
      expect(errorCode(res)).toBe('FORBIDDEN');
      expect(res.errors?.[0].extensions).toMatchObject({
        reason: 'CONTENT_POLICY_NOT_ACKNOWLEDGED',
        policyVersion: 1,
      });
    }
    const uploaded = await upload(bo);
    expect(uploaded.status).toBe(403);
    expect(await uploaded.json()).toMatchObject({
      errors: [{ extensions: { code: 'FORBIDDEN', reason: 'CONTENT_POLICY_NOT_ACKNOWLEDGED' } }],
    });
    expect(await counts()).toEqual(before);
    // Reading is never gated.
    const read = await bo.ok<{ contentPolicy: { mustAcknowledge: boolean } }>(STATUS);
    expect(read.contentPolicy.mustAcknowledge).toBe(true);
    expect(await bo.ok(`{ discover(first: 5) { nodes { id } } }`)).toBeTruthy();
  });

  it('opens after accepting, and closes again for a new version; an old version names the current one', async () => {
    const accepted = await bo.ok<{ acknowledgeContentPolicy: { mustAcknowledge: boolean } }>(ACK, {
      v: 1,
    });
    expect(accepted.acknowledgeContentPolicy.mustAcknowledge).toBe(false);
    await bo.ok(CREATE_POST);
    expect((await upload(bo)).status).toBe(201);
    const second = await admin.ok<{
      publishContentPolicy: { version: number; diff: { kind: string; text: string }[] };
    }>(PUBLISH, {
      i: {
        markdown:
          "# Our policy\n\nIf you wouldn't say it out loud in the café, don't post it.\n\nNo customer data in posts.",
        changeNote: 'Customer data',
      },
    });
    expect(second.publishContentPolicy.version).toBe(2);
    expect(second.publishContentPolicy.diff).toEqual(
      expect.arrayContaining([
        { kind: 'REMOVED', text: '<script>alert(1)</script>' },
        { kind: 'ADDED', text: 'No customer data in posts.' },
        { kind: 'UNCHANGED', text: '# Our policy' },
      ]),
    );
    expect(errorCode(await bo.request(CREATE_POST))).toBe('FORBIDDEN');
    const old = await bo.request(ACK, { v: 1 });
    expect(errorCode(old)).toBe('BAD_USER_INPUT');
    expect(old.errors?.[0].message).toContain('the current one is version 2');
    await bo.ok(ACK, { v: 2 });
    await bo.ok(CREATE_POST);
  });

  it('shows admins the acknowledgement rate per version and per department', async () => {
    const data = await admin.ok<{
      contentPolicyVersions: {
        version: number;
        acknowledgements: {
          people: number;
          acknowledged: number;
          share: number;
          byDepartment: { department: string | null; people: number; acknowledged: number }[];
        };
      }[];
    }>(
      `{ contentPolicyVersions { version acknowledgements { people acknowledged share byDepartment { department people acknowledged } } } }`,
    );
    const [v2, v1] = data.contentPolicyVersions;
    expect(v2.version).toBe(2);
    expect(v2.acknowledgements).toMatchObject({ people: 3, acknowledged: 1 });
    expect(v2.acknowledgements.byDepartment).toEqual(
      expect.arrayContaining([
        { department: 'Sales', people: 2, acknowledged: 1 },
        { department: 'People', people: 1, acknowledged: 0 },
      ]),
    );
    expect(v1.acknowledgements.acknowledged).toBe(2);
    const asMember = await ana.request(`{ contentPolicyVersions { version } }`);
    expect(errorCode(asMember)).toBe('FORBIDDEN');
  });

  it('lets someone who accepted write without asking the database again, until a new version', async () => {
    await bo.ok(CREATE_POST); // the gate reads the current version once every few seconds
    const sent = jest.spyOn(Client.prototype, 'query');
    const gateReads = () =>
      sent.mock.calls.filter(([q]) =>
        (typeof q === 'string' ? q : ((q as { text?: string }).text ?? '')).includes(
          'content_policy_acknowledgements',
        ),
      ).length;
    try {
      await bo.ok(CREATE_POST);
      await bo.ok(CREATE_POST);
      expect(gateReads()).toBe(0);
      // Someone who has not accepted is asked every time: a refusal is never remembered.
      expect(errorCode(await ana.request(CREATE_POST))).toBe('FORBIDDEN');
      expect(errorCode(await ana.request(CREATE_POST))).toBe('FORBIDDEN');
      expect(gateReads()).toBe(2);
      await admin.ok(PUBLISH, { i: { markdown: '# Our policy\n\nBe kind.', changeNote: 'Short' } });
      expect(errorCode(await bo.request(CREATE_POST))).toBe('FORBIDDEN');
    } finally {
      sent.mockRestore();
    }
  });
});
