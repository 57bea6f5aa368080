import { randomUUID } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  createTestApp,
  errorCode,
  signUpPerson,
  TestApp,
  TestPerson,
} from '@outloud/server-core/testing';
import { DOMAIN_MODULES } from '../src/app.module';
import { HealthController } from '../src/health/health.controller';
import { serveWebClient } from '../src/web-client';

// Findings 2, 10 and 11 of the outside test: what responses let caches keep, what the web
// client's page lets run, what the logs say about restricted files, and text that is not text.
const PASSWORD = 'correct horse battery';
const CANARY = `CANARY-R-${randomUUID()}`;
const NO_STORE = 'private, no-store';

let t: TestApp;
let webDir: string;
let dataDir: string;
const logs: string[] = [];
let member: TestPerson;
let restrictedFileId: string;

beforeAll(async () => {
  webDir = mkdtempSync(join(tmpdir(), 'outloud-web-'));
  mkdirSync(join(webDir, 'assets'));
  writeFileSync(
    join(webDir, 'index.html'),
    '<!doctype html><html><head><script type="module" src="/assets/index-abc123.js"></script></head><body><div id="root"></div></body></html>',
  );
  writeFileSync(join(webDir, 'assets', 'index-abc123.js'), 'console.log(1);');
  dataDir = mkdtempSync(join(tmpdir(), 'outloud-hygiene-'));
  t = await createTestApp({
    imports: DOMAIN_MODULES,
    controllers: [HealthController],
    // Successful requests log at debug level outside production: read every line there is.
    config: { LOG_LEVEL: 'debug', DATA_DIR: dataDir },
    logLines: (line) => logs.push(line),
    beforeListen: (app, logger) => serveWebClient(app, webDir, logger),
  });
  member = await signUpPerson(t, 'member', { password: PASSWORD });
  const { createCommunity } = await member.client.ok<{ createCommunity: { id: string } }>(
    `mutation { createCommunity(input: { name: "Board", slug: "board", type: RESTRICTED }) { id } }`,
  );
  const form = new FormData();
  form.append('communityId', createCommunity.id);
  form.append('file', new Blob(['minutes\n']), `${CANARY}.txt`);
  const res = await fetch(`${t.url}/files/uploads`, {
    method: 'POST',
    headers: { cookie: member.client.cookieHeader, 'x-outloud-csrf': '1' },
    body: form,
  });
  expect(res.status).toBe(201);
  restrictedFileId = ((await res.json()) as { file: { id: string } }).file.id;
});
afterAll(async () => {
  await t?.close();
  rmSync(webDir, { recursive: true, force: true });
  rmSync(dataDir, { recursive: true, force: true });
});

const get = (path: string, cookie?: string) =>
  fetch(`${t.url}${path}`, { headers: cookie ? { cookie } : {} });

describe('Cache-Control (finding 2)', () => {
  it('marks GraphQL answers private and not to be stored, logged in or out, success or error', async () => {
    const anon = t.client();
    const answers = [
      await anon.request(`{ instanceSettings { openSignUp } }`),
      await anon.request(`{ users { nodes { id } } }`),
      await anon.request(`{ nope }`),
      await member.client.request(`{ viewer { id } }`),
      await member.client.request(`{ post(id: "x") { id } }`),
    ];
    expect(answers.map((a) => a.headers.get('cache-control'))).toEqual(answers.map(() => NO_STORE));
    // Nothing may keep them, so nothing may revalidate them: no body is hashed for an ETag.
    expect(answers.map((a) => a.headers.get('etag'))).toEqual(answers.map(() => null));
  });

  it('marks downloads, avatars and community images private and not to be stored, found or not', async () => {
    const cookie = member.client.cookieHeader;
    const missing = randomUUID();
    const responses = [
      await get(`/files/${restrictedFileId}/download`, cookie),
      await get(`/files/${restrictedFileId}/download`),
      await get(`/files/${missing}/preview`, cookie),
      await get(`/avatars/${missing}`, cookie),
      await get(`/avatars/${missing}`),
      await get(`/community-images/${missing}`, cookie),
      await get('/api/nothing-here', cookie),
      await get('/readyz'),
    ];
    expect(responses.map((r) => r.status)).toEqual([200, 404, 404, 404, 401, 404, 404, 200]);
    expect(responses.map((r) => r.headers.get('cache-control'))).toEqual(
      responses.map(() => NO_STORE),
    );
  });

  it('marks socket.io long-polling answers private and not to be stored', async () => {
    const res = await get('/socket.io/?EIO=4&transport=polling');
    expect(res.headers.get('cache-control')).toBe(NO_STORE);
  });

  it('lets browsers and proxies keep the hashed web-client assets, and revalidate the page', async () => {
    const asset = await get('/assets/index-abc123.js');
    expect(asset.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    const page = await get('/communities/board');
    expect(page.headers.get('cache-control')).toBe('no-cache');
    // Its file's validator stays (the API's answers have none: no body hashed for it).
    const etag = page.headers.get('etag');
    expect(etag).toBeTruthy();
    // A revisit with it is answered "not modified", without the page again. As a browser sends
    // it: fetch() itself would add `Cache-Control: no-cache` to a conditional request (the Fetch
    // standard), which asks for the page whatever the validator says.
    const again = await fetch(`${t.url}/communities/board`, {
      headers: { 'if-none-match': etag!, 'cache-control': 'max-age=0' },
    });
    expect(again.status).toBe(304);
    expect(await again.text()).toBe('');
  });
});

describe('the web client fallback', () => {
  it('leaves SCIM and /metrics to the API: no page for the directory or the scraper', async () => {
    for (const path of ['/scim/v2/Users', '/scim/v2/ServiceProviderConfig']) {
      const res = await get(path);
      expect(res.status).toBe(401);
      expect(res.headers.get('content-type')).toContain('application/scim+json');
    }
    const metrics = await get('/metrics');
    expect(metrics.headers.get('content-type') ?? '').not.toContain('text/html');
    expect(metrics.status).not.toBe(200);
  });
});

describe('Content-Security-Policy of the web client (finding 2)', () => {
  it('allows scripts from this origin only: no inline script, no event-handler attribute', async () => {
    for (const path of ['/', '/people/member']) {
      const res = await get(path);
      const csp = res.headers.get('content-security-policy') ?? '';
      expect(await res.text()).toContain('<div id="root">');
      expect(csp).toMatch(/(^|;)script-src 'self'(;|$)/);
      expect(csp).toMatch(/script-src-attr 'none'/);
      expect(csp).toMatch(/default-src 'self'/);
      expect(csp).toMatch(/object-src 'none'/);
      expect(csp).toMatch(/frame-ancestors 'none'/);
      expect(csp).not.toMatch(/unsafe-inline|unsafe-eval/);
    }
  });
});

describe('logs (finding 10)', () => {
  it('logs a restricted download without its name or any header', async () => {
    logs.length = 0;
    const res = await get(`/files/${restrictedFileId}/download`, member.client.cookieHeader);
    expect(res.headers.get('content-disposition')).toContain(CANARY);
    await res.arrayBuffer();
    await new Promise((r) => setTimeout(r, 50));
    const access = logs.filter((l) => l.includes(`/files/${restrictedFileId}/download`));
    expect(access.length).toBeGreaterThan(0);
    expect(logs.join('\n')).not.toContain(CANARY);
    expect(logs.join('\n')).not.toMatch(/content-disposition|"headers"/i);
  });
});

describe('text that is not text (finding 11)', () => {
  it.each([
    ['a NUL in a variable', 'a\u0000b'],
    ['a lone high surrogate', 'a\ud800b'],
    ['a lone low surrogate', '\udc00'],
  ])('refuses %s with BAD_USER_INPUT and the field path', async (_, text) => {
    const res = await member.client.request(
      `mutation ($input: CreatePostInput!) { createPost(input: $input) { id } }`,
      { input: { body: text } },
    );
    expect(res.status).toBe(400);
    expect(errorCode(res)).toBe('BAD_USER_INPUT');
    expect(res.errors?.[0].extensions?.fields).toEqual([
      { path: 'input.body', message: expect.stringMatching(/NUL|surrogate/) },
    ]);
  });

  it('refuses a NUL written in the document, and a search for one, before running anything', async () => {
    const before = await t.dataSource.query(`SELECT count(*)::int AS n FROM posts`);
    const literal = await member.client.request(
      `mutation { createPost(input: { body: "a\\u0000b" }) { id } }`,
    );
    expect(errorCode(literal)).toBe('BAD_USER_INPUT');
    expect(literal.errors?.[0].extensions?.fields).toEqual([
      { path: 'input.body', message: expect.any(String) },
    ]);
    const search = await member.client.request(
      `query ($q: String!) { search(query: $q) { totalCount } }`,
      { q: 'a\u0000b' },
    );
    expect(errorCode(search)).toBe('BAD_USER_INPUT');
    expect(await t.dataSource.query(`SELECT count(*)::int AS n FROM posts`)).toEqual(before);
  });

  it('keeps surrogate pairs (emoji) and ordinary control-free text', async () => {
    await member.client.ok(
      `mutation ($input: CreatePostInput!) { createPost(input: $input) { id } }`,
      { input: { body: 'Ship it 🚀 — åäö' } },
    );
  });

  it('refuses a NUL in an upload form field', async () => {
    const form = new FormData();
    form.append('description', 'x\u0000y');
    form.append('file', new Blob(['hello\n']), 'note.txt');
    const res = await fetch(`${t.url}/files/uploads`, {
      method: 'POST',
      headers: { cookie: member.client.cookieHeader, 'x-outloud-csrf': '1' },
      body: form,
    });
    expect(res.status).toBe(400);
    expect(await res.text()).toContain('BAD_USER_INPUT');
  });
});
