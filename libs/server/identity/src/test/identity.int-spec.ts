import { createTestApp, errorCode, GraphqlClient, TestApp } from '@outloud/server-core/testing';
import { IdentityModule } from '../index';
import { SessionRepository } from '../lib/session/session.repository';

const SIGN_UP = `mutation ($input: SignUpInput!) { signUp(input: $input) { viewer { id handle role email } } }`;
const LOG_IN = `mutation ($input: LogInInput!) { logIn(input: $input) { viewer { id handle } } }`;
const VIEWER = `{ viewer { id handle displayName role status isFormerColleague } }`;
const PASSWORD = 'correct horse battery';

let t: TestApp;

beforeAll(async () => {
  t = await createTestApp({
    imports: [IdentityModule],
    config: { LOGIN_MAX_FAILURES_PER_ACCOUNT: 3, LOGIN_MAX_FAILURES_PER_ADDRESS: 50 },
  });
});
afterAll(() => t?.close());

async function signUp(handle: string, extra: Record<string, string> = {}): Promise<GraphqlClient> {
  const client = t.client();
  await client.ok(SIGN_UP, {
    input: {
      handle,
      displayName: `${handle} Person`,
      email: `${handle}@corp.example`,
      password: PASSWORD,
      ...extra,
    },
  });
  return client;
}

const count = async (sql: string, params: unknown[] = []) =>
  Number((await t.dataSource.query(sql, params))[0].count);

describe('sign-up', () => {
  let admin: GraphqlClient;
  beforeAll(async () => {
    admin = await signUp('Founder');
  });

  it('makes the first account an admin, later ones members', async () => {
    expect((await admin.ok<{ viewer: { role: string } }>(VIEWER)).viewer.role).toBe('ADMIN');
    const member = await signUp('second');
    expect((await member.ok<{ viewer: { role: string } }>(VIEWER)).viewer.role).toBe('MEMBER');
  });

  it('stores an argon2id hash, never the password', async () => {
    const [row] = await t.dataSource.query(
      `SELECT password_hash FROM users WHERE handle = 'Founder'`,
    );
    expect(row.password_hash).toMatch(/^\$argon2id\$/);
    expect(row.password_hash).not.toContain(PASSWORD);
  });

  it('refuses a handle that differs only in case, and writes nothing', async () => {
    const before = await count('SELECT count(*) FROM users');
    const res = await t.client().request(SIGN_UP, {
      input: {
        handle: 'FOUNDER',
        displayName: 'X',
        email: 'other@corp.example',
        password: PASSWORD,
      },
    });
    expect(errorCode(res)).toBe('CONFLICT');
    expect(res.errors?.[0].extensions?.fields).toEqual([
      { path: 'input.handle', message: expect.stringContaining('taken') },
    ]);
    expect(await count('SELECT count(*) FROM users')).toBe(before);
  });

  it('refuses a duplicate e-mail in another case', async () => {
    const res = await t.client().request(SIGN_UP, {
      input: {
        handle: 'someone',
        displayName: 'X',
        email: 'FOUNDER@corp.example',
        password: PASSWORD,
      },
    });
    expect(errorCode(res)).toBe('CONFLICT');
  });

  it.each([
    [{ handle: '' }, 'input.handle'],
    [{ handle: 'x'.repeat(31) }, 'input.handle'],
    [{ handle: 'bad handle!' }, 'input.handle'],
    [{ email: 'not-an-email' }, 'input.email'],
    [{ email: `${'a'.repeat(250)}@x.io` }, 'input.email'],
    [{ displayName: '   ' }, 'input.displayName'],
    [{ displayName: 'n'.repeat(81) }, 'input.displayName'],
    [{ password: 'short' }, 'input.password'],
  ])('rejects bad input %p with BAD_USER_INPUT at %s, writing nothing', async (override, path) => {
    const before = await count('SELECT count(*) FROM users');
    const res = await t.client().request(SIGN_UP, {
      input: {
        handle: 'valid_name',
        displayName: 'Valid',
        email: 'valid@corp.example',
        password: PASSWORD,
        ...override,
      },
    });
    expect(errorCode(res)).toBe('BAD_USER_INPUT');
    const fields = res.errors?.[0].extensions?.fields as { path: string }[];
    expect(fields.map((f) => f.path)).toContain(path);
    expect(await count('SELECT count(*) FROM users')).toBe(before);
  });

  it('rejects unknown input fields at the GraphQL edge', async () => {
    const res = await t.client().request(SIGN_UP, {
      input: {
        handle: 'extra',
        displayName: 'X',
        email: 'extra@corp.example',
        password: PASSWORD,
        role: 'admin',
      },
    });
    expect(errorCode(res)).toBe('BAD_USER_INPUT');
    expect(res.errors?.[0].message).toContain('role');
  });

  it('can be closed by an admin, and only by an admin', async () => {
    const member = await signUp('closer');
    const denied = await member.request(
      `mutation { setOpenSignUp(enabled: false) { openSignUp } }`,
    );
    expect(errorCode(denied)).toBe('FORBIDDEN');
    await admin.ok(`mutation { setOpenSignUp(enabled: false) { openSignUp } }`);
    const res = await t.client().request(SIGN_UP, {
      input: {
        handle: 'latecomer',
        displayName: 'Late',
        email: 'late@corp.example',
        password: PASSWORD,
      },
    });
    expect(errorCode(res)).toBe('FORBIDDEN');
    await admin.ok(`mutation { setOpenSignUp(enabled: true) { openSignUp } }`);
  });
});

describe('log-in and sessions', () => {
  beforeAll(async () => {
    await signUp('loginuser');
  });

  it('logs in by handle (any case) or e-mail and sets a safe cookie', async () => {
    const client = t.client();
    const res = await client.request(LOG_IN, { input: { login: 'LOGINUSER', password: PASSWORD } });
    expect(res.errors).toBeUndefined();
    const cookie = res.headers.getSetCookie()[0];
    expect(cookie).toMatch(/^outloud_session=[A-Za-z0-9_-]{43};/);
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Lax/);
    expect((await client.ok<{ viewer: { handle: string } }>(VIEWER)).viewer.handle).toBe(
      'loginuser',
    );
    await t.client().ok(LOG_IN, { input: { login: 'loginuser@corp.example', password: PASSWORD } });
  });

  it('answers an unknown person and a wrong password identically', async () => {
    const unknown = await t
      .client()
      .request(LOG_IN, { input: { login: 'nobody-here', password: PASSWORD } });
    const wrong = await t
      .client()
      .request(LOG_IN, { input: { login: 'second', password: 'wrong password!!' } });
    expect(unknown.errors).toEqual(wrong.errors);
    expect(errorCode(unknown)).toBe('UNAUTHENTICATED');
  });

  it('issues a new session at log-in and invalidates a planted cookie (no fixation)', async () => {
    const client = t.client();
    await client.ok(LOG_IN, { input: { login: 'loginuser', password: PASSWORD } });
    const first = client.cookieHeader;
    await client.ok(LOG_IN, { input: { login: 'loginuser', password: PASSWORD } });
    expect(client.cookieHeader).not.toBe(first);
    const stale = t.client();
    stale.setCookie('outloud_session', first.split('=')[1]);
    expect((await stale.ok<{ viewer: null }>(VIEWER)).viewer).toBeNull();
  });

  it('logs out, and the old cookie no longer works', async () => {
    const client = t.client();
    await client.ok(LOG_IN, { input: { login: 'loginuser', password: PASSWORD } });
    const token = client.cookieHeader.split('=')[1];
    await client.ok(`mutation { logOut }`);
    const replay = t.client();
    replay.setCookie('outloud_session', token);
    expect((await replay.ok<{ viewer: null }>(VIEWER)).viewer).toBeNull();
    expect(errorCode(await replay.request(`{ users { nodes { id } } }`))).toBe('UNAUTHENTICATED');
  });

  it('logs out everywhere', async () => {
    const laptop = t.client();
    const phone = t.client();
    await laptop.ok(LOG_IN, { input: { login: 'loginuser', password: PASSWORD } });
    await phone.ok(LOG_IN, { input: { login: 'loginuser', password: PASSWORD } });
    await laptop.ok(`mutation { logOutEverywhere }`);
    expect((await phone.ok<{ viewer: null }>(VIEWER)).viewer).toBeNull();
  });

  it('reads a session from PostgreSQL once per few seconds, and forgets it when it ends or the role changes', async () => {
    const admin = t.client();
    await admin.ok(LOG_IN, { input: { login: 'Founder', password: PASSWORD } });
    const laptop = t.client();
    const phone = t.client();
    await laptop.ok(LOG_IN, { input: { login: 'loginuser', password: PASSWORD } });
    await phone.ok(LOG_IN, { input: { login: 'loginuser', password: PASSWORD } });
    const findLive = jest.spyOn(t.app.get(SessionRepository), 'findLive');
    try {
      type Me = { viewer: { id: string; handle: string; role: string } | null };
      for (let i = 0; i < 3; i++)
        expect((await laptop.ok<Me>(VIEWER)).viewer?.handle).toBe('loginuser');
      expect(findLive).toHaveBeenCalledTimes(1);
      const me = (await phone.ok<Me>(VIEWER)).viewer!;
      const setRole = `mutation ($u: ID!, $r: UserRole!) { setUserRole(userId: $u, role: $r) { id } }`;
      await admin.ok(setRole, { u: me.id, r: 'ADMIN' });
      expect((await phone.ok<Me>(VIEWER)).viewer?.role).toBe('ADMIN');
      await admin.ok(setRole, { u: me.id, r: 'MEMBER' });
      expect((await phone.ok<Me>(VIEWER)).viewer?.role).toBe('MEMBER');
      await laptop.ok(`mutation { logOutEverywhere }`);
      expect((await phone.ok<Me>(VIEWER)).viewer).toBeNull();
    } finally {
      findLive.mockRestore();
    }
  });

  it('rate limits failed log-ins per account with RATE_LIMITED, even with the right password', async () => {
    await signUp('target');
    for (let i = 0; i < 3; i++) {
      const res = await t
        .client()
        .request(LOG_IN, { input: { login: 'target', password: `wrong-${i}-password` } });
      expect(errorCode(res)).toBe('UNAUTHENTICATED');
    }
    const limited = await t
      .client()
      .request(LOG_IN, { input: { login: 'target', password: PASSWORD } });
    expect(errorCode(limited)).toBe('RATE_LIMITED');
    expect(limited.errors?.[0].extensions?.retryAfterSeconds).toBeGreaterThan(0);
  });

  it('requires a session for everything except the public operations', async () => {
    const anon = t.client();
    expect(errorCode(await anon.request(`{ user(handle: "second") { id } }`))).toBe(
      'UNAUTHENTICATED',
    );
    expect(
      errorCode(await anon.request(`mutation { updateProfile(input: { bio: "x" }) { id } }`)),
    ).toBe('UNAUTHENTICATED');
    expect(
      (
        await anon.ok<{ instanceSettings: { openSignUp: boolean } }>(
          `{ instanceSettings { openSignUp } }`,
        )
      ).instanceSettings.openSignUp,
    ).toBe(true);
  });

  describe('password change and the sessions list', () => {
    const SESSIONS = `{ mySessions { id userAgent current createdAt lastSeenAt } }`;
    const CHANGE = `mutation ($input: ChangePasswordInput!) { changePassword(input: $input) }`;
    type Sessions = { mySessions: { id: string; userAgent: string | null; current: boolean }[] };

    it('lists the viewer’s sessions and signs out another device', async () => {
      const laptop = await signUp('sessionlister');
      const phone = t.client();
      await phone.ok(LOG_IN, { input: { login: 'sessionlister', password: PASSWORD } });
      const list = (await laptop.ok<Sessions>(SESSIONS)).mySessions;
      expect(list).toHaveLength(2);
      expect(list.filter((s) => s.current)).toHaveLength(1);
      const other = list.find((s) => !s.current)!;
      // Someone else's session, or no session at all: not found, nothing ended.
      const stranger = await signUp('sessionstranger');
      expect(
        errorCode(
          await stranger.request(`mutation ($id: ID!) { endSession(id: $id) }`, { id: other.id }),
        ),
      ).toBe('NOT_FOUND');
      expect(errorCode(await laptop.request(`mutation { endSession(id: "nope") }`))).toBe(
        'NOT_FOUND',
      );
      expect((await phone.ok<{ viewer: { handle: string } }>(VIEWER)).viewer.handle).toBe(
        'sessionlister',
      );
      await laptop.ok(`mutation ($id: ID!) { endSession(id: $id) }`, { id: other.id });
      expect((await phone.ok<{ viewer: null }>(VIEWER)).viewer).toBeNull();
      expect((await laptop.ok<Sessions>(SESSIONS)).mySessions).toHaveLength(1);
    });

    it('changes the password after checking the current one and signs out the other sessions', async () => {
      const laptop = await signUp('passwordchanger');
      const phone = t.client();
      await phone.ok(LOG_IN, { input: { login: 'passwordchanger', password: PASSWORD } });
      const wrong = await laptop.request(CHANGE, {
        input: { currentPassword: 'not my password', newPassword: 'a brand new passphrase' },
      });
      expect(errorCode(wrong)).toBe('BAD_USER_INPUT');
      expect(wrong.errors?.[0].extensions?.fields).toEqual([
        { path: 'currentPassword', message: 'The current password is not right.' },
      ]);
      const weak = await laptop.request(CHANGE, {
        input: { currentPassword: PASSWORD, newPassword: 'short' },
      });
      expect(errorCode(weak)).toBe('BAD_USER_INPUT');
      expect(weak.errors?.[0].extensions?.fields).toEqual([
        { path: 'newPassword', message: expect.any(String) },
      ]);
      // Neither attempt changed anything.
      expect((await phone.ok<{ viewer: { handle: string } }>(VIEWER)).viewer.handle).toBe(
        'passwordchanger',
      );

      const ended = await laptop.ok<{ changePassword: number }>(CHANGE, {
        input: { currentPassword: PASSWORD, newPassword: 'a brand new passphrase' },
      });
      expect(ended.changePassword).toBe(1);
      expect((await phone.ok<{ viewer: null }>(VIEWER)).viewer).toBeNull();
      expect((await laptop.ok<{ viewer: { handle: string } }>(VIEWER)).viewer.handle).toBe(
        'passwordchanger',
      );
      expect(
        errorCode(
          await t
            .client()
            .request(LOG_IN, { input: { login: 'passwordchanger', password: PASSWORD } }),
        ),
      ).toBe('UNAUTHENTICATED');
      await t.client().ok(LOG_IN, {
        input: { login: 'passwordchanger', password: 'a brand new passphrase' },
      });
    });
  });
});

describe('profiles', () => {
  let ana: GraphqlClient;
  beforeAll(async () => {
    ana = await signUp('ana_profile');
  });

  const UPDATE = `mutation ($input: UpdateProfileInput!) {
    updateProfile(input: $input) { jobTitle department location bio expertise avatarUrl profileCompleteness { percent missing } }
  }`;

  it('remembers the interface language the person chose, and forgets it on null', async () => {
    const SET = `mutation ($input: UpdateProfileInput!) { updateProfile(input: $input) { locale } }`;
    const saved = await ana.ok<{ updateProfile: { locale: string | null } }>(SET, {
      input: { locale: 'sv' },
    });
    expect(saved.updateProfile.locale).toBe('sv');
    expect(
      (await ana.ok<{ viewer: { locale: string } }>(`{ viewer { locale } }`)).viewer.locale,
    ).toBe('sv');
    expect(errorCode(await ana.request(SET, { input: { locale: 'not a language' } }))).toBe(
      'BAD_USER_INPUT',
    );
    const cleared = await ana.ok<{ updateProfile: { locale: string | null } }>(SET, {
      input: { locale: null },
    });
    expect(cleared.updateProfile.locale).toBeNull();
  });

  it('updates fields, normalises expertise and reports completeness', async () => {
    const data = await ana.ok<{ updateProfile: Record<string, unknown> }>(UPDATE, {
      input: {
        jobTitle: '  IT Support Lead ',
        department: 'IT',
        location: 'Gothenburg',
        bio: 'I keep the VPN up.',
        expertise: ['VPN', 'vpn', 'SSO'],
      },
    });
    expect(data.updateProfile).toMatchObject({
      jobTitle: 'IT Support Lead',
      expertise: ['vpn', 'sso'],
      avatarUrl: null,
      profileCompleteness: { percent: 70, missing: ['photo'] },
    });
  });

  it('stores a real image avatar and serves it with safe headers', async () => {
    const png =
      'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==';
    const data = await ana.ok<{
      updateProfile: { avatarUrl: string; profileCompleteness: { percent: number } };
    }>(UPDATE, {
      input: { avatarDataUrl: `data:image/png;base64,${png}` },
    });
    expect(data.updateProfile.profileCompleteness.percent).toBe(100);
    const anonymous = await fetch(`${t.url}${data.updateProfile.avatarUrl}`);
    expect(anonymous.status).toBe(401);
    const res = await fetch(`${t.url}${data.updateProfile.avatarUrl}`, {
      headers: { cookie: ana.cookieHeader },
    });
    // Re-encoded to the fixed avatar size (pixel-flood.int-spec.ts covers the re-encoding).
    expect(res.headers.get('content-type')).toBe('image/webp');
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(
      Buffer.from(await res.arrayBuffer())
        .subarray(8, 12)
        .toString('latin1'),
    ).toBe('WEBP');
  });

  it('rejects an oversize or fake avatar and keeps the profile unchanged', async () => {
    const before = await t.dataSource.query(
      `SELECT avatar_sha256, bio FROM users WHERE handle = 'ana_profile'`,
    );
    const html = Buffer.from('<html><script>alert(1)</script>').toString('base64');
    const fake = await ana.request(UPDATE, {
      input: { bio: 'changed', avatarDataUrl: `data:image/png;base64,${html}` },
    });
    expect(errorCode(fake)).toBe('BAD_USER_INPUT');
    const huge = await ana.request(UPDATE, {
      input: { avatarDataUrl: `data:image/png;base64,${'A'.repeat(500_000)}` },
    });
    expect(errorCode(huge)).toBe('BAD_USER_INPUT');
    expect(
      await t.dataSource.query(`SELECT avatar_sha256, bio FROM users WHERE handle = 'ana_profile'`),
    ).toEqual(before);
  });

  it('rejects an over-long bio with the field path', async () => {
    const res = await ana.request(UPDATE, { input: { bio: 'b'.repeat(1001) } });
    expect(res.errors?.[0].extensions?.fields).toEqual([
      { path: 'input.bio', message: expect.stringContaining('1000') },
    ]);
  });

  it('shows e-mail only to the person and admins', async () => {
    const other = await signUp('curious');
    const q = `{ user(handle: "ana_profile") { email } }`;
    expect((await other.ok<{ user: { email: string | null } }>(q)).user.email).toBeNull();
    expect((await ana.ok<{ user: { email: string | null } }>(q)).user.email).toBe(
      'ana_profile@corp.example',
    );
  });

  it('finds people by prefix of handle, name or a word in the name, for autocomplete', async () => {
    await signUp('bo_eriksson', { displayName: 'Bo Eriksson' });
    const q = `query ($q: String) { users(query: $q, first: 5) { nodes { handle } pageInfo { hasNextPage } } }`;
    const byHandle = await ana.ok<{ users: { nodes: { handle: string }[] } }>(q, { q: 'bo_' });
    expect(byHandle.users.nodes.map((u) => u.handle)).toEqual(['bo_eriksson']);
    const byWord = await ana.ok<{ users: { nodes: { handle: string }[] } }>(q, { q: 'erik' });
    expect(byWord.users.nodes.map((u) => u.handle)).toContain('bo_eriksson');
    const wildcard = await ana.ok<{ users: { nodes: unknown[] } }>(q, { q: '%' });
    expect(wildcard.users.nodes).toEqual([]);
  });

  it('pages through people with opaque cursors and rejects forged ones', async () => {
    const q = `query ($after: String) { users(first: 2, after: $after) { nodes { handle } pageInfo { hasNextPage endCursor } } }`;
    const seen: string[] = [];
    let after: string | null = null;
    for (let i = 0; i < 20; i++) {
      const page: {
        users: {
          nodes: { handle: string }[];
          pageInfo: { hasNextPage: boolean; endCursor: string };
        };
      } = await ana.ok(q, { after });
      seen.push(...page.users.nodes.map((n) => n.handle));
      if (!page.users.pageInfo.hasNextPage) break;
      after = page.users.pageInfo.endCursor;
    }
    expect(new Set(seen).size).toBe(seen.length);
    expect(seen.length).toBe(await count(`SELECT count(*) FROM users WHERE status = 'active'`));
    expect(errorCode(await ana.request(q, { after: "' OR 1=1 --" }))).toBe('BAD_USER_INPUT');
    expect(errorCode(await ana.request(`{ users(first: 1000) { nodes { id } } }`))).toBe(
      'BAD_USER_INPUT',
    );
  });
});

describe('deactivation', () => {
  it('ends sessions, refuses log-in, keeps the person visible as a former colleague; admins can reactivate', async () => {
    const admin = t.client();
    await admin.ok(LOG_IN, { input: { login: 'Founder', password: PASSWORD } });
    const leaver = await signUp('leaver');
    const { viewer } = await leaver.ok<{ viewer: { id: string } }>(VIEWER);

    const member = await signUp('bystander');
    expect(
      errorCode(
        await member.request(`mutation ($id: ID!) { deactivateUser(userId: $id) { id } }`, {
          id: viewer.id,
        }),
      ),
    ).toBe('FORBIDDEN');

    await admin.ok(`mutation ($id: ID!) { deactivateUser(userId: $id) { status } }`, {
      id: viewer.id,
    });
    expect((await leaver.ok<{ viewer: null }>(VIEWER)).viewer).toBeNull();
    expect(await count(`SELECT count(*) FROM sessions WHERE user_id = $1`, [viewer.id])).toBe(0);
    const relog = await t
      .client()
      .request(LOG_IN, { input: { login: 'leaver', password: PASSWORD } });
    expect(errorCode(relog)).toBe('UNAUTHENTICATED');
    // The right password is not confirmed: the answer is the one for a wrong password.
    const wrong = await t
      .client()
      .request(LOG_IN, { input: { login: 'leaver', password: 'not the password' } });
    expect(relog.errors).toEqual(wrong.errors);

    const seen = await member.ok<{ user: { isFormerColleague: boolean; displayName: string } }>(
      `{ user(handle: "leaver") { isFormerColleague displayName } }`,
    );
    expect(seen.user).toEqual({ isFormerColleague: true, displayName: 'leaver Person' });
    await t.drainOutbox();

    await admin.ok(`mutation ($id: ID!) { reactivateUser(userId: $id) { status } }`, {
      id: viewer.id,
    });
    await t.client().ok(LOG_IN, { input: { login: 'leaver', password: PASSWORD } });
  });

  it('never leaves the organisation without an active admin', async () => {
    const admin = t.client();
    await admin.ok(LOG_IN, { input: { login: 'Founder', password: PASSWORD } });
    const { viewer } = await admin.ok<{ viewer: { id: string } }>(VIEWER);
    const res = await admin.request(
      `mutation ($id: ID!) { setUserRole(userId: $id, role: MEMBER) { role } }`,
      { id: viewer.id },
    );
    expect(errorCode(res)).toBe('CONFLICT');
  });
});
