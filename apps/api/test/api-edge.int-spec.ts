import { createTestApp, errorCode, TestApp } from '@outloud/server-core/testing';
import { DOMAIN_MODULES } from '../src/app.module';
import { HealthController } from '../src/health/health.controller';

// The API's edge (SECURITY-TESTS.md G1-G6, I1): limits that hold before any resolver runs.
let t: TestApp;
let prod: TestApp;

beforeAll(async () => {
  t = await createTestApp({ imports: DOMAIN_MODULES, controllers: [HealthController] });
  prod = await createTestApp({ imports: DOMAIN_MODULES, config: { NODE_ENV: 'production' } });
});
afterAll(async () => {
  await t?.close();
  await prod?.close();
});

const post = (app: TestApp, body: string, headers: Record<string, string> = {}) =>
  fetch(`${app.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body,
  });

describe('health', () => {
  it('answers liveness and readiness without a session', async () => {
    expect(await (await fetch(`${t.url}/healthz`)).json()).toEqual({ status: 'ok' });
    expect(await (await fetch(`${t.url}/readyz`)).json()).toEqual({
      status: 'ready',
      database: 'up',
    });
  });

  it('tags every response with a request id', async () => {
    const res = await fetch(`${t.url}/healthz`, { headers: { 'x-request-id': 'trace-12345678' } });
    expect(res.headers.get('x-request-id')).toBe('trace-12345678');
  });
});

describe('GraphQL limits', () => {
  it('G1: rejects a query 50 levels deep at validation', async () => {
    let selection = 'id';
    for (let i = 0; i < 50; i++) selection = `a${i}: users { nodes { ${selection} } }`;
    const res = await t.client().request(`{ ${selection} }`);
    expect(res.errors?.some((e) => /too deep/.test(e.message))).toBe(true);
    expect(res.data).toBeUndefined();
  });

  it('G2: rejects 1,000 aliased log-ins before any is attempted', async () => {
    const aliases = Array.from(
      { length: 1000 },
      (_, i) => `l${i}: logIn(input: { login: "x", password: "y" }) { viewer { id } }`,
    );
    const res = await t.client().request(`mutation { ${aliases.join(' ')} }`);
    expect(res.data).toBeUndefined();
    // 31 fit in the token limit; the alias limit refuses them.
    const few = await t.client().request(`mutation { ${aliases.slice(0, 31).join(' ')} }`);
    expect(few.errors?.[0].message).toMatch(/Too many aliases/);
    expect(Number((await t.dataSource.query(`SELECT count(*) FROM login_failures`))[0].count)).toBe(
      0,
    );
  });

  it('G3: refuses batched operations', async () => {
    const res = await post(
      t,
      JSON.stringify([
        { query: '{ instanceSettings { openSignUp } }' },
        { query: '{ instanceSettings { openSignUp } }' },
      ]),
      {
        'apollo-require-preflight': 'true',
      },
    );
    expect(res.status).toBe(400);
  });

  it('G4: refuses a page larger than 100 with a clear message', async () => {
    const client = t.client();
    await client.ok(
      `mutation { signUp(input: { handle: "edge", displayName: "Edge", email: "edge@corp.example", password: "correct horse battery" }) { viewer { id } } }`,
    );
    const res = await client.request(`query ($n: Int) { users(first: $n) { nodes { id } } }`, {
      n: 100000,
    });
    expect(errorCode(res)).toBe('BAD_USER_INPUT');
    expect(res.errors?.[0].message).toContain('between 1 and 100');
    // Written in the document, the page size counts in the cost checked at validation.
    const literal = await client.request(`{ users(first: 100000) { nodes { id } } }`);
    expect(literal.errors?.[0].message).toMatch(/too expensive/);
  });

  it('answers variables that do not fit the schema with HTTP 400 and BAD_USER_INPUT, not a 500', async () => {
    const res = await post(
      t,
      JSON.stringify({
        query: 'query ($t: [SearchType!]) { search(query: "x", types: $t) { totalCount } }',
        variables: { t: ['SECRETS'] },
      }),
      { 'apollo-require-preflight': 'true' },
    );
    expect(res.status).toBe(400);
    const body = (await res.json()) as { errors: { extensions: Record<string, unknown> }[] };
    expect(body.errors[0].extensions.code).toBe('BAD_USER_INPUT');
    expect(body.errors[0].extensions).not.toHaveProperty('http');
  });

  it('answers bad variables with 400 and BAD_USER_INPUT when execution is the first to see them', async () => {
    // The cost limit keeps one estimate per document and page size, so a second request of a
    // known document goes to execution without its variables having been checked.
    const query = 'query ($h: String!) { user(handle: $h) { id } }';
    const send = (h: unknown) =>
      post(t, JSON.stringify({ query, variables: { h } }), { 'apollo-require-preflight': 'true' });
    expect((await send('nobody')).status).toBe(200);
    const res = await send(5);
    expect(res.status).toBe(400);
    const body = (await res.json()) as { errors: { message: string; extensions: object }[] };
    expect(body.errors[0].extensions).toEqual({ code: 'BAD_USER_INPUT' });
    expect(body.errors[0].message).toMatch(/^Variable "\$h" got invalid value 5/);
  });

  // Finding 1 of the outside test: a 789-byte document that doubles at every fragment blocked the
  // event loop for 12.7 s before log-in. Every limit must be linear in the document size.
  // The time bound is a generous guard against a regression to exponential work, not a target.
  const refusedQuickly = async (query: string) => {
    const started = performance.now();
    const res = await t.client().request(query);
    const ms = performance.now() - started;
    expect(res.status).toBe(400);
    expect(res.data).toBeUndefined();
    expect(ms).toBeLessThan(1000);
    return res;
  };

  it('G4: refuses the fragment-doubling document from a logged-out client at once, before execution', async () => {
    const fragments = ['fragment F0 on Query{__typename}'];
    for (let i = 1; i <= 23; i++)
      fragments.push(`fragment F${i} on Query{...F${i - 1} ...F${i - 1}}`);
    const res = await refusedQuickly(`{...F23} ${fragments.join(' ')}`);
    expect(errorCode(res)).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(res.errors?.[0].message).toMatch(/cost/i);
  });

  it('G4: refuses a 100 KB document of tokens before parsing all of it', async () => {
    const query = `{${' __typename'.repeat(9500)} }`;
    expect(query.length).toBeGreaterThan(100_000);
    const res = await refusedQuickly(query);
    expect(errorCode(res)).toBe('GRAPHQL_PARSE_FAILED');
    expect(res.errors?.[0].message).toMatch(/tokens/i);
  });

  it('G4: answers 10,000 directives with one error, not one per directive', async () => {
    const res = await refusedQuickly(`{ __typename${' @include(if: true)'.repeat(10_000)} }`);
    expect(res.errors).toHaveLength(1);
  });

  it('G4: refuses more directives than the limit, with at most ten errors', async () => {
    const res = await refusedQuickly(`{ __typename${' @skip(if: false)'.repeat(60)} }`);
    expect(res.errors?.[0].message).toMatch(/Too many directives/);
    expect(res.errors?.length).toBeLessThanOrEqual(11);
  });

  it('G5: hides introspection and field suggestions in production', async () => {
    const intro = await prod.client().request(`{ __schema { types { name } } }`);
    expect(intro.errors?.[0].message).toMatch(/introspection/i);
    const typo = await prod.client().request(`{ instanceSetings { openSignUp } }`);
    expect(typo.errors?.[0].message).not.toMatch(/Did you mean/);
  });

  it('G6: blocks simple cross-site requests (CSRF) before execution', async () => {
    const textPlain = await fetch(`${t.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'text/plain' },
      body: JSON.stringify({ query: 'mutation { logOut }' }),
    });
    expect(textPlain.status).toBe(400);
    const getMutation = await fetch(
      `${t.url}/graphql?query=${encodeURIComponent('{ instanceSettings { openSignUp } }')}`,
    );
    expect(getMutation.status).toBe(400);
  });

  it('I1: answers a 10 MB body with 413 before parsing it', async () => {
    const huge = JSON.stringify({
      query: '{ viewer { id } }',
      variables: { pad: 'x'.repeat(10 * 1024 * 1024) },
    });
    const res = await post(t, huge, { 'apollo-require-preflight': 'true' });
    expect(res.status).toBe(413);
    expect(await res.json()).toMatchObject({
      errors: [{ extensions: { code: 'PAYLOAD_TOO_LARGE' } }],
    });
  });

  it('answers malformed JSON with a clear 400, never a stack trace', async () => {
    const res = await post(t, '{"query": ', { 'apollo-require-preflight': 'true' });
    expect(res.status).toBe(400);
    const text = await res.text();
    expect(text).toContain('BAD_REQUEST');
    expect(text).not.toMatch(/at .*\.js|node_modules/);
  });
});
