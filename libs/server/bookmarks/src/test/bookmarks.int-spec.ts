import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CommunitiesModule } from '@outloud/communities';
import { FilesModule } from '@outloud/files';
import { IdentityModule } from '@outloud/identity';
import { OutboxService } from '@outloud/server-core';
import { createTestApp, errorCode, GraphqlClient, TestApp } from '@outloud/server-core/testing';
import { StreamModule } from '@outloud/stream';
import { BookmarkRepository, BookmarksModule } from '../index';

const PASSWORD = 'correct horse battery';
const CREATE = `mutation ($i: CreateBookmarkInput!) { createBookmark(input: $i) { id url title tags isPrivate targetKind } }`;

let t: TestApp;
let dataDir: string;
const people = {} as Record<'ana' | 'bo' | 'cy', GraphqlClient>;
let restrictedId: string;
const events: [string, unknown][] = [];

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
  const outbox = t.app.get(OutboxService);
  for (const type of ['bookmarks.bookmark.saved', 'bookmarks.bookmark.deleted'] as const)
    outbox.on(type, 'test.recorder', async (payload) => void events.push([type, payload]));
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

describe("the viewer's bookmark state and search events", () => {
  let postIds: string[];
  let fileId: string;

  beforeAll(async () => {
    postIds = [];
    for (const body of ['State one', 'State two', 'State three']) {
      const { createPost } = await people.ana.ok<{ createPost: { id: string } }>(
        `mutation ($i: CreatePostInput!) { createPost(input: $i) { id } }`,
        { i: { body } },
      );
      postIds.push(createPost.id);
    }
    const form = new FormData();
    form.append('file', new Blob(['State file\n']), 'state.txt');
    const res = await fetch(`${t.url}/files/uploads`, {
      method: 'POST',
      headers: { cookie: people.ana.cookieHeader, 'x-outloud-csrf': '1' },
      body: form,
    });
    fileId = ((await res.json()) as { file: { id: string } }).file.id;
  });

  const STATE = `query ($p1: ID!, $p2: ID!, $p3: ID!, $f: ID!) {
    a: post(id: $p1) { viewerHasBookmarked } b: post(id: $p2) { viewerHasBookmarked }
    c: post(id: $p3) { viewerHasBookmarked } file(id: $f) { viewerHasBookmarked }
    popularBookmarks(limit: 50) { viewerHasBookmarked bookmark { url viewerHasBookmarked } }
  }`;
  const state = (c: GraphqlClient) =>
    c.ok<{
      a: { viewerHasBookmarked: boolean };
      b: { viewerHasBookmarked: boolean };
      c: { viewerHasBookmarked: boolean };
      file: { viewerHasBookmarked: boolean };
      popularBookmarks: {
        viewerHasBookmarked: boolean;
        bookmark: { url: string | null; viewerHasBookmarked: boolean };
      }[];
    }>(STATE, { p1: postIds[0], p2: postIds[1], p3: postIds[2], f: fileId });

  it('tells each viewer what they saved (private ones too), in one query per request', async () => {
    await save(people.bo, { postId: postIds[1] });
    await save(people.bo, { fileId, isPrivate: true });
    await save(people.bo, { url: 'https://state.example.org/guide' });
    await save(people.cy, { url: 'https://state.example.org/guide#intro' });
    const spy = jest.spyOn(t.app.get(BookmarkRepository), 'savedByViewer');
    try {
      // Lists of posts, files and bookmarks: one batched query each, not one per item.
      for (const list of [
        `{ discover(first: 50) { nodes { id viewerHasBookmarked } } }`,
        `{ files(first: 50) { nodes { id viewerHasBookmarked } } }`,
        `{ bookmarks(first: 50) { nodes { id viewerHasBookmarked } } popularBookmarks(limit: 50) { viewerHasBookmarked } }`,
      ]) {
        spy.mockClear();
        const text = JSON.stringify(await people.bo.ok(list));
        expect((text.match(/viewerHasBookmarked/g) ?? []).length).toBeGreaterThan(1);
        expect(spy.mock.calls.length).toBeLessThanOrEqual(list.includes('popular') ? 2 : 1);
      }
      const bo = await state(people.bo);
      expect([bo.a, bo.b, bo.c, bo.file].map((x) => x.viewerHasBookmarked)).toEqual([
        false,
        true,
        false,
        true,
      ]);
      const guide = bo.popularBookmarks.find((p) => p.bookmark.url?.includes('state.example'));
      expect(guide).toMatchObject({
        viewerHasBookmarked: true,
        bookmark: { viewerHasBookmarked: true },
      });
      const ana = await state(people.ana);
      expect([ana.a, ana.b, ana.c, ana.file].every((x) => !x.viewerHasBookmarked)).toBe(true);
      expect(
        ana.popularBookmarks.find((p) => p.bookmark.url?.includes('state.example'))
          ?.viewerHasBookmarked,
      ).toBe(false);
    } finally {
      spy.mockRestore();
    }
  });

  it('answers a post just written as not saved without asking, and a read of it by asking', async () => {
    const spy = jest.spyOn(t.app.get(BookmarkRepository), 'savedByViewer');
    try {
      const { createPost } = await people.bo.ok<{
        createPost: { id: string; viewerHasBookmarked: boolean };
      }>(`mutation { createPost(input: { body: "Fresh news" }) { id viewerHasBookmarked } }`);
      expect(createPost.viewerHasBookmarked).toBe(false);
      expect(spy).not.toHaveBeenCalled();
      await save(people.bo, { postId: createPost.id });
      const { post } = await people.bo.ok<{ post: { viewerHasBookmarked: boolean } }>(
        `query ($id: ID!) { post(id: $id) { viewerHasBookmarked } }`,
        { id: createPost.id },
      );
      expect(post.viewerHasBookmarked).toBe(true);
      expect(spy).toHaveBeenCalledTimes(1);
    } finally {
      spy.mockRestore();
    }
  });

  it('un-saves by target, so the button can toggle without knowing the bookmark id', async () => {
    const DELETE_OF = `mutation ($t: BookmarkTargetInput!) { deleteBookmarkOf(target: $t) }`;
    const removed = await people.bo.ok<{ deleteBookmarkOf: boolean }>(DELETE_OF, {
      t: { postId: postIds[1] },
    });
    expect(removed.deleteBookmarkOf).toBe(true);
    expect((await state(people.bo)).b.viewerHasBookmarked).toBe(false);
    // Nothing to remove, or someone else's: false, and their bookmark stays.
    const again = await people.bo.ok<{ deleteBookmarkOf: boolean }>(DELETE_OF, {
      t: { postId: postIds[1] },
    });
    expect(again.deleteBookmarkOf).toBe(false);
    const cyTry = await people.cy.ok<{ deleteBookmarkOf: boolean }>(DELETE_OF, {
      t: { fileId },
    });
    expect(cyTry.deleteBookmarkOf).toBe(false);
    expect((await state(people.bo)).file.viewerHasBookmarked).toBe(true);
    // A link matches however it is written.
    const link = await people.bo.ok<{ deleteBookmarkOf: boolean }>(DELETE_OF, {
      t: { url: 'https://STATE.example.org/guide/?utm_campaign=x' },
    });
    expect(link.deleteBookmarkOf).toBe(true);
    const bad = await people.bo.request(DELETE_OF, { t: { url: 'javascript:alert(1)' } });
    expect(errorCode(bad)).toBe('BAD_USER_INPUT');
    const two = await people.bo.request(DELETE_OF, { t: { postId: postIds[0], fileId } });
    expect(errorCode(two)).toBe('BAD_USER_INPUT');
  });

  it('hands saves, edits and deletes to search through the outbox, ids only', async () => {
    await t.drainOutbox();
    events.length = 0;
    const b = await save(people.cy, { url: 'https://events.example.org/' });
    await people.cy.ok(
      `mutation ($id: ID!) { updateBookmark(id: $id, input: { title: "New" }) { id } }`,
      {
        id: b.id,
      },
    );
    await people.cy.ok(`mutation ($id: ID!) { deleteBookmark(id: $id) }`, { id: b.id });
    const refused = await people.cy.request(CREATE, { i: { url: 'javascript:alert(1)' } });
    expect(errorCode(refused)).toBe('BAD_USER_INPUT');
    await t.drainOutbox();
    // Jobs may run side by side: compare per event type.
    const of = (type: string) => events.filter(([name]) => name === type).map(([, p]) => p);
    expect(events).toHaveLength(3);
    expect(of('bookmarks.bookmark.saved')).toEqual([{ bookmarkId: b.id }, { bookmarkId: b.id }]);
    expect(of('bookmarks.bookmark.deleted')).toEqual([{ bookmarkId: b.id }]);
  });
});
