import { IdentityModule } from '@outloud/identity';
import {
  createTestApp,
  errorCode,
  freePort,
  GraphqlClient,
  signUpPerson,
  TestApp,
} from '@outloud/server-core/testing';
import { CookieBrowser, startTestProvider, TestProvider } from '@outloud/sso/testing';
import { jose } from '../lib/esm-packages';
import { IdentityProviderClient, SsoModule } from '../index';

// OpenID Connect single sign-on against a real oidc-provider on 127.0.0.1, through the real
// HTTP redirects (SECURITY-TESTS.md S3).
const CLIENT_ID = 'outloud';
const SECRET = 'outloud-client-secret';
const PASSWORD = 'correct horse battery';
const VIEWER = `{ viewer { id handle displayName jobTitle department locale role } }`;

let provider: TestProvider;
let t: TestApp;
let host: string;
let client: IdentityProviderClient;
/** A second registered client, for the wrong-secret test: its app listens on this port. */
let secondPort: number;

const ACCOUNTS = {
  ana: {
    email: 'ana.lind@corp.example',
    email_verified: true,
    name: 'Ana Lind',
    preferred_username: 'ana.lind@corp.example',
    title: 'Buyer',
    department: 'Purchasing',
    locale: 'sv_SE',
    groups: ['staff', 'outloud-admins'],
  },
  bo: { email: 'bo@corp.example', email_verified: true, name: 'Bo Berg', groups: ['staff'] },
  local: {
    email: 'local@corp.example',
    email_verified: true,
    name: 'Local Person (from IdP)',
    title: 'Engineer',
  },
  mallory: { email: 'mallory@evil.example', email_verified: true, name: 'Mallory' },
  unverified: { email: 'unverified@corp.example', email_verified: false, name: 'U' },
  leaver: { email: 'leaver@corp.example', email_verified: true, name: 'Leaver' },
  cy: { email: 'cy@corp.example', email_verified: true, name: 'Cy' },
  dee: { email: 'dee@corp.example', email_verified: true, name: 'Dee' },
};

beforeAll(async () => {
  const [appPort, idpPort] = [await freePort(), await freePort()];
  secondPort = await freePort();
  const app = `http://127.0.0.1:${appPort}`;
  provider = await startTestProvider({
    port: idpPort,
    clients: [
      {
        client_id: CLIENT_ID,
        client_secret: SECRET,
        redirect_uris: [`${app}/auth/oidc/callback`],
        post_logout_redirect_uris: [`${app}/login`],
        backchannel_logout_uri: `${app}/auth/oidc/backchannel-logout`,
        backchannel_logout_session_required: true,
      },
      {
        client_id: 'outloud-second',
        client_secret: 'the-real-secret',
        redirect_uris: [`http://127.0.0.1:${secondPort}/auth/oidc/callback`],
      },
    ],
    accounts: ACCOUNTS,
  });
  t = await createTestApp({
    imports: [IdentityModule, SsoModule],
    port: appPort,
    config: {
      OIDC_ISSUER: provider.issuer,
      OIDC_CLIENT_ID: CLIENT_ID,
      OIDC_CLIENT_SECRET: SECRET,
      OIDC_PROVIDER_NAME: 'Test IdP',
      OIDC_SCOPES: 'openid email profile groups',
      OIDC_ALLOWED_EMAIL_DOMAINS: 'corp.example',
      OIDC_CLAIM_GROUPS: 'groups',
      OIDC_ADMIN_GROUPS: 'outloud-admins',
      OIDC_MODERATOR_GROUPS: 'outloud-moderators',
    },
  });
  host = new URL(t.url).hostname;
  client = t.app.get(IdentityProviderClient);
  // The organisation's first account (an admin) signs up with a password.
  await signUpPerson(t, 'founder', { password: PASSWORD });
}, 60_000);
afterAll(async () => {
  await t?.close();
  await provider?.stop();
});

const isCallback = (url: URL) => url.pathname === '/auth/oidc/callback';

/** Starts a sign-in in `browser` and logs in at the provider's own page as `account`. */
async function throughProvider(
  browser: CookieBrowser,
  account: string,
  stopAtCallback = false,
): Promise<{ url: URL; authorizeUrl: URL }> {
  const page = await browser.open(`${t.url}/auth/oidc/login?returnTo=/questions`);
  expect(page.response?.status).toBe(200);
  expect(page.url.pathname).toMatch(/^\/interaction\//);
  expect(await page.response!.text()).toContain('name="login"');
  const authorizeUrl = page.visited.find((u) => u.pathname === '/auth')!;
  const done = await browser.submit(
    page.url.href,
    { prompt: 'login', login: account, password: 'whatever' },
    stopAtCallback ? isCallback : undefined,
  );
  return { url: done.url, authorizeUrl };
}

async function signIn(account: string): Promise<{ browser: CookieBrowser; landed: URL }> {
  const browser = new CookieBrowser();
  const { url } = await throughProvider(browser, account);
  return { browser, landed: url };
}

function graphqlAs(browser: CookieBrowser): GraphqlClient {
  const c = t.client();
  const token = browser.cookie(host, 'outloud_session');
  if (token) c.setCookie('outloud_session', token);
  return c;
}

const viewerOf = async (browser: CookieBrowser) =>
  (await graphqlAs(browser).ok<{ viewer: Record<string, unknown> | null }>(VIEWER)).viewer;

const count = async (sql: string, params: unknown[] = []) =>
  Number((await t.dataSource.query(sql, params))[0].count);

const refusalOf = (url: URL) =>
  url.pathname === '/login' ? url.searchParams.get('sso_error') : null;

describe('signing in through the provider', () => {
  it('offers "Sign in with Test IdP" on the log-in page', async () => {
    const data = await t
      .client()
      .ok<{ ssoSignIn: unknown }>(`{ ssoSignIn { providerName loginUrl available problem } }`);
    expect(data.ssoSignIn).toEqual({
      providerName: 'Test IdP',
      loginUrl: '/auth/oidc/login',
      available: true,
      problem: null,
    });
  });

  it('creates the account just in time, with the mapped profile and the role from groups', async () => {
    const browser = new CookieBrowser();
    const { url, authorizeUrl } = await throughProvider(browser, 'ana');
    expect(url.href).toBe(`${t.url}/questions`);
    // Authorization code with PKCE (S256), state and nonce.
    expect(authorizeUrl.searchParams.get('response_type')).toBe('code');
    expect(authorizeUrl.searchParams.get('code_challenge_method')).toBe('S256');
    expect(authorizeUrl.searchParams.get('code_challenge')).toMatch(/^[\w-]{43}$/);
    expect(authorizeUrl.searchParams.get('state')).toBeTruthy();
    expect(authorizeUrl.searchParams.get('nonce')).toBeTruthy();
    expect(await viewerOf(browser)).toMatchObject({
      handle: 'ana_lind',
      displayName: 'Ana Lind',
      jobTitle: 'Buyer',
      department: 'Purchasing',
      locale: 'sv-SE',
      role: 'ADMIN',
    });
    const audit = await t.dataSource.query(
      `SELECT action, after FROM audit_entries WHERE target_id = (SELECT id::text FROM users WHERE handle = 'ana_lind') ORDER BY id`,
    );
    expect(audit.map((a: { action: string }) => a.action)).toEqual([
      'identity.user.provisioned',
      'identity.session.started',
    ]);
    expect(audit[1].after).toMatchObject({ method: 'sso', created: true, linked: false });
  });

  it('signs the same provider account into the same account again', async () => {
    const first = await viewerOf((await signIn('bo')).browser);
    const again = await viewerOf((await signIn('bo')).browser);
    expect(again!.id).toBe(first!.id);
    expect(again!.role).toBe('MEMBER');
  });

  it('links an existing account by verified e-mail and syncs its profile', async () => {
    const local = await signUpPerson(t, 'local', { password: PASSWORD });
    await local.client.ok(`mutation { updateProfile(input: { jobTitle: "Old title" }) { id } }`);
    const { browser } = await signIn('local');
    expect(await viewerOf(browser)).toMatchObject({
      id: local.id,
      handle: 'local',
      displayName: 'Local Person (from IdP)',
      jobTitle: 'Engineer',
    });
    const linked = await t.dataSource.query(
      `SELECT action FROM audit_entries WHERE target_id = $1 AND action IN ('sso.identity.linked', 'identity.user.profileSynced') ORDER BY id`,
      [local.id],
    );
    expect(linked.map((a: { action: string }) => a.action)).toEqual([
      'sso.identity.linked',
      'identity.user.profileSynced',
    ]);
    // Their password keeps working (passwords are on here).
    await t
      .client()
      .ok(
        `mutation { logIn(input: { login: "local", password: "${PASSWORD}" }) { viewer { id } } }`,
      );
  });
});

describe('refusals: no session, and the log-in page says why', () => {
  const sessions = () => count(`SELECT count(*) FROM sessions`);

  async function expectRefused(browser: CookieBrowser, url: URL, code: string) {
    const before = await sessions();
    const result = await browser.open(url.href);
    expect(refusalOf(result.url)).toBe(code);
    expect(browser.cookie(host, 'outloud_session')).toBeUndefined();
    expect(await sessions()).toBe(before);
  }

  it('refuses a tampered state', async () => {
    const browser = new CookieBrowser();
    const { url } = await throughProvider(browser, 'cy', true);
    const state = url.searchParams.get('state')!;
    url.searchParams.set('state', `${state.slice(0, -2)}xx`);
    await expectRefused(browser, url, 'expired');
  });

  it('refuses a replayed callback and a replayed code', async () => {
    const browser = new CookieBrowser();
    const { url: callback } = await throughProvider(browser, 'cy', true);
    expect((await browser.open(callback.href)).url.pathname).toBe('/questions');
    browser.clearCookies(host);
    // The same callback again: its state was used.
    const replay = new CookieBrowser();
    await expectRefused(replay, callback, 'expired');
    // A fresh sign-in with the old code: the provider refuses the code (invalid_grant).
    const fresh = new CookieBrowser();
    const { url: next } = await throughProvider(fresh, 'cy', true);
    next.searchParams.set('code', callback.searchParams.get('code')!);
    await expectRefused(fresh, next, 'expired');
  });

  it('refuses a callback opened in another browser (login CSRF)', async () => {
    const victim = new CookieBrowser();
    const attacker = new CookieBrowser();
    const { url } = await throughProvider(attacker, 'cy', true);
    await expectRefused(victim, url, 'expired');
  });

  describe('forged ID tokens (signed with the provider key, or not at all)', () => {
    let forge: ((claims: Record<string, unknown>) => Promise<string>) | null = null;

    beforeAll(() => {
      client.setFetch(async (url, options) => {
        const response = await fetch(url, options);
        if (!forge || !url.endsWith('/token')) return response;
        const body = (await response.json()) as { id_token: string };
        body.id_token = await forge(jose.decodeJwt(body.id_token));
        return Response.json(body, { status: response.status });
      });
    });
    afterEach(() => (forge = null));
    afterAll(() => client.setFetch((url, options) => fetch(url, options)));

    const signed =
      (change: (claims: Record<string, unknown>) => Record<string, unknown>) =>
      async (claims: Record<string, unknown>) =>
        new jose.SignJWT(change(claims))
          .setProtectedHeader({ alg: 'RS256', kid: provider.signingKey.kid })
          .sign(await jose.importJWK(provider.signingKey.jwk, 'RS256'));

    const now = () => Math.floor(Date.now() / 1000);

    it.each([
      ['a wrong nonce', signed((c) => ({ ...c, nonce: 'not-the-nonce-we-sent' }))],
      ['a wrong issuer', signed((c) => ({ ...c, iss: 'http://127.0.0.1:1/evil' }))],
      ['a wrong audience', signed((c) => ({ ...c, aud: 'someone-else' }))],
      ['an expired token', signed((c) => ({ ...c, iat: now() - 7200, exp: now() - 3600 }))],
      [
        'alg: none',
        async (c: Record<string, unknown>) =>
          `${Buffer.from(JSON.stringify({ alg: 'none', typ: 'JWT' })).toString('base64url')}.${Buffer.from(JSON.stringify({ ...c, email: 'ana.lind@corp.example' })).toString('base64url')}.`,
      ],
      [
        'a signature by another key',
        async (c: Record<string, unknown>) => {
          const { privateKey } = await jose.generateKeyPair('RS256');
          return new jose.SignJWT(c)
            .setProtectedHeader({ alg: 'RS256', kid: provider.signingKey.kid })
            .sign(privateKey);
        },
      ],
    ])('refuses %s', async (_label, forger) => {
      const browser = new CookieBrowser();
      const { url } = await throughProvider(browser, 'dee', true);
      forge = forger;
      await expectRefused(browser, url, 'invalid');
    });

    it('accepts the untouched token through the same path (the forgery is what fails)', async () => {
      const browser = new CookieBrowser();
      const { url } = await throughProvider(browser, 'dee', true);
      forge = signed((c) => c);
      expect((await browser.open(url.href)).url.pathname).toBe('/questions');
    });
  });

  it('refuses an e-mail outside the allowed domains, and creates no account', async () => {
    const browser = new CookieBrowser();
    const { url } = await throughProvider(browser, 'mallory', true);
    await expectRefused(browser, url, 'domain');
    expect(await count(`SELECT count(*) FROM users WHERE email = 'mallory@evil.example'`)).toBe(0);
  });

  it('refuses an e-mail the provider does not vouch for', async () => {
    const browser = new CookieBrowser();
    const { url } = await throughProvider(browser, 'unverified', true);
    await expectRefused(browser, url, 'email');
  });

  it('refuses a deactivated account', async () => {
    const leaver = await viewerOf((await signIn('leaver')).browser);
    const founder = t.client();
    await founder.ok(
      `mutation { logIn(input: { login: "founder", password: "${PASSWORD}" }) { viewer { id } } }`,
    );
    await founder.ok(`mutation ($id: ID!) { deactivateUser(userId: $id) { id } }`, {
      id: leaver!.id,
    });
    const browser = new CookieBrowser();
    const { url } = await throughProvider(browser, 'leaver', true);
    await expectRefused(browser, url, 'deactivated');
  });

  it('says "cancelled" when the person aborts at the provider', async () => {
    const browser = new CookieBrowser();
    const page = await browser.open(`${t.url}/auth/oidc/login`);
    const result = await browser.open(`${page.url.href}/abort`);
    expect(refusalOf(result.url)).toBe('cancelled');
  });

  it('records each refusal in the audit log with its reason', async () => {
    const rows = await t.dataSource.query(
      `SELECT after->>'code' AS code, reason FROM audit_entries WHERE action = 'sso.session.refused'`,
    );
    const codes = new Set(rows.map((r: { code: string }) => r.code));
    expect([...codes].sort()).toEqual(
      ['cancelled', 'deactivated', 'domain', 'email', 'expired', 'invalid'].sort(),
    );
    expect(rows.find((r: { code: string }) => r.code === 'domain').reason).toContain(
      'evil.example',
    );
  });
});

describe('single logout', () => {
  it('logs out at the provider too (RP-initiated), and the old cookie is dead', async () => {
    const { browser } = await signIn('cy');
    const gql = graphqlAs(browser);
    const { logOutWithProvider } = await gql.ok<{
      logOutWithProvider: { providerLogoutUrl: string };
    }>(`mutation { logOutWithProvider { providerLogoutUrl } }`);
    const url = new URL(logOutWithProvider.providerLogoutUrl);
    expect(url.origin + url.pathname).toBe(`${provider.issuer}/session/end`);
    expect(url.searchParams.get('post_logout_redirect_uri')).toBe(`${t.url}/login`);
    expect(url.searchParams.get('id_token_hint')).toBeTruthy();
    expect((await gql.ok<{ viewer: null }>(VIEWER)).viewer).toBeNull();
    // The provider asks to confirm, then comes back to Outloud's log-in page.
    const confirm = await browser.open(url.href);
    const xsrf = /name="xsrf" value="([^"]+)"/.exec(await confirm.response!.text())![1];
    const back = await browser.submit(`${provider.issuer}/session/end/confirm`, {
      xsrf,
      logout: 'yes',
    });
    expect(back.url.href).toBe(`${t.url}/login`);
  });

  it('ends the Outloud session when the provider signs the person out (back-channel)', async () => {
    const { browser } = await signIn('bo');
    expect(await viewerOf(browser)).not.toBeNull();
    const page = await browser.open(`${provider.issuer}/session/end`);
    const xsrf = /name="xsrf" value="([^"]+)"/.exec(await page.response!.text())![1];
    await browser.submit(`${provider.issuer}/session/end/confirm`, { xsrf, logout: 'yes' });
    expect(await viewerOf(browser)).toBeNull();
    const [entry] = await t.dataSource.query(
      `SELECT after FROM audit_entries WHERE action = 'sso.session.endedByProvider' ORDER BY id DESC LIMIT 1`,
    );
    expect(entry.after.sessionsEnded).toBe(1);
  });

  it('refuses a back-channel logout token it cannot verify, ending nothing', async () => {
    const { browser } = await signIn('bo');
    const { privateKey } = await jose.generateKeyPair('RS256');
    const forged = await new jose.SignJWT({
      events: { 'http://schemas.openid.net/event/backchannel-logout': {} },
      sub: 'bo',
      jti: 'x',
    })
      .setProtectedHeader({ alg: 'RS256', kid: provider.signingKey.kid })
      .setIssuer(provider.issuer)
      .setAudience(CLIENT_ID)
      .setIssuedAt()
      .sign(privateKey);
    for (const token of [forged, 'not-a-jwt', '']) {
      const res = await fetch(`${t.url}/auth/oidc/backchannel-logout`, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams({ logout_token: token }),
      });
      expect(res.status).toBe(400);
      expect(((await res.json()) as { error: string }).error).toBe('invalid_request');
    }
    expect(await viewerOf(browser)).not.toBeNull();
  });
});

describe('passwords switched off, except for the break-glass admin', () => {
  let strict: TestApp;
  beforeAll(async () => {
    strict = await createTestApp({
      imports: [IdentityModule, SsoModule],
      shareDatabaseOf: t,
      config: {
        OIDC_ISSUER: provider.issuer,
        OIDC_CLIENT_ID: CLIENT_ID,
        OIDC_CLIENT_SECRET: SECRET,
        PASSWORD_LOGIN: false,
        BREAK_GLASS_ADMIN: 'founder',
      },
    });
  });
  afterAll(() => strict?.close());

  const logIn = (login: string) =>
    strict
      .client()
      .request(`mutation ($i: LogInInput!) { logIn(input: $i) { viewer { handle } } }`, {
        i: { login, password: PASSWORD },
      });

  it('refuses password log-in to everyone else, right password or not', async () => {
    const res = await logIn('local');
    expect(errorCode(res)).toBe('UNAUTHENTICATED');
    expect(res.errors?.[0].message).toContain('single sign-on');
  });

  it('lets the break-glass admin in, and records it', async () => {
    expect((await logIn('founder')).data).toEqual({ logIn: { viewer: { handle: 'founder' } } });
    const [entry] = await t.dataSource.query(
      `SELECT after FROM audit_entries WHERE action = 'identity.session.started' ORDER BY id DESC LIMIT 1`,
    );
    expect(entry.after).toMatchObject({ method: 'password', breakGlass: true });
  });

  it('closes password sign-up and says so to the log-in page', async () => {
    const res = await strict
      .client()
      .request(`mutation ($i: SignUpInput!) { signUp(input: $i) { viewer { id } } }`, {
        i: { handle: 'newbie', displayName: 'N', email: 'newbie@corp.example', password: PASSWORD },
      });
    expect(errorCode(res)).toBe('FORBIDDEN');
    const { instanceSettings } = await strict
      .client()
      .ok<{ instanceSettings: { passwordLogin: boolean } }>(
        `{ instanceSettings { passwordLogin } }`,
      );
    expect(instanceSettings.passwordLogin).toBe(false);
  });
});

describe('misconfiguration: one clear line, never a stack', () => {
  async function misconfigured(config: Record<string, unknown>, port?: number) {
    const app = await createTestApp({
      imports: [IdentityModule, SsoModule],
      shareDatabaseOf: t,
      port,
      config: { OIDC_CLIENT_ID: CLIENT_ID, OIDC_CLIENT_SECRET: SECRET, ...config },
    });
    const { ssoSignIn } = await app
      .client()
      .ok<{ ssoSignIn: { available: boolean; problem: string | null } }>(
        `{ ssoSignIn { available problem } }`,
      );
    return { app, ssoSignIn };
  }

  const oneLine = (text: string | null) => {
    expect(text).not.toContain('\n');
    expect(text).not.toMatch(/\(\S+:\d+:\d+\)/); // no stack frames
  };

  it('names an unreachable discovery document', async () => {
    const closed = await freePort();
    const { app, ssoSignIn } = await misconfigured({ OIDC_ISSUER: `http://127.0.0.1:${closed}` });
    try {
      expect(ssoSignIn.available).toBe(false);
      expect(ssoSignIn.problem).toBe(
        `the provider could not be reached (ECONNREFUSED) at http://127.0.0.1:${closed}/.well-known/openid-configuration`,
      );
      oneLine(ssoSignIn.problem);
      const res = await fetch(`${app.url}/auth/oidc/login`, { redirect: 'manual' });
      expect(res.headers.get('location')).toBe('/login?sso_error=unavailable');
    } finally {
      await app.close();
    }
  });

  it('names an issuer that is not the one configured', async () => {
    const wrong = provider.issuer.replace('127.0.0.1', 'localhost');
    const { app, ssoSignIn } = await misconfigured({ OIDC_ISSUER: wrong });
    await app.close();
    expect(ssoSignIn.problem).toContain(`names another issuer than OIDC_ISSUER=${wrong}`);
    oneLine(ssoSignIn.problem);
  });

  it('names a wrong client secret after the first sign-in attempt', async () => {
    const { app, ssoSignIn } = await misconfigured(
      {
        OIDC_ISSUER: provider.issuer,
        OIDC_CLIENT_ID: 'outloud-second',
        OIDC_CLIENT_SECRET: 'wrong',
      },
      secondPort,
    );
    try {
      expect(ssoSignIn.available).toBe(true);
      const browser = new CookieBrowser();
      const page = await browser.open(`${app.url}/auth/oidc/login`);
      const done = await browser.submit(page.url.href, {
        prompt: 'login',
        login: 'cy',
        password: 'x',
      });
      expect(refusalOf(done.url)).toBe('unavailable');
      const { ssoSignIn: after } = await app
        .client()
        .ok<{ ssoSignIn: { available: boolean; problem: string } }>(
          `{ ssoSignIn { available problem } }`,
        );
      expect(after).toEqual({
        available: false,
        problem:
          'the provider refused the client credentials (invalid_client): check OIDC_CLIENT_ID and OIDC_CLIENT_SECRET',
      });
    } finally {
      await app.close();
    }
  });
});
