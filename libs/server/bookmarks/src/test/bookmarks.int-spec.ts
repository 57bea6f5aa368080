import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CommunitiesModule } from '@outloud/communities';
import { FilesModule } from '@outloud/files';
import { IdentityModule } from '@outloud/identity';
import { createTestApp, errorCode, GraphqlClient, TestApp } from '@outloud/server-core/testing';
import { StreamModule } from '@outloud/stream';
import { BookmarksModule } from '../index';

const PASSWORD = 'correct horse battery';
const CREATE = `mutation ($i: CreateBookmarkInput!) { createBookmark(input: $i) { id url title tags isPrivate targetKind } }`;

let t: TestApp;
let dataDir: string;
const people = {} as Record<'ana' | 'bo' | 'cy', GraphqlClient>;
let restrictedId: string;

async function signUp(handle: string): Promise<GraphqlClient> {
  const c = t.client();
  await c.ok(`mutation ($i: SignUpInput!) { signUp(input: $i) { viewer { id } } }`, {
    i: { handle, displayName: handle, email: `${handle}@corp.example`, password: PASSWORD },
  });
  return c;
}

const bookmarkCount = async () =>
  (await t.dataSource.query(`SELECT count(*)::int AS n FROM bookmarks`))[0].n as number;

async function save(c: GraphqlClient, input: Record<string, unknown>) {
  const data = await c.ok<{ createBookmark: { id: string; url: string | null; title: string } }>(
    CREATE,
    { i: input },
  );
  return data.createBookmark;
}

beforeAll(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'outloud-bookmarks-'));
  t = await createTestApp({
    imports: [IdentityModule, CommunitiesModule, StreamModule, FilesModule, BookmarksModule],
    config: { DATA_DIR: dataDir },
  });
  people.ana = await signUp('ana');
  people.bo = await signUp('bo');
  people.cy = await signUp('cy');
  const r = await people.ana.ok<{ createCommunity: { id: string } }>(
    `mutation { createCommunity(input: { name: "Secret", slug: "secret", type: RESTRICTED }) { id } }`,
  );
  restrictedId = r.createCommunity.id;
  await people.ana.ok(
    `mutation ($id: ID!) { inviteToCommunity(communityId: $id, handle: "bo") { state } }`,
    { id: restrictedId },
  );
  await people.bo.ok(`mutation ($id: ID!) { joinCommunity(id: $id) { state } }`, {
    id: restrictedId,
  });
});
afterAll(async () => {
  await t?.close();
  await rm(dataDir, { recursive: true, force: true });
});

describe('saving links', () => {
  it('saves a public link with title, description and tags', async () => {
    const data = await people.ana.ok<{ createBookmark: Record<string, unknown> }>(CREATE, {
      i: {
        url: 'https://Docs.example.com/vpn/setup/?utm_source=x',
        title: 'VPN setup',
        description: 'The guide IT keeps up to date',
        tags: ['vpn', '#IT'],
      },
    });
    expect(data.createBookmark).toMatchObject({
      url: 'https://docs.example.com/vpn/setup/?utm_source=x',
      title: 'VPN setup',
      tags: ['vpn', 'it'],
      isPrivate: false,
      targetKind: 'URL',
    });
  });

  it.each([
    'javascript:alert(document.cookie)',
    'JAVASCRIPT:alert(1)',
    'data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==',
    'file:///etc/passwd',
    'https://admin:hunter2@intranet.example.com/',
    'http://exa mple.com',
  ])('refuses %j with a clear error and saves nothing', async (url) => {
    const before = await bookmarkCount();
    const res = await people.ana.request(CREATE, { i: { url, title: 'x' } });
    expect(errorCode(res)).toBe('BAD_USER_INPUT');
    expect(res.errors?.[0].extensions?.fields).toEqual([
      { path: 'input.url', message: expect.any(String) },
    ]);
    expect(await bookmarkCount()).toBe(before);
  });

  it('refuses saving the same thing twice, and more than one target at once', async () => {
    await save(people.cy, { url: 'https://twice.example.com/a' });
    const again = await people.cy.request(CREATE, { i: { url: 'https://twice.example.com/a/#x' } });
    expect(errorCode(again)).toBe('CONFLICT');
    const both = await people.cy.request(CREATE, {
      i: { url: 'https://x.example.com', postId: '00000000-0000-4000-8000-000000000000' },
    });
    expect(errorCode(both)).toBe('BAD_USER_INPUT');
  });

  it('shows who else saved the same page, however the link was written', async () => {
    await save(people.bo, { url: 'https://docs.example.com/vpn/setup', title: 'VPN' });
    await save(people.cy, { url: 'https://docs.example.com/vpn/setup', isPrivate: true });
    const data = await people.cy.ok<{ bookmarkedBy: { handle: string }[] }>(
      `{ bookmarkedBy(url: "https://DOCS.example.com/vpn/setup#top") { handle } }`,
    );
    expect(data.bookmarkedBy.map((u) => u.handle).sort()).toEqual(['ana', 'bo']);
    const mine = await people.bo.ok<{
      bookmarks: { nodes: { savedByCount: number; alsoSavedBy: { handle: string }[] }[] };
    }>(`{ bookmarks(ownerHandle: "bo") { nodes { savedByCount alsoSavedBy { handle } } } }`);
    expect(mine.bookmarks.nodes[0]).toEqual({ savedByCount: 2, alsoSavedBy: [{ handle: 'ana' }] });
  });

  it('keeps private bookmarks to their owner', async () => {
    const hidden = await save(people.ana, { url: 'https://private.example.com', isPrivate: true });
    const q = `query ($id: ID!) { bookmark(id: $id) { id } bookmarks(ownerHandle: "ana", first: 100) { nodes { id } } popularBookmarks(limit: 50) { bookmark { id } } }`;
    expect((await people.bo.request(q, { id: hidden.id })).text).not.toContain(hidden.id);
    expect((await people.ana.request(q, { id: hidden.id })).text).toContain(hidden.id);
  });

  it('lists popular bookmarks and bookmarks by tag', async () => {
    const popular = await people.cy.ok<{
      popularBookmarks: { saveCount: number; bookmark: { url: string } }[];
    }>(`{ popularBookmarks { saveCount bookmark { url } } }`);
    expect(popular.popularBookmarks[0]).toEqual({
      saveCount: 2,
      bookmark: { url: 'https://docs.example.com/vpn/setup/?utm_source=x' },
    });
    const tagged = await people.cy.ok<{ bookmarks: { nodes: { title: string }[] } }>(
      `{ bookmarks(tag: "#VPN") { nodes { title } } }`,
    );
    expect(tagged.bookmarks.nodes.map((n) => n.title)).toEqual(['VPN setup']);
  });

  it('lets only the owner change or delete a bookmark', async () => {
    const b = await save(people.ana, { url: 'https://owned.example.com' });
    const edit = await people.bo.request(
      `mutation ($id: ID!) { updateBookmark(id: $id, input: { title: "mine now" }) { id } }`,
      { id: b.id },
    );
    expect(errorCode(edit)).toBe('FORBIDDEN');
    expect(
      errorCode(
        await people.bo.request(`mutation ($id: ID!) { deleteBookmark(id: $id) }`, { id: b.id }),
      ),
    ).toBe('FORBIDDEN');
    await people.ana.ok(`mutation ($id: ID!) { deleteBookmark(id: $id) }`, { id: b.id });
    expect(
      (
        await people.ana.ok<{ bookmark: null }>(`query ($id: ID!) { bookmark(id: $id) { id } }`, {
          id: b.id,
        })
      ).bookmark,
    ).toBeNull();
  });
});

describe('bookmarks of posts and files inside Outloud', () => {
  it('re-checks the target on every read: a restricted post stays hidden from outsiders', async () => {
    const { createPost } = await people.ana.ok<{ createPost: { id: string } }>(
      `mutation ($i: CreatePostInput!) { createPost(input: $i) { id } }`,
      { i: { body: 'Members-only plan SECRET-PLAN', communityId: restrictedId } },
    );
    const outsiderTry = await people.cy.request(CREATE, { i: { postId: createPost.id } });
    expect(errorCode(outsiderTry)).toBe('NOT_FOUND');
    const b = await save(people.bo, { postId: createPost.id });
    expect(b.title).toContain('SECRET-PLAN');
    const q = `query ($id: ID!) { bookmark(id: $id) { title } bookmarks(first: 100) { nodes { title } } popularBookmarks(limit: 50) { bookmark { title } } }`;
    expect((await people.cy.request(q, { id: b.id })).text).not.toContain('SECRET-PLAN');
    expect((await people.ana.request(q, { id: b.id })).text).toContain('SECRET-PLAN');
    // Bo leaves: his own bookmark of it is hidden from him too, until he is back.
    await people.bo.ok(`mutation ($id: ID!) { leaveCommunity(id: $id) }`, { id: restrictedId });
    expect((await people.bo.request(q, { id: b.id })).text).not.toContain('SECRET-PLAN');
  });

  it('saves a file and shows it through the bookmark only to people who may see it', async () => {
    const form = new FormData();
    form.append('name', 'handbook.txt');
    form.append('file', new Blob(['The handbook\n']), 'handbook.txt');
    const res = await fetch(`${t.url}/files/uploads`, {
      method: 'POST',
      headers: { cookie: people.ana.cookieHeader, 'x-outloud-csrf': '1' },
      body: form,
    });
    const { file } = (await res.json()) as { file: { id: string } };
    const b = await save(people.cy, { fileId: file.id, tags: ['handbook'] });
    expect(b.title).toBe('handbook.txt');
    const data = await people.bo.ok<{ bookmark: { targetKind: string; file: { name: string } } }>(
      `query ($id: ID!) { bookmark(id: $id) { targetKind file { name } } }`,
      { id: b.id },
    );
    expect(data.bookmark).toEqual({ targetKind: 'FILE', file: { name: 'handbook.txt' } });
  });
});
