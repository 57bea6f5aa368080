import { IdentityModule } from '@outloud/identity';
import { createTestApp, signUpPerson, TestApp, TestPerson } from '@outloud/server-core/testing';
import { StreamModule } from '@outloud/stream';
import { ApiTokensModule } from '../index';

// Personal API tokens over real HTTP: scopes, expiry, revocation, deactivation, audit.
const PASSWORD = 'correct horse battery';
let t: TestApp;
let boss: TestPerson;
let member: TestPerson;

interface GqlReply {
  status: number;
  data?: Record<string, unknown> | null;
  errors?: { message: string; extensions?: { code?: string } }[];
}

async function withToken(token: string, query: string, variables?: unknown): Promise<GqlReply> {
  const res = await fetch(`${t.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query, variables }),
  });
  return { status: res.status, ...((await res.json()) as Omit<GqlReply, 'status'>) };
}

async function create(
  person: TestPerson,
  scopes: string[],
  expiresInDays = 30,
  name = `script ${scopes.join('+')}`,
): Promise<{ token: string; id: string }> {
  const { createApiToken } = await person.client.ok<{
    createApiToken: { token: string; apiToken: { id: string } };
  }>(
    `mutation ($i: CreateApiTokenInput!) { createApiToken(input: $i) { token apiToken { id } } }`,
    { i: { name, scopes: scopes.map((x) => x.toUpperCase()), expiresInDays } },
  );
  return { token: createApiToken.token, id: createApiToken.apiToken.id };
}

const POST = `mutation { createPost(input: { body: "From a script" }) { id } }`;
const OPEN_SIGN_UP = `mutation { setOpenSignUp(enabled: false) { openSignUp } }`;
const code = (r: GqlReply) => r.errors?.[0]?.extensions?.code;

beforeAll(async () => {
  t = await createTestApp({ imports: [IdentityModule, StreamModule, ApiTokensModule] });
  boss = await signUpPerson(t, 'boss', { password: PASSWORD });
  member = await signUpPerson(t, 'member', { password: PASSWORD });
});
afterAll(async () => {
  await t?.close();
});

describe('API tokens', () => {
  it('are shown once, stored as a hash and listed with their last use', async () => {
    const { token, id } = await create(member, ['read'], 30, 'dashboard');
    expect(token).toMatch(/^olpat_[A-Za-z0-9_-]{43}$/);
    const before = await member.client.ok<{ apiTokens: Record<string, unknown>[] }>(
      `{ apiTokens { id name scopes expiresAt lastUsedAt revokedAt } }`,
    );
    expect(before.apiTokens).toEqual([
      expect.objectContaining({ id, name: 'dashboard', scopes: ['READ'], lastUsedAt: null }),
    ]);
    const r = await withToken(token, `{ viewer { handle } }`);
    expect(r.data).toEqual({ viewer: { handle: 'member' } });
    const after = await member.client.ok<{ apiTokens: { lastUsedAt: string | null }[] }>(
      `{ apiTokens { lastUsedAt } }`,
    );
    expect(after.apiTokens[0].lastUsedAt).not.toBeNull();
    expect(JSON.stringify(after)).not.toContain(token);
    const [{ token_hash }] = await t.dataSource.query(
      `SELECT token_hash FROM api_tokens WHERE id = $1`,
      [id],
    );
    expect(token_hash).toMatch(/^[0-9a-f]{64}$/);
    // Only the owner sees their tokens.
    const other = await boss.client.ok<{ apiTokens: unknown[] }>(`{ apiTokens { id } }`);
    expect(other.apiTokens).toEqual([]);
  });

  it('READ runs queries but no mutation', async () => {
    const { token } = await create(member, ['read']);
    expect((await withToken(token, `{ viewer { id } }`)).data).toEqual({
      viewer: { id: member.id },
    });
    const refused = await withToken(token, POST);
    expect(code(refused)).toBe('FORBIDDEN');
    const [{ n }] = await t.dataSource.query(`SELECT count(*)::int AS n FROM posts`);
    expect(n).toBe(0);
  });

  it('WRITE runs mutations, but admin ones only with ADMIN', async () => {
    const { token: memberWrite } = await create(member, ['read', 'write']);
    expect((await withToken(memberWrite, POST)).data).toEqual({
      createPost: { id: expect.any(String) },
    });
    const { token: bossWrite } = await create(boss, ['read', 'write']);
    expect(code(await withToken(bossWrite, OPEN_SIGN_UP))).toBe('FORBIDDEN');
    expect(code(await withToken(bossWrite, `{ auditLog(first: 1) { nodes { id } } }`))).toBe(
      'FORBIDDEN',
    );
    const { token: bossAdmin } = await create(boss, ['write', 'admin']);
    expect((await withToken(bossAdmin, OPEN_SIGN_UP)).data).toEqual({
      setOpenSignUp: { openSignUp: false },
    });
    await boss.client.ok(`mutation { setOpenSignUp(enabled: true) { openSignUp } }`);
  });

  it('gives the ADMIN scope to admins only, and cannot mint tokens itself', async () => {
    const refused = await member.client.request(
      `mutation { createApiToken(input: { name: "x", scopes: [ADMIN], expiresInDays: 1 }) { token } }`,
    );
    expect(refused.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const { token } = await create(boss, ['write', 'admin']);
    const minted = await withToken(
      token,
      `mutation { createApiToken(input: { name: "y", scopes: [READ], expiresInDays: 1 }) { token } }`,
    );
    expect(code(minted)).toBe('FORBIDDEN');
  });

  it.each([
    [{ name: 'x', scopes: ['READ'], expiresInDays: 0 }],
    [{ name: 'x', scopes: ['READ'], expiresInDays: 366 }],
    [{ name: 'x', scopes: [], expiresInDays: 30 }],
    [{ name: ' ', scopes: ['READ'], expiresInDays: 30 }],
  ])('refuses %j with BAD_USER_INPUT', async (input) => {
    const r = await member.client.request(
      `mutation ($i: CreateApiTokenInput!) { createApiToken(input: $i) { token } }`,
      { i: input },
    );
    expect(r.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('refuses an expired token with 401, never as an anonymous request', async () => {
    const { token, id } = await create(member, ['read']);
    await t.dataSource.query(
      `UPDATE api_tokens SET expires_at = now() - interval '1 second' WHERE id = $1`,
      [id],
    );
    const r = await withToken(token, `{ viewer { id } }`);
    expect(r.status).toBe(401);
    expect(code(r)).toBe('UNAUTHENTICATED');
    expect(r.errors?.[0].message).toContain('expired');
  });

  it('refuses a revoked token at once, and an unknown one', async () => {
    const { token, id } = await create(member, ['read']);
    expect((await withToken(token, `{ viewer { id } }`)).status).toBe(200);
    await member.client.ok(`mutation ($id: ID!) { revokeApiToken(id: $id) { revokedAt } }`, {
      id,
    });
    const revoked = await withToken(token, `{ viewer { id } }`);
    expect(revoked.status).toBe(401);
    expect(revoked.errors?.[0].message).toContain('revoked');
    expect((await withToken('olpat_' + 'x'.repeat(43), `{ viewer { id } }`)).status).toBe(401);
    expect((await withToken('garbage', `{ viewer { id } }`)).status).toBe(401);
  });

  it("cannot revoke someone else's token", async () => {
    const { id } = await create(member, ['read']);
    const r = await boss.client.request(`mutation ($id: ID!) { revokeApiToken(id: $id) { id } }`, {
      id,
    });
    expect(r.errors?.[0].extensions?.code).toBe('NOT_FOUND');
  });

  it('stops working when the person is deactivated', async () => {
    const leaver = await signUpPerson(t, 'leaver', { password: PASSWORD });
    const { token } = await create(leaver, ['read', 'write']);
    expect((await withToken(token, `{ viewer { id } }`)).status).toBe(200);
    await boss.client.ok(`mutation ($u: ID!) { deactivateUser(userId: $u) { id } }`, {
      u: leaver.id,
    });
    const r = await withToken(token, POST);
    expect(r.status).toBe(401);
    expect(r.errors?.[0].message).toContain('deactivated');
  });

  it('audits creation, use, revocation and refusals', async () => {
    const rows: { action: string; actor_type: string; reason: string | null }[] =
      await t.dataSource.query(
        `SELECT action, actor_type, reason FROM audit_entries WHERE action LIKE 'apiTokens.%'`,
      );
    const actions = new Set(rows.map((r) => r.action));
    expect([...actions].sort()).toEqual([
      'apiTokens.token.created',
      'apiTokens.token.refused',
      'apiTokens.token.revoked',
      'apiTokens.token.used',
    ]);
    expect(
      rows
        .filter((r) => r.action === 'apiTokens.token.refused')
        .map((r) => r.reason)
        .sort(),
    ).toEqual(['account deactivated', 'expired', 'revoked']);
    expect(
      rows
        .filter((r) => r.action === 'apiTokens.token.used')
        .every((r) => r.actor_type === 'api_token'),
    ).toBe(true);
  });
});
