import { IdentityModule } from '@outloud/identity';
import { RealtimeModule } from '@outloud/realtime';
import { OutboxWorker } from '@outloud/server-core';
import {
  createTestApp,
  GraphqlClient,
  signUpPerson,
  TestApp,
  TestPerson,
} from '@outloud/server-core/testing';
import { StreamModule } from '@outloud/stream';
import { io as connectSocket } from 'socket.io-client';
import { ScimModule } from '../index';

// SCIM 2.0 over real HTTP against the API (RFC 7644 examples, and the request shapes Microsoft
// Entra ID and Okta send), on a real PostgreSQL.
const PASSWORD = 'correct horse battery';
const SCIM = 'application/scim+json';
const CORE = 'urn:ietf:params:scim:schemas:core:2.0:User';
const ENTERPRISE = 'urn:ietf:params:scim:schemas:extension:enterprise:2.0:User';
const PATCH_OP = 'urn:ietf:params:scim:api:messages:2.0:PatchOp';
const ERROR = 'urn:ietf:params:scim:api:messages:2.0:Error';

let t: TestApp;
let admin: TestPerson;
let member: TestPerson;
let token: string;

interface Reply {
  status: number;
  headers: Headers;
  body: Record<string, unknown> & { Resources?: Record<string, unknown>[] };
}

async function scim(
  method: string,
  path: string,
  body?: unknown,
  options: { token?: string | null; contentType?: string; raw?: string } = {},
): Promise<Reply> {
  const bearer = options.token === undefined ? token : options.token;
  const res = await fetch(`${t.url}/scim/v2${path}`, {
    method,
    headers: {
      accept: SCIM,
      ...(bearer ? { authorization: `Bearer ${bearer}` } : {}),
      ...(body !== undefined || options.raw ? { 'content-type': options.contentType ?? SCIM } : {}),
    },
    body: options.raw ?? (body === undefined ? undefined : JSON.stringify(body)),
  });
  const text = await res.text();
  return { status: res.status, headers: res.headers, body: text ? JSON.parse(text) : {} };
}

async function createToken(client: GraphqlClient, name: string) {
  const data = await client.ok<{ createScimToken: { token: string; scimToken: { id: string } } }>(
    `mutation ($n: String!) { createScimToken(name: $n) { token scimToken { id name lastUsedAt } } }`,
    { n: name },
  );
  return data.createScimToken;
}

async function count(table: string): Promise<number> {
  const [{ n }] = await t.dataSource.query(`SELECT count(*)::int AS n FROM ${table}`);
  return n;
}

/** RFC 7644 §3.3's example, with a userName of our own. */
function bjensen(userName = 'bjensen', extra: Record<string, unknown> = {}) {
  return {
    schemas: [CORE],
    userName,
    externalId: `ext-${userName}`,
    name: { formatted: 'Ms. Barbara J Jensen III', familyName: 'Jensen', givenName: 'Barbara' },
    emails: [{ value: `${userName}@example.com`, type: 'work', primary: true }],
    ...extra,
  };
}

beforeAll(async () => {
  t = await createTestApp({ imports: [IdentityModule, StreamModule, RealtimeModule, ScimModule] });
  admin = await signUpPerson(t, 'boss', { password: PASSWORD });
  member = await signUpPerson(t, 'member', { password: PASSWORD });
  token = (await createToken(admin.client, 'Entra ID provisioning')).token;
});
afterAll(async () => {
  await t?.close();
});

describe('SCIM tokens', () => {
  it('are created by admins only, shown once, and listed with their last use', async () => {
    const refused = await member.client.request(
      `mutation { createScimToken(name: "mine") { token } }`,
    );
    expect(refused.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const created = await createToken(admin.client, 'Okta');
    expect(created.token).toMatch(/^olscim_[A-Za-z0-9_-]{43}$/);
    await scim('GET', '/ServiceProviderConfig', undefined, { token: created.token });
    const { scimTokens } = await admin.client.ok<{ scimTokens: Record<string, unknown>[] }>(
      `{ scimTokens { id name lastUsedAt revokedAt } }`,
    );
    const listed = scimTokens.find((x) => x.id === created.scimToken.id);
    expect(listed).toMatchObject({ name: 'Okta', revokedAt: null });
    expect(listed?.lastUsedAt).not.toBeNull();
    expect(JSON.stringify(scimTokens)).not.toContain(created.token);
    const [{ token_hash }] = await t.dataSource.query(
      `SELECT token_hash FROM scim_tokens WHERE id = $1`,
      [created.scimToken.id],
    );
    expect(token_hash).toMatch(/^[0-9a-f]{64}$/);
  });

  it('refuses a missing, unknown or revoked token with 401 in SCIM error format', async () => {
    const { token: doomed, scimToken } = await createToken(admin.client, 'short-lived');
    expect((await scim('GET', '/Users', undefined, { token: doomed })).status).toBe(200);
    await admin.client.ok(`mutation ($id: ID!) { revokeScimToken(id: $id) { revokedAt } }`, {
      id: scimToken.id,
    });
    for (const bearer of [null, 'olscim_nottherealone', doomed]) {
      const res = await scim('GET', '/Users', undefined, { token: bearer });
      expect(res.status).toBe(401);
      expect(res.headers.get('www-authenticate')).toContain('Bearer');
      expect(res.headers.get('content-type')).toContain(SCIM);
      expect(res.body).toMatchObject({ schemas: [ERROR], status: '401' });
    }
    const users = await count('users');
    const post = await scim('POST', '/Users', bjensen('revoked-try'), { token: doomed });
    expect(post.status).toBe(401);
    expect(await count('users')).toBe(users);
  });

  it('audits creation and revocation', async () => {
    const rows = await t.dataSource.query(
      `SELECT action, actor_type, actor_id FROM audit_entries WHERE action LIKE 'scim.token.%'`,
    );
    expect(rows.map((r: { action: string }) => r.action)).toEqual(
      expect.arrayContaining(['scim.token.created', 'scim.token.revoked']),
    );
    expect(rows.every((r: { actor_id: string }) => r.actor_id === admin.id)).toBe(true);
  });
});

describe('discovery (RFC 7644 §4)', () => {
  it('describes the service, its schemas and resource types', async () => {
    const config = await scim('GET', '/ServiceProviderConfig');
    expect(config.status).toBe(200);
    expect(config.headers.get('content-type')).toContain(SCIM);
    expect(config.body).toMatchObject({
      patch: { supported: true },
      bulk: { supported: false },
      filter: { supported: true, maxResults: 200 },
      authenticationSchemes: [expect.objectContaining({ type: 'oauthbearertoken' })],
    });
    const types = await scim('GET', '/ResourceTypes');
    expect(types.body.Resources?.[0]).toMatchObject({
      id: 'User',
      endpoint: '/Users',
      schema: CORE,
      schemaExtensions: [{ schema: ENTERPRISE, required: false }],
    });
    const schemas = await scim('GET', '/Schemas');
    expect(schemas.body.Resources?.map((s) => s.id)).toEqual([CORE, ENTERPRISE]);
    const user = await scim('GET', `/Schemas/${CORE}`);
    expect((user.body.attributes as { name: string }[]).map((a) => a.name)).toEqual(
      expect.arrayContaining(['userName', 'name', 'emails', 'active']),
    );
    expect((await scim('GET', '/Schemas/urn:nope')).status).toBe(404);
  });
});

describe('Users', () => {
  let bjensenId: string;

  it('creates a person as in RFC 7644 §3.3 (201, Location, meta)', async () => {
    const res = await scim(
      'POST',
      '/Users',
      bjensen('bjensen', {
        title: 'Buyer',
        preferredLanguage: 'sv-SE',
        [ENTERPRISE]: { department: 'Purchasing', employeeNumber: '701984' },
        phoneNumbers: [{ value: '555-555-8377', type: 'work' }],
      }),
    );
    expect(res.status).toBe(201);
    expect(res.headers.get('content-type')).toContain(SCIM);
    bjensenId = res.body.id as string;
    expect(res.headers.get('location')).toBe(`${t.url}/scim/v2/Users/${bjensenId}`);
    expect(res.body).toMatchObject({
      schemas: [CORE, ENTERPRISE],
      userName: 'bjensen',
      externalId: 'ext-bjensen',
      displayName: 'Ms. Barbara J Jensen III',
      name: { givenName: 'Barbara', familyName: 'Jensen' },
      title: 'Buyer',
      preferredLanguage: 'sv-SE',
      active: true,
      emails: [{ value: 'bjensen@example.com', type: 'work', primary: true }],
      [ENTERPRISE]: { department: 'Purchasing' },
      meta: { resourceType: 'User', location: `${t.url}/scim/v2/Users/${bjensenId}` },
    });
    const { user } = await member.client.ok<{ user: Record<string, unknown> }>(
      `query ($h: String!) { user(handle: $h) { id displayName jobTitle department } }`,
      { h: 'bjensen' },
    );
    expect(user).toMatchObject({
      id: bjensenId,
      displayName: 'Ms. Barbara J Jensen III',
      jobTitle: 'Buyer',
      department: 'Purchasing',
    });
    const get = await scim('GET', `/Users/${bjensenId}`);
    expect(get.status).toBe(200);
    expect(get.body.userName).toBe('bjensen');
  });

  it('refuses a duplicate userName (any case) with 409 uniqueness and creates nothing', async () => {
    const users = await count('users');
    const res = await scim('POST', '/Users', {
      ...bjensen('BJensen'),
      emails: [{ value: 'other@example.com', primary: true }],
      externalId: 'another',
    });
    expect(res.status).toBe(409);
    expect(res.body).toMatchObject({ schemas: [ERROR], status: '409', scimType: 'uniqueness' });
    expect(await count('users')).toBe(users);
  });

  it('refuses malformed JSON, unknown attributes and wrong types, creating nothing', async () => {
    const users = await count('users');
    const bad = await scim('POST', '/Users', undefined, { raw: '{"userName": "x",' });
    expect(bad.status).toBe(400);
    expect(bad.body).toMatchObject({ schemas: [ERROR], scimType: 'invalidSyntax' });
    const badPlainJson = await scim('POST', '/Users', undefined, {
      raw: '{"userName"',
      contentType: 'application/json',
    });
    expect(badPlainJson.body).toMatchObject({ schemas: [ERROR], scimType: 'invalidSyntax' });
    const unknown = await scim('POST', '/Users', bjensen('unknown1', { favouriteColour: 'red' }));
    expect(unknown.status).toBe(400);
    expect(unknown.body.scimType).toBe('invalidSyntax');
    expect(unknown.body.detail).toContain('favouriteColour');
    const wrongType = await scim('POST', '/Users', bjensen('typed', { active: 'maybe' }));
    expect(wrongType.body).toMatchObject({ status: '400', scimType: 'invalidValue' });
    const noUserName = await scim('POST', '/Users', { schemas: [CORE], emails: [] });
    expect(noUserName.body).toMatchObject({ status: '400', scimType: 'invalidValue' });
    const badEmail = await scim('POST', '/Users', {
      ...bjensen('bademail'),
      emails: [{ value: 'not an address', primary: true }],
    });
    expect(badEmail.status).toBe(400);
    expect(await count('users')).toBe(users);
    expect(await count('scim_users')).toBe(1);
  });

  it('answers 404 in SCIM format for an unknown id', async () => {
    for (const id of ['2819c223-7f76-453a-919d-413861904646', 'not-a-uuid']) {
      const res = await scim('GET', `/Users/${id}`);
      expect(res.status).toBe(404);
      expect(res.body).toMatchObject({ schemas: [ERROR], status: '404' });
    }
  });

  it('lists with filter userName eq (case-insensitive), externalId eq and paging', async () => {
    for (const n of ['page1', 'page2', 'page3'])
      expect((await scim('POST', '/Users', bjensen(n))).status).toBe(201);
    const byName = await scim(
      'GET',
      `/Users?filter=${encodeURIComponent('userName eq "BJENSEN"')}`,
    );
    expect(byName.body).toMatchObject({
      schemas: ['urn:ietf:params:scim:api:messages:2.0:ListResponse'],
      totalResults: 1,
      startIndex: 1,
      itemsPerPage: 1,
    });
    expect(byName.body.Resources?.[0].id).toBe(bjensenId);
    const byExternal = await scim(
      'GET',
      `/Users?filter=${encodeURIComponent('externalId eq "ext-page2"')}`,
    );
    expect(byExternal.body.Resources?.map((r) => r.userName)).toEqual(['page2']);
    // Entra ID's probe for someone who is not there yet.
    const none = await scim(
      'GET',
      `/Users?filter=${encodeURIComponent('userName eq "nobody@corp.example"')}`,
    );
    expect(none.body).toMatchObject({ totalResults: 0, Resources: [] });
    const first = await scim('GET', '/Users?startIndex=1&count=2');
    const second = await scim('GET', '/Users?startIndex=3&count=2');
    expect(first.body).toMatchObject({ totalResults: 4, startIndex: 1, itemsPerPage: 2 });
    expect(second.body).toMatchObject({ totalResults: 4, startIndex: 3, itemsPerPage: 2 });
    const names = [...(first.body.Resources ?? []), ...(second.body.Resources ?? [])].map(
      (r) => r.userName,
    );
    expect(names).toEqual(['bjensen', 'page1', 'page2', 'page3']);
    const countOnly = await scim('GET', '/Users?count=0');
    expect(countOnly.body).toMatchObject({ totalResults: 4, itemsPerPage: 0, Resources: [] });
  });

  it.each([
    'userName sw "bj"',
    'title eq "Buyer"',
    'userName eq "a" or userName eq "b"',
    'emails[type eq "work" and value co "@example.com"]',
  ])('refuses the filter %s with 400 invalidFilter', async (filter) => {
    const res = await scim('GET', `/Users?filter=${encodeURIComponent(filter)}`);
    expect(res.status).toBe(400);
    expect(res.body).toMatchObject({ schemas: [ERROR], status: '400', scimType: 'invalidFilter' });
  });

  it('replaces a person with PUT (RFC 7644 §3.5.1): absent attributes are cleared', async () => {
    const res = await scim('PUT', `/Users/${bjensenId}`, {
      schemas: [CORE],
      id: bjensenId,
      userName: 'bjensen',
      externalId: 'bjensen',
      name: { formatted: 'Ms. Barbara J Jensen III', familyName: 'Jensen', givenName: 'Barbara' },
      emails: [{ value: 'bjensen@example.com' }, { value: 'babs@jensen.org' }],
    });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ externalId: 'bjensen', active: true });
    expect(res.body.title).toBeUndefined();
    expect(res.body[ENTERPRISE]).toEqual({});
  });

  it('patches as in RFC 7644 §3.5.2.1 (add without a path)', async () => {
    const res = await scim('PATCH', `/Users/${bjensenId}`, {
      schemas: [PATCH_OP],
      Operations: [{ op: 'add', value: { nickname: 'Babs', title: 'Head of Buying' } }],
    });
    expect(res.status).toBe(200);
    expect(res.body.title).toBe('Head of Buying');
  });

  it("patches the way Entra ID does: capitalised ops, paths with filters and the extension's URN", async () => {
    const res = await scim('PATCH', `/Users/${bjensenId}`, {
      schemas: [PATCH_OP],
      Operations: [
        { op: 'Replace', path: 'displayName', value: 'Barbara Jensen' },
        {
          op: 'Replace',
          path: 'emails[type eq "work"].value',
          value: 'barbara.jensen@example.com',
        },
        { op: 'Add', path: `${ENTERPRISE}:department`, value: 'Sourcing' },
        { op: 'Replace', path: 'name.givenName', value: 'Babs' },
        { op: 'Replace', path: 'preferredLanguage', value: 'en-GB' },
      ],
    });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      displayName: 'Barbara Jensen',
      name: { givenName: 'Babs', familyName: 'Jensen' },
      preferredLanguage: 'en-GB',
      emails: [{ value: 'barbara.jensen@example.com', primary: true }],
      [ENTERPRISE]: { department: 'Sourcing' },
    });
    const remove = await scim('PATCH', `/Users/${bjensenId}`, {
      schemas: [PATCH_OP],
      Operations: [{ op: 'Remove', path: `${ENTERPRISE}:department` }],
    });
    expect(remove.body[ENTERPRISE]).toEqual({});
  });

  it('patches the way Okta does: replace without a path, keys with dots and URNs', async () => {
    const res = await scim('PATCH', `/Users/${bjensenId}`, {
      schemas: [PATCH_OP],
      Operations: [
        {
          op: 'replace',
          value: { 'name.familyName': 'Jensen-Berg', [`${ENTERPRISE}:department`]: 'Legal' },
        },
      ],
    });
    expect(res.body).toMatchObject({
      name: { familyName: 'Jensen-Berg' },
      [ENTERPRISE]: { department: 'Legal' },
    });
  });

  it('refuses a bad PATCH as a whole: the good operations before it are not kept', async () => {
    const before = await scim('GET', `/Users/${bjensenId}`);
    for (const [operations, scimType] of [
      [
        [
          { op: 'replace', path: 'title', value: 'X' },
          { op: 'replace', path: 'shoeSize', value: 44 },
        ],
        'invalidPath',
      ],
      [[{ op: 'replace', path: 'title', value: 'X' }, { op: 'remove' }], 'noTarget'],
      [
        [
          { op: 'replace', path: 'title', value: 'X' },
          { op: 'replace', path: 'active', value: 'perhaps' },
        ],
        'invalidValue',
      ],
      [
        [
          { op: 'replace', path: 'title', value: 'X' },
          { op: 'replace', path: 'id', value: 'mine' },
        ],
        'mutability',
      ],
      [[{ op: 'move', path: 'title', value: 'X' }], 'invalidSyntax'],
    ] as const) {
      const res = await scim('PATCH', `/Users/${bjensenId}`, {
        schemas: [PATCH_OP],
        Operations: operations,
      });
      expect(res.status).toBe(400);
      expect(res.body).toMatchObject({ schemas: [ERROR], scimType });
    }
    const after = await scim('GET', `/Users/${bjensenId}`);
    expect(after.body).toEqual(before.body);
  });

  it('refuses to take another SCIM user’s userName on PATCH with 409', async () => {
    const res = await scim('PATCH', `/Users/${bjensenId}`, {
      schemas: [PATCH_OP],
      Operations: [{ op: 'replace', path: 'userName', value: 'PAGE1' }],
    });
    expect(res.status).toBe(409);
    expect(res.body.scimType).toBe('uniqueness');
  });

  it('deletes: 204, then 404; the account stays as a former colleague', async () => {
    const { body } = await scim(
      'GET',
      `/Users?filter=${encodeURIComponent('userName eq "page3"')}`,
    );
    const id = body.Resources?.[0].id as string;
    expect((await scim('DELETE', `/Users/${id}`)).status).toBe(204);
    expect((await scim('GET', `/Users/${id}`)).status).toBe(404);
    expect((await scim('DELETE', `/Users/${id}`)).status).toBe(404);
    const { user } = await member.client.ok<{ user: { isFormerColleague: boolean } }>(
      `query ($h: String!) { user(handle: $h) { isFormerColleague } }`,
      { h: 'page3' },
    );
    expect(user.isFormerColleague).toBe(true);
  });
});

describe('deactivation through SCIM', () => {
  let leaver: TestPerson;
  let leaverId: string;

  beforeAll(async () => {
    t.app.get(OutboxWorker).start();
    leaver = await signUpPerson(t, 'leaver', { password: PASSWORD });
  });
  afterAll(() => t.app.get(OutboxWorker).beforeApplicationShutdown());

  it('adopts an existing account with the same e-mail instead of duplicating it', async () => {
    const users = await count('users');
    const res = await scim('POST', '/Users', {
      schemas: [CORE, ENTERPRISE],
      userName: 'Leaver@Corp.Example',
      externalId: '00u1leaver',
      active: true,
      displayName: 'Lea Ver',
      emails: [{ value: 'leaver@corp.example', type: 'work', primary: true }],
    });
    expect(res.status).toBe(201);
    expect(res.body.id).toBe(leaver.id);
    leaverId = res.body.id as string;
    expect(await count('users')).toBe(users);
  });

  it('ends sessions and sockets within 2 s (PATCH active "False" as Entra ID sends it), keeping content', async () => {
    const { createPost } = await leaver.client.ok<{ createPost: { id: string } }>(
      `mutation { createPost(input: { body: "What I know about invoices" }) { id } }`,
    );
    const socket = connectSocket(t.url, {
      transports: ['websocket'],
      extraHeaders: { cookie: leaver.client.cookieHeader },
      reconnection: false,
      forceNew: true,
    });
    await new Promise<void>((resolve, reject) => {
      socket.once('connect', () => resolve());
      socket.once('connect_error', reject);
    });
    const gone = new Promise<void>((resolve) => socket.once('disconnect', () => resolve()));
    const started = Date.now();
    const res = await scim('PATCH', `/Users/${leaverId}`, {
      schemas: [PATCH_OP],
      Operations: [{ op: 'Replace', path: 'active', value: 'False' }],
    });
    expect(res.status).toBe(200);
    expect(res.body.active).toBe(false);
    await Promise.race([
      gone,
      new Promise((_, reject) => setTimeout(() => reject(new Error('socket still open')), 2000)),
    ]);
    expect(Date.now() - started).toBeLessThan(2000);
    socket.close();
    const { viewer } = await leaver.client.ok<{ viewer: unknown }>(`{ viewer { id } }`);
    expect(viewer).toBeNull();
    const { post } = await member.client.ok<{
      post: { body: string; author: { handle: string; isFormerColleague: boolean } };
    }>(`query ($id: ID!) { post(id: $id) { body author { handle isFormerColleague } } }`, {
      id: createPost.id,
    });
    expect(post).toMatchObject({
      body: 'What I know about invoices',
      author: { handle: 'leaver', isFormerColleague: true },
    });
  });

  it('reactivates with PATCH replace { active: true } without a path (Okta)', async () => {
    const res = await scim('PATCH', `/Users/${leaverId}`, {
      schemas: [PATCH_OP],
      Operations: [{ op: 'replace', value: { active: true } }],
    });
    expect(res.body.active).toBe(true);
    const client = t.client();
    await client.ok(`mutation ($i: LogInInput!) { logIn(input: $i) { viewer { id } } }`, {
      i: { login: 'leaver', password: PASSWORD },
    });
  });

  it('records every SCIM change in the audit log with the token as the actor', async () => {
    const rows: {
      action: string;
      actor_type: string;
      actor_label: string;
      after: { source?: string };
    }[] = await t.dataSource.query(
      `SELECT action, actor_type, actor_label, after FROM audit_entries
         WHERE target_id = $1 ORDER BY occurred_at, id`,
      [leaverId],
    );
    const scimRows = rows.filter((r) => r.actor_type === 'scim');
    expect(scimRows.map((r) => r.action)).toEqual([
      'identity.user.profileSynced',
      'scim.user.linked',
      'identity.user.deactivated',
      'identity.user.reactivated',
    ]);
    expect(scimRows.every((r) => r.actor_label === 'Entra ID provisioning')).toBe(true);
    const all: { action: string }[] = await t.dataSource.query(
      `SELECT DISTINCT action FROM audit_entries WHERE actor_type = 'scim'`,
    );
    expect(all.map((r) => r.action)).toEqual(
      expect.arrayContaining(['identity.user.provisioned', 'scim.user.deleted']),
    );
  });
});
