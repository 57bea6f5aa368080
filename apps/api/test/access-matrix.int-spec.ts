import { randomUUID } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createTestApp, errorCode, signUpPerson } from '@outloud/server-core/testing';
import type { GraphqlClient, TestApp } from '@outloud/server-core/testing';
import { DOMAIN_MODULES } from '../src/app.module';

/**
 * The authorization matrix (issue 4, SECURITY-TESTS A4/A8/A10): every read path × every kind of
 * viewer × every community type. Each community holds a question containing a unique canary
 * token; a path "shows" the post when the canary appears anywhere in its response.
 * To cover a new read path, add one entry to READ_PATHS.
 */

type CommunityType = 'OPEN' | 'MODERATED' | 'RESTRICTED';
type ViewerKind =
  'outsider' | 'requester' | 'member' | 'owner' | 'siteModerator' | 'admin' | 'mentioned';

interface Fixture {
  postId: string;
  replyId: string;
  slug: string;
  canary: string;
  tag: string;
  fileId: string;
  communityId: string;
}

const PASSWORD = 'correct horse battery';
const TYPES: CommunityType[] = ['OPEN', 'MODERATED', 'RESTRICTED'];
const VIEWERS: ViewerKind[] = [
  'outsider',
  'requester',
  'member',
  'owner',
  'siteModerator',
  'admin',
  'mentioned',
];

/** Who may see the posts: everyone, unless the community is restricted (then members only). */
const seesPosts = (type: CommunityType, viewer: ViewerKind) =>
  type !== 'RESTRICTED' || viewer === 'member' || viewer === 'owner';
/** Who may see the community itself: restricted ones also show to people invited to them. */
const seesCommunity = (type: CommunityType, viewer: ViewerKind) =>
  seesPosts(type, viewer) || (type === 'RESTRICTED' && viewer === 'requester');

/** Each read path returns the raw JSON text of its response(s); the canary must not leak into it. */
const READ_PATHS: {
  name: string;
  expect: typeof seesPosts;
  run: (c: GraphqlClient, f: Fixture) => Promise<string>;
}[] = [
  {
    name: 'post by id',
    expect: seesPosts,
    run: (c, f) =>
      text(c, `query ($id: ID!) { post(id: $id) { body bodyHtml replies { nodes { body } } } }`, {
        id: f.postId,
      }),
  },
  {
    name: 'discover',
    expect: seesPosts,
    run: (c) => text(c, `{ discover(first: 100) { nodes { body } } }`),
  },
  {
    name: 'home feed (following the author)',
    expect: seesPosts,
    run: (c) => text(c, `{ homeFeed(first: 100) { nodes { body } } }`),
  },
  {
    name: "author's board",
    expect: seesPosts,
    run: (c) => text(c, `{ user(handle: "owner") { board(first: 100) { nodes { body } } } }`),
  },
  {
    name: "mentioned person's board",
    expect: seesPosts,
    run: (c) => text(c, `{ user(handle: "mentioned") { board(first: 100) { nodes { body } } } }`),
  },
  {
    name: 'questions',
    expect: seesPosts,
    run: (c) => text(c, `{ questions(first: 100) { nodes { body acceptedAnswer { body } } } }`),
  },
  {
    name: 'tag page posts',
    expect: seesPosts,
    run: (c, f) =>
      text(c, `query ($t: String!) { taggedPosts(tag: $t) { nodes { body } } }`, { t: f.tag }),
  },
  {
    name: 'tag count (no leak through counts)',
    expect: seesPosts,
    run: async (c, f) => {
      const data = await c.ok<{ tag: { postCount: number } }>(
        `query ($t: String!) { tag(name: $t) { postCount } }`,
        { t: f.tag },
      );
      return data.tag.postCount > 0 ? f.canary : '';
    },
  },
  {
    name: 'trending tags',
    expect: seesPosts,
    run: async (c, f) => {
      const data = await c.ok<{ trendingTags: { name: string }[] }>(
        `{ trendingTags(limit: 50) { name } }`,
      );
      return data.trendingTags.some((t) => t.name === f.tag) ? f.canary : '';
    },
  },
  {
    name: 'community board posts',
    expect: seesPosts,
    run: (c, f) =>
      text(
        c,
        `query ($s: String!) { community(slug: $s) { posts { nodes { body } } unansweredQuestions { nodes { body } } } }`,
        { s: f.slug },
      ),
  },
  {
    name: 'reply → post (nested)',
    expect: seesPosts,
    run: (c, f) =>
      text(c, `query ($id: ID!) { post(id: $id) { replies { nodes { post { body } } } } }`, {
        id: f.postId,
      }),
  },
  {
    name: 'community by address',
    expect: seesCommunity,
    run: async (c, f) => {
      const data = await c.ok<{ community: unknown }>(
        `query ($s: String!) { community(slug: $s) { name } }`,
        { s: f.slug },
      );
      return data.community ? f.canary : '';
    },
  },
  {
    name: 'community catalogue',
    expect: seesCommunity,
    run: async (c, f) => {
      const data = await c.ok<{ communities: { nodes: { slug: string }[] } }>(
        `{ communities(first: 100) { nodes { slug } } }`,
      );
      return data.communities.nodes.some((n) => n.slug === f.slug) ? f.canary : '';
    },
  },
  {
    name: 'file by id and its download',
    expect: seesPosts,
    run: async (c, f) => {
      const meta = await text(c, `query ($id: ID!) { file(id: $id) { name description } }`, {
        id: f.fileId,
      });
      const res = await fetch(`${t.url}/files/${f.fileId}/download`, {
        headers: { cookie: c.cookieHeader },
      });
      if (![200, 404].includes(res.status)) throw new Error(`download: ${res.status}`);
      return meta + (await res.text());
    },
  },
  {
    name: 'file lists (all, by community, by owner, popular)',
    expect: seesPosts,
    run: async (c, f) => {
      const { community } = await c.ok<{ community: { id: string } | null }>(
        `query ($s: String!) { community(slug: $s) { id } }`,
        { s: f.slug },
      );
      return text(
        c,
        `query ($c: ID) { all: files(first: 100) { nodes { description } }
          inCommunity: files(communityId: $c) { nodes { description } }
          byOwner: files(ownerHandle: "owner", first: 100) { nodes { description } }
          d: popularFiles(by: DOWNLOADS, limit: 50) { description }
          l: popularFiles(by: LIKES, limit: 50) { description } }`,
        { c: community?.id ?? null },
      );
    },
  },
  {
    name: 'post → files (nested)',
    expect: seesPosts,
    run: (c, f) =>
      text(c, `query ($id: ID!) { post(id: $id) { files { description } } }`, { id: f.postId }),
  },
  {
    name: 'bookmarks of the post (lists, popular)',
    expect: seesPosts,
    run: (c) =>
      text(
        c,
        `{ bookmarks(first: 100) { nodes { title } } byMember: bookmarks(ownerHandle: "member") { nodes { title } }
           popularBookmarks(limit: 50) { bookmark { title } } }`,
      ),
  },
  {
    // The member answered the canary question: evidence that only those who may read the
    // community can be pointed to (never oneself).
    name: 'suggested experts (anywhere, and in the community)',
    expect: (type, viewer) => seesPosts(type, viewer) && viewer !== 'member',
    run: async (c, f) => {
      const q = `query ($d: String!, $c: ID) { suggestedExperts(draft: $d, communityId: $c) { user { handle } } }`;
      const found = async (communityId?: string) =>
        (
          await c.ok<{ suggestedExperts: { user: { handle: string } }[] }>(q, {
            d: `#${f.tag}`, // the member also answered elsewhere: only this community's tag
            c: communityId,
          })
        ).suggestedExperts.some((e) => e.user.handle === 'member');
      const [anywhere, inside] = [await found(), await found(f.communityId)];
      return anywhere || inside ? f.canary : '';
    },
  },
  {
    // The member's answer is evidence: their "Known for" shows its post (with the canary) only
    // to those who may read the community, the member included.
    name: "the answerer's Known for",
    expect: seesPosts,
    run: (c) =>
      text(
        c,
        `{ user(handle: "member") { knownFor(first: 12) { topic evidence { postId title } } } }`,
      ),
  },
  {
    name: 'people who know about the tag',
    expect: (type, viewer) => seesPosts(type, viewer) && viewer !== 'member',
    run: async (c, f) => {
      const data = await c.ok<{ peopleWhoKnow: { user: { handle: string } }[] }>(
        `query ($t: String!) { peopleWhoKnow(topic: $t) { user { handle } } }`,
        { t: f.tag },
      );
      return data.peopleWhoKnow.some((e) => e.user.handle === 'member') ? f.canary : '';
    },
  },
  {
    // Admins only; the admin is in no community, so a restricted question is only counted.
    name: 'knowledge reuse: most reused questions (GraphQL and CSV)',
    expect: (type, viewer) => viewer === 'admin' && type !== 'RESTRICTED',
    run: async (c, f) => {
      await reuseCounted(f);
      const res = await c.request(
        `{ adoptionAnalytics(input: { days: 7 }) { knowledgeReuse { topQuestions { postId excerpt } hidden { questions } } } }`,
      );
      if (res.errors?.some((e) => e.extensions?.code !== 'FORBIDDEN'))
        throw new Error(`knowledgeReuse: ${JSON.stringify(res.errors)}`);
      const csv = await fetch(`${t.url}/analytics/export/reuse.csv?days=7`, {
        headers: { cookie: c.cookieHeader },
      });
      if (![200, 403].includes(csv.status)) throw new Error(`reuse.csv: ${csv.status}`);
      return res.text + (await csv.text());
    },
  },
];

/** Each canary question was reused today (the counts as the buffered counter writes them). */
const reused = new Set<string>();
async function reuseCounted(f: Fixture): Promise<void> {
  if (reused.has(f.postId)) return;
  reused.add(f.postId);
  await t.dataSource.query(
    `INSERT INTO analytics_question_reuse (day, post_id, views, search_clicks)
     VALUES ((now() AT TIME ZONE 'UTC')::date, $1, 1, 1) ON CONFLICT DO NOTHING`,
    [f.postId],
  );
}

/** Mutations on the canary post: invisible → NOT_FOUND and no side effect (A10). */
const WRITE_PATHS: { name: string; run: (c: GraphqlClient, f: Fixture) => Promise<unknown> }[] = [
  {
    name: 'like',
    run: (c, f) => c.request(`mutation ($id: ID!) { likePost(id: $id) { id } }`, { id: f.postId }),
  },
  {
    name: 'reply',
    run: (c, f) =>
      c.request(`mutation ($id: ID!) { createReply(postId: $id, input: { body: "x" }) { id } }`, {
        id: f.postId,
      }),
  },
  {
    name: 'accept',
    run: (c, f) =>
      c.request(`mutation ($p: ID!, $r: ID!) { acceptAnswer(postId: $p, replyId: $r) { id } }`, {
        p: f.postId,
        r: f.replyId,
      }),
  },
  {
    name: 'edit',
    run: (c, f) =>
      c.request(`mutation ($id: ID!) { editPost(id: $id, input: { body: "x" }) { id } }`, {
        id: f.postId,
      }),
  },
  {
    name: 'delete',
    run: (c, f) =>
      c.request(`mutation ($id: ID!) { deletePost(id: $id) { id } }`, { id: f.postId }),
  },
  {
    name: 'like reply',
    run: (c, f) =>
      c.request(`mutation ($id: ID!) { likeReply(id: $id) { id } }`, { id: f.replyId }),
  },
];

async function text(
  c: GraphqlClient,
  query: string,
  variables: Record<string, unknown> = {},
): Promise<string> {
  const res = await c.request(query, variables);
  if (res.errors?.length) throw new Error(`${query}: ${JSON.stringify(res.errors)}`);
  return res.text;
}

let t: TestApp;
const clients = {} as Record<ViewerKind | 'deactivated', GraphqlClient>;
const ids = {} as Record<string, string>;
const fixtures = {} as Record<CommunityType, Fixture>;

async function signUp(handle: string): Promise<GraphqlClient> {
  const { client, id } = await signUpPerson(t, handle, { password: PASSWORD });
  ids[handle] = id;
  return client;
}

/** A file in the community whose description and content carry the canary. */
async function uploadCanaryFile(c: GraphqlClient, communityId: string, canary: string) {
  const form = new FormData();
  form.append('name', 'canary.txt');
  form.append('description', `About ${canary}`);
  form.append('communityId', communityId);
  form.append('file', new Blob([`Contents ${canary}\n`]), 'canary.txt');
  const res = await fetch(`${t.url}/files/uploads`, {
    method: 'POST',
    headers: { cookie: c.cookieHeader, 'x-outloud-csrf': '1' },
    body: form,
  });
  const body = (await res.json()) as { file?: { id: string } };
  if (!body.file) throw new Error(`upload failed: ${JSON.stringify(body)}`);
  return body.file.id;
}

async function logIn(handle: string): Promise<GraphqlClient> {
  const c = t.client();
  await c.ok(`mutation ($i: LogInInput!) { logIn(input: $i) { viewer { id } } }`, {
    i: { login: handle, password: PASSWORD },
  });
  return c;
}

beforeAll(async () => {
  t = await createTestApp({
    imports: DOMAIN_MODULES,
    config: { DATA_DIR: mkdtempSync(join(tmpdir(), 'outloud-matrix-')) },
  });
  clients.admin = await signUp('siteAdmin'); // the first account is the site admin
  for (const kind of [
    'owner',
    'member',
    'requester',
    'outsider',
    'siteModerator',
    'mentioned',
    'deactivated',
  ] as const) {
    clients[kind] = await signUp(kind);
  }
  await clients.admin.ok(
    `mutation ($id: ID!) { setUserRole(userId: $id, role: MODERATOR) { id } }`,
    { id: ids.siteModerator },
  );
  clients.siteModerator = await logIn('siteModerator');
  for (const kind of VIEWERS) {
    if (kind !== 'owner') await clients[kind].ok(`mutation { followUser(handle: "owner") { id } }`);
  }

  for (const type of TYPES) {
    const slug = `c-${type.toLowerCase()}`;
    const { createCommunity } = await clients.owner.ok<{ createCommunity: { id: string } }>(
      `mutation ($i: CreateCommunityInput!) { createCommunity(input: $i) { id } }`,
      { i: { name: `Community ${type}`, slug, type } },
    );
    const cid = createCommunity.id;
    const join = `mutation ($id: ID!) { joinCommunity(id: $id) { state } }`;
    if (type === 'RESTRICTED') {
      for (const who of ['member', 'deactivated', 'requester']) {
        await clients.owner.ok(
          `mutation ($id: ID!, $h: String!) { inviteToCommunity(communityId: $id, handle: $h) { state } }`,
          { id: cid, h: who },
        );
      }
      await clients.member.ok(join, { id: cid });
      await clients.deactivated.ok(join, { id: cid });
    } else {
      await clients.member.ok(join, { id: cid });
      await clients.deactivated.ok(join, { id: cid });
      await clients.requester.ok(join, { id: cid }); // open: joins; moderated: asks
      if (type === 'MODERATED') {
        await clients.owner.ok(
          `mutation ($c: ID!, $u: ID!) { approveJoinRequest(communityId: $c, userId: $u) }`,
          { c: cid, u: ids.member },
        );
        await clients.owner.ok(
          `mutation ($c: ID!, $u: ID!) { approveJoinRequest(communityId: $c, userId: $u) }`,
          { c: cid, u: ids.deactivated },
        );
      }
    }
    const canary = `CANARY-${type}-${randomUUID()}`;
    const tag = `canary${type.toLowerCase()}`;
    const { createPost } = await clients.owner.ok<{ createPost: { id: string } }>(
      `mutation ($i: CreatePostInput!) { createPost(input: $i) { id } }`,
      {
        i: { body: `Who knows ${canary}? @mentioned #${tag}`, isQuestion: true, communityId: cid },
      },
    );
    const { createReply } = await clients.member.ok<{ createReply: { id: string } }>(
      `mutation ($p: ID!, $i: ReplyInput!) { createReply(postId: $p, input: $i) { id } }`,
      { p: createPost.id, i: { body: `Answer ${canary}` } },
    );
    const fileId = await uploadCanaryFile(clients.owner, cid, canary);
    await clients.owner.ok(
      `mutation ($p: ID!, $f: [ID!]!) { attachFilesToPost(postId: $p, fileIds: $f) { id } }`,
      { p: createPost.id, f: [fileId] },
    );
    await fetch(`${t.url}/files/${fileId}/download`, {
      headers: { cookie: clients.member.cookieHeader },
    });
    await clients.member.ok(`mutation ($id: ID!) { likeFile(id: $id) { id } }`, { id: fileId });
    await clients.member.ok(`mutation ($p: ID!) { createBookmark(input: { postId: $p }) { id } }`, {
      p: createPost.id,
    });
    fixtures[type] = {
      postId: createPost.id,
      replyId: createReply.id,
      slug,
      canary,
      tag,
      fileId,
      communityId: cid,
    };
  }
  await clients.admin.ok(`mutation ($id: ID!) { deactivateUser(userId: $id) { id } }`, {
    id: ids.deactivated,
  });
  // Derived data (expertise evidence) is in place before the reads.
  await t.drainOutbox();
});
afterAll(() => t?.close());

describe.each(TYPES)('%s community', (type) => {
  describe.each(VIEWERS)('seen by %s', (viewer) => {
    it.each(READ_PATHS.map((p) => [p.name, p] as const))('%s', async (_name, path) => {
      const f = fixtures[type];
      const body = await path.run(clients[viewer], f);
      expect({ path: path.name, shows: body.includes(f.canary) }).toEqual({
        path: path.name,
        shows: path.expect(type, viewer),
      });
    });
  });

  it('refuses every read to a deactivated member (their session ended)', async () => {
    for (const path of READ_PATHS) {
      await expect(path.run(clients.deactivated, fixtures[type])).rejects.toThrow(
        /UNAUTHENTICATED|Please log in/,
      );
    }
  });

  if (type === 'RESTRICTED') {
    it.each(WRITE_PATHS.map((p) => [p.name, p] as const))(
      'outsider %s → NOT_FOUND, nothing changes',
      async (_name, path) => {
        const f = fixtures[type];
        const before = await snapshot(f.postId);
        const res = (await path.run(clients.outsider, f)) as {
          errors?: { extensions?: { code?: string } }[];
        };
        expect(res.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
        expect(await snapshot(f.postId)).toEqual(before);
      },
    );
  }
});

async function snapshot(postId: string) {
  return t.dataSource.query(
    `SELECT p.body, p.like_count, p.reply_count, p.accepted_reply_id, p.deleted_at,
            (SELECT count(*) FROM likes l WHERE l.subject_id = p.id OR l.subject_id IN (SELECT id FROM replies WHERE post_id = p.id)) AS likes,
            (SELECT count(*) FROM outbox_jobs) AS jobs
       FROM posts p WHERE p.id = $1`,
    [postId],
  );
}

describe('indirect paths and changes take effect at once', () => {
  it('a restricted post quoted by id in a public reply stays hidden', async () => {
    const f = fixtures.RESTRICTED;
    const publicPost = await clients.member.ok<{ createPost: { id: string } }>(
      `mutation { createPost(input: { body: "Public question" }) { id } }`,
    );
    await clients.member.ok(
      `mutation ($p: ID!, $b: String!) { createReply(postId: $p, input: { body: $b }) { id } }`,
      {
        p: publicPost.createPost.id,
        b: `See /posts/${f.postId}`,
      },
    );
    const seen = await text(
      clients.outsider,
      `query ($id: ID!) { post(id: $id) { replies { nodes { body } } } }`,
      { id: publicPost.createPost.id },
    );
    expect(seen).toContain(f.postId);
    expect(seen).not.toContain(f.canary);
    expect(
      await text(clients.outsider, `query ($id: ID!) { post(id: $id) { id } }`, { id: f.postId }),
    ).toContain('"post":null');
  });

  it('tells the author which mentioned people cannot see a restricted post', async () => {
    const f = fixtures.RESTRICTED;
    const q = `query ($id: ID!) { post(id: $id) { mentionedWhoCannotSee { handle } } }`;
    const asAuthor = await clients.owner.ok<{
      post: { mentionedWhoCannotSee: { handle: string }[] };
    }>(q, { id: f.postId });
    expect(asAuthor.post.mentionedWhoCannotSee).toEqual([{ handle: 'mentioned' }]);
    const asMember = await clients.member.ok<{ post: { mentionedWhoCannotSee: unknown[] } }>(q, {
      id: f.postId,
    });
    expect(asMember.post.mentionedWhoCannotSee).toEqual([]);
  });

  it('a member who leaves a restricted community loses access at once', async () => {
    const f = fixtures.RESTRICTED;
    const leaver = await signUp('leaver');
    const { community } = await clients.owner.ok<{ community: { id: string } }>(
      `query ($s: String!) { community(slug: $s) { id } }`,
      { s: f.slug },
    );
    await clients.owner.ok(
      `mutation ($id: ID!) { inviteToCommunity(communityId: $id, handle: "leaver") { state } }`,
      { id: community.id },
    );
    await leaver.ok(`mutation ($id: ID!) { joinCommunity(id: $id) { state } }`, {
      id: community.id,
    });
    const q = `query ($id: ID!) { post(id: $id) { body } }`;
    expect(await text(leaver, q, { id: f.postId })).toContain(f.canary);
    await leaver.ok(`mutation ($id: ID!) { leaveCommunity(id: $id) }`, { id: community.id });
    expect(await text(leaver, q, { id: f.postId })).not.toContain(f.canary);
    expect(await text(leaver, `{ discover(first: 100) { nodes { body } } }`)).not.toContain(
      f.canary,
    );
  });

  it('switching open → restricted hides everything from outsiders at once, and back', async () => {
    const owner = clients.owner;
    const { createCommunity } = await owner.ok<{ createCommunity: { id: string } }>(
      `mutation { createCommunity(input: { name: "Switcher", slug: "switcher" }) { id } }`,
    );
    const canary = `CANARY-SWITCH-${randomUUID()}`;
    await owner.ok(`mutation ($i: CreatePostInput!) { createPost(input: $i) { id } }`, {
      i: { body: canary, communityId: createCommunity.id },
    });
    const discover = `{ discover(first: 100) { nodes { body audienceLabel } } }`;
    expect(await text(clients.outsider, discover)).toContain(canary);
    await owner.ok(
      `mutation ($id: ID!) { updateCommunity(id: $id, input: { type: RESTRICTED }) { type } }`,
      { id: createCommunity.id },
    );
    expect(await text(clients.outsider, discover)).not.toContain(canary);
    const ownerView = await owner.ok<{
      discover: { nodes: { body: string; audienceLabel: string }[] };
    }>(discover);
    expect(ownerView.discover.nodes.find((n) => n.body === canary)?.audienceLabel).toBe(
      'Only the 1 member of Switcher can see this',
    );
    await owner.ok(
      `mutation ($id: ID!) { updateCommunity(id: $id, input: { type: OPEN }) { type } }`,
      { id: createCommunity.id },
    );
    expect(await text(clients.outsider, discover)).toContain(canary);
  });
});

describe('community rules and bad input', () => {
  it('refuses a duplicate address in another case, writing nothing', async () => {
    const before = await t.dataSource.query(`SELECT count(*)::int AS n FROM communities`);
    const res = await clients.member.request(
      `mutation { createCommunity(input: { name: "Dup", slug: "C-OPEN" }) { id } }`,
    );
    expect(errorCode(res)).toBe('CONFLICT');
    expect(await t.dataSource.query(`SELECT count(*)::int AS n FROM communities`)).toEqual(before);
  });

  it.each([
    ['bad address', { name: 'X', slug: 'Has Spaces!' }, 'input.slug'],
    ['empty name', { name: '   ', slug: 'empty-name' }, 'input.name'],
  ])('rejects %s with the field path', async (_label, input, path) => {
    const res = await clients.member.request(
      `mutation ($i: CreateCommunityInput!) { createCommunity(input: $i) { id } }`,
      { i: input },
    );
    expect(errorCode(res)).toBe('BAD_USER_INPUT');
    expect((res.errors?.[0].extensions?.fields as { path: string }[]).map((f) => f.path)).toContain(
      path,
    );
  });

  it('refuses joining twice, approving a non-request, and the last owner leaving', async () => {
    const { community } = await clients.owner.ok<{ community: { id: string } }>(
      `{ community(slug: "c-open") { id } }`,
    );
    expect(
      errorCode(
        await clients.member.request(`mutation ($id: ID!) { joinCommunity(id: $id) { state } }`, {
          id: community.id,
        }),
      ),
    ).toBe('CONFLICT');
    expect(
      errorCode(
        await clients.owner.request(
          `mutation ($c: ID!, $u: ID!) { approveJoinRequest(communityId: $c, userId: $u) }`,
          { c: community.id, u: ids.outsider },
        ),
      ),
    ).toBe('CONFLICT');
    expect(
      errorCode(
        await clients.owner.request(`mutation ($id: ID!) { leaveCommunity(id: $id) }`, {
          id: community.id,
        }),
      ),
    ).toBe('CONFLICT');
    expect(
      errorCode(
        await clients.owner.request(
          `mutation ($c: ID!, $u: ID!) { removeCommunityMember(communityId: $c, userId: $u) }`,
          { c: community.id, u: ids.owner },
        ),
      ),
    ).toBe('CONFLICT');
    expect(
      errorCode(
        await clients.member.request(
          `mutation ($c: ID!, $u: ID!) { removeCommunityMember(communityId: $c, userId: $u) }`,
          { c: community.id, u: ids.owner },
        ),
      ),
    ).toBe('FORBIDDEN');
  });

  it('lets only members post in a moderated community, and a pending requester is not a member', async () => {
    const { community } = await clients.owner.ok<{
      community: { id: string; viewerMembership: unknown };
    }>(`{ community(slug: "c-moderated") { id } }`);
    const before = await t.dataSource.query(`SELECT count(*)::int AS n FROM posts`);
    for (const who of ['outsider', 'requester'] as const) {
      const res = await clients[who].request(
        `mutation ($i: CreatePostInput!) { createPost(input: $i) { id } }`,
        { i: { body: 'hi', communityId: community.id } },
      );
      expect(errorCode(res)).toBe('FORBIDDEN');
    }
    expect(await t.dataSource.query(`SELECT count(*)::int AS n FROM posts`)).toEqual(before);
    const membership = await clients.requester.ok<{
      community: { viewerMembership: { state: string } };
    }>(`{ community(slug: "c-moderated") { viewerMembership { state } } }`);
    expect(membership.community.viewerMembership.state).toBe('REQUESTED');
  });

  it('shows join requests to owners only, and member counts', async () => {
    const q = `{ community(slug: "c-moderated") { memberCount joinRequests { nodes { user { handle } } } members { nodes { role user { handle } } } } }`;
    const asOwner = await clients.owner.ok<{
      community: {
        memberCount: number;
        joinRequests: { nodes: { user: { handle: string } }[] };
        members: { nodes: { role: string }[] };
      };
    }>(q);
    expect(asOwner.community.joinRequests.nodes.map((n) => n.user.handle)).toEqual(['requester']);
    expect(asOwner.community.memberCount).toBe(3);
    expect(asOwner.community.members.nodes[0].role).toBe('OWNER');
    const asMember = await clients.member.ok<{ community: { joinRequests: null } }>(q);
    expect(asMember.community.joinRequests).toBeNull();
  });

  it('serves a community image only to people who may see the community', async () => {
    const png =
      'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==';
    const { createCommunity } = await clients.owner.ok<{
      createCommunity: { id: string; imageUrl: string };
    }>(`mutation ($i: CreateCommunityInput!) { createCommunity(input: $i) { id imageUrl } }`, {
      i: {
        name: 'Pictured',
        slug: 'pictured',
        type: 'RESTRICTED',
        imageDataUrl: `data:image/png;base64,${png}`,
      },
    });
    const get = (c: GraphqlClient) =>
      fetch(`${t.url}${createCommunity.imageUrl}`, { headers: { cookie: c.cookieHeader } });
    const asOwner = await get(clients.owner);
    expect(asOwner.status).toBe(200);
    expect(asOwner.headers.get('content-type')).toBe('image/webp'); // re-encoded
    expect((await get(clients.outsider)).status).toBe(404);
    const fake = await clients.owner.request(
      `mutation ($id: ID!, $u: String!) { updateCommunity(id: $id, input: { imageDataUrl: $u }) { id } }`,
      {
        id: createCommunity.id,
        u: `data:image/png;base64,${Buffer.from('<html>').toString('base64')}`,
      },
    );
    expect(errorCode(fake)).toBe('BAD_USER_INPUT');
  });

  it('keeps posts in a community out of nobody’s sight: posting into a restricted one derives the audience', async () => {
    const [row] = await t.dataSource.query(`SELECT audience FROM posts WHERE id = $1`, [
      fixtures.RESTRICTED.postId,
    ]);
    expect(row.audience).toBe('members');
    const [open] = await t.dataSource.query(`SELECT audience FROM posts WHERE id = $1`, [
      fixtures.OPEN.postId,
    ]);
    expect(open.audience).toBe('public');
  });
});

/**
 * Hidden content (issue 19): a post, a reply, an accepted answer, a file, a file comment, a
 * bookmark of a hidden post, a bookmark hidden itself and a profile, each carrying one canary
 * word, hidden by the community's owner. Every read path then shows the canary only to its
 * author (`member`), the community's owner and site moderators and admins who may see the
 * community's posts; search, similar questions and suggested experts show it to nobody (hidden
 * content has no search document). Before hiding, the same paths show it (the canaries are live).
 */
describe('hidden content', () => {
  type Hidden = {
    canary: string;
    expertWord: string;
    slug: string;
    postId: string;
    fileId: string;
    tag: string;
  };
  const hidden = {} as Record<'OPEN' | 'RESTRICTED', Hidden>;
  const allowed = ['member', 'owner', 'siteModerator', 'admin'] as const;
  const seesHidden = (type: CommunityType, viewer: ViewerKind) =>
    seesPosts(type, viewer) && (allowed as readonly string[]).includes(viewer);
  const nobody = () => false;

  const HIDDEN_PATHS: {
    name: string;
    expect: (type: CommunityType, viewer: ViewerKind) => boolean;
    run: (c: GraphqlClient, h: Hidden) => Promise<string>;
  }[] = [
    {
      name: 'post by id (and its replies)',
      expect: seesHidden,
      run: (c, h) =>
        text(c, `query ($id: ID!) { post(id: $id) { body replies { nodes { body } } } }`, {
          id: h.postId,
        }),
    },
    {
      name: 'discover, questions with accepted answers, home feed',
      expect: seesHidden,
      run: (c) =>
        text(
          c,
          `{ discover(first: 100) { nodes { body acceptedAnswer { body } replies { nodes { body } } } }
             questions(first: 100) { nodes { body acceptedAnswer { body } } }
             homeFeed(first: 100) { nodes { body } } }`,
        ),
    },
    {
      name: "the author's and the mentioned person's boards",
      expect: seesHidden,
      run: (c) =>
        text(
          c,
          `{ a: user(handle: "member") { board(first: 100) { nodes { body } } }
             m: user(handle: "mentioned") { board(first: 100) { nodes { body } } } }`,
        ),
    },
    {
      name: 'tag page, tag count, trending tags',
      expect: seesHidden,
      run: async (c, h) => {
        const data = await c.ok<{
          tag: { postCount: number };
          taggedPosts: { nodes: { body: string }[] };
          trendingTags: { name: string }[];
        }>(
          `query ($t: String!) { tag(name: $t) { postCount } taggedPosts(tag: $t) { nodes { body } }
             trendingTags(limit: 50) { name } }`,
          { t: h.tag },
        );
        const counted = data.tag.postCount > 0 || data.trendingTags.some((t) => t.name === h.tag);
        return JSON.stringify(data.taggedPosts) + (counted ? h.canary : '');
      },
    },
    {
      name: 'community board',
      expect: seesHidden,
      run: (c, h) =>
        text(
          c,
          `query ($s: String!) { community(slug: $s) { posts { nodes { body replies { nodes { body } } } } } }`,
          { s: h.slug },
        ),
    },
    {
      name: 'file by id, its download and its comments, file lists',
      expect: seesHidden,
      run: async (c, h) => {
        const meta = await text(
          c,
          `query ($id: ID!) { file(id: $id) { description } files(first: 100) { nodes { description comments { body } } }
             popularFiles(by: LIKES, limit: 50) { description } }`,
          { id: h.fileId },
        );
        const res = await fetch(`${t.url}/files/${h.fileId}/download`, {
          headers: { cookie: c.cookieHeader },
        });
        return meta + (res.ok ? await res.text() : '');
      },
    },
    {
      name: 'bookmarks (hidden ones, and bookmarks of hidden posts)',
      // The hidden link bookmark lives in no community: every site moderator moderates it.
      expect: (type, viewer) =>
        seesHidden(type, viewer) || viewer === 'siteModerator' || viewer === 'admin',
      run: (c) =>
        text(
          c,
          `{ bookmarks(first: 100) { nodes { title } } popularBookmarks(limit: 50) { bookmark { title } } }`,
        ),
    },
    {
      name: 'search (posts, files, bookmarks)',
      expect: nobody,
      run: (c, h) =>
        text(
          c,
          `query ($q: String!) { search(query: $q, first: 50) { nodes { post { body } file { description } bookmark { title } } } }`,
          { q: h.canary },
        ),
    },
    {
      name: 'similar questions and suggested experts',
      expect: nobody,
      run: async (c, h) => {
        const data = await c.ok<{
          similarQuestions: { body: string }[];
          suggestedExperts: { user: { handle: string } }[];
        }>(
          `query ($d: String!, $e: String!) { similarQuestions(draft: $d) { body }
             suggestedExperts(draft: $e) { user { handle } } }`,
          { d: `How do I ${h.canary} the quarterly report?`, e: `Who can ${h.expertWord} it?` },
        );
        const expert = data.suggestedExperts.some((e) => e.user.handle === 'member');
        return JSON.stringify(data.similarQuestions) + (expert ? h.canary : '');
      },
    },
  ];

  const asOwner = <T>(q: string, v: Record<string, unknown> = {}) => clients.owner.ok<T>(q, v);

  beforeAll(async () => {
    for (const kind of VIEWERS)
      if (kind !== 'member')
        await clients[kind].request(`mutation { followUser(handle: "member") { id } }`);
    await clients.member.ok(`mutation ($h: String!) { updateProfile(input: { bio: $h }) { id } }`, {
      h: 'Ask me anything',
    });
    for (const type of ['OPEN', 'RESTRICTED'] as const) {
      const canary = `hush${randomUUID()
        .replace(/[^a-f]/g, '')
        .slice(0, 8)}x${type.toLowerCase()}`;
      const expertWord = canary.replace('hush', 'open');
      const slug = `c-${type.toLowerCase()}`;
      const { community } = await asOwner<{ community: { id: string } }>(
        `query ($s: String!) { community(slug: $s) { id } }`,
        { s: slug },
      );
      const tag = `hushtag${type.toLowerCase()}`;
      // The member's question (hidden), answered by the owner and accepted.
      const { createPost } = await clients.member.ok<{ createPost: { id: string } }>(
        `mutation ($i: CreatePostInput!) { createPost(input: $i) { id } }`,
        {
          i: {
            body: `How do I ${canary} the quarterly report? @mentioned #${tag}`,
            isQuestion: true,
            communityId: community.id,
          },
        },
      );
      const ownerReply = await asOwner<{ createReply: { id: string } }>(
        `mutation ($p: ID!) { createReply(postId: $p, input: { body: "Use the template." }) { id } }`,
        { p: createPost.id },
      );
      await clients.member.ok(
        `mutation ($p: ID!, $r: ID!) { acceptAnswer(postId: $p, replyId: $r) { id } }`,
        { p: createPost.id, r: ownerReply.createReply.id },
      );
      // The owner's visible question with the member's accepted answer (hidden).
      const visible = await asOwner<{ createPost: { id: string } }>(
        `mutation ($i: CreatePostInput!) { createPost(input: $i) { id } }`,
        {
          i: {
            body: `Who can ${expertWord} the quarterly report?`,
            isQuestion: true,
            communityId: community.id,
          },
        },
      );
      const memberReply = await clients.member.ok<{ createReply: { id: string } }>(
        `mutation ($p: ID!, $b: String!) { createReply(postId: $p, input: { body: $b }) { id } }`,
        { p: visible.createPost.id, b: `Answer: ${canary} it with care.` },
      );
      await asOwner(
        `mutation ($p: ID!, $r: ID!) { acceptAnswer(postId: $p, replyId: $r) { id } }`,
        {
          p: visible.createPost.id,
          r: memberReply.createReply.id,
        },
      );
      const fileId = await uploadCanaryFile(clients.member, community.id, canary);
      await clients.outsider.request(`mutation ($id: ID!) { likeFile(id: $id) { id } }`, {
        id: fileId,
      });
      await clients.member.request(`mutation ($id: ID!) { likeFile(id: $id) { id } }`, {
        id: fileId,
      });
      const ownerFile = await uploadCanaryFile(clients.owner, community.id, 'plain');
      const comment = await clients.member.ok<{ commentOnFile: { id: string } }>(
        `mutation ($f: ID!, $b: String!) { commentOnFile(fileId: $f, body: $b) { id } }`,
        { f: ownerFile, b: `Comment ${canary}` },
      );
      const ownBookmark = await clients.member.ok<{ createBookmark: { id: string } }>(
        `mutation ($t: String!, $u: String!) { createBookmark(input: { url: $u, title: $t }) { id } }`,
        { t: `Link ${canary}`, u: `https://example.com/${canary}` },
      );
      await asOwner(
        `mutation ($p: ID!, $t: String!) { createBookmark(input: { postId: $p, title: $t }) { id } }`,
        {
          p: createPost.id,
          t: `Saved ${canary}`,
        },
      );
      hidden[type] = { canary, expertWord, slug, postId: createPost.id, fileId, tag };
      await t.drainOutbox();
      // Live before hiding: the owner sees the canary on every path.
      for (const path of HIDDEN_PATHS)
        expect({
          path: path.name,
          shows: (await path.run(clients.owner, hidden[type])).includes(canary),
        }).toEqual({
          path: path.name,
          shows: true,
        });
      // The owner reports and hides them all (a community owner moderates its content).
      const targets: [string, string][] = [
        ['POST', createPost.id],
        ['REPLY', memberReply.createReply.id],
        ['FILE', fileId],
        ['FILE_COMMENT', comment.commentOnFile.id],
        ['BOOKMARK', ownBookmark.createBookmark.id],
      ];
      for (const [targetType, targetId] of targets) {
        await asOwner(`mutation ($i: ReportContentInput!) { reportContent(input: $i) { id } }`, {
          i: { targetType, targetId, reason: 'ABUSIVE' },
        });
        const { moderationQueue } = await (
          targetType === 'BOOKMARK' ? clients.admin : clients.owner
        ).ok<{
          moderationQueue: { nodes: { id: string; targetId: string }[] };
        }>(`{ moderationQueue(first: 100) { nodes { id targetId } } }`);
        const item = moderationQueue.nodes.find((n) => n.targetId === targetId)!;
        // Bookmarks live in no community: a site admin moderates them.
        await (targetType === 'BOOKMARK' ? clients.admin : clients.owner).ok(
          `mutation ($id: ID!) { hideContent(itemId: $id, reason: "Not here.") { state } }`,
          { id: item.id },
        );
      }
    }
    await t.drainOutbox();
  }, 120_000);

  describe.each(['OPEN', 'RESTRICTED'] as const)('%s community', (type) => {
    describe.each(VIEWERS)('seen by %s', (viewer) => {
      it.each(HIDDEN_PATHS.map((p) => [p.name, p] as const))('%s', async (_name, path) => {
        const h = hidden[type];
        const body = await path.run(clients[viewer], h);
        expect({ path: path.name, shows: body.includes(h.canary) }).toEqual({
          path: path.name,
          shows: path.expect(type, viewer),
        });
      });
    });
  });

  it('drops the hidden post from the mentioned person’s notifications, unread count and digest', async () => {
    const data = await clients.mentioned.ok<{
      notifications: { nodes: { excerpt: string | null; postId: string | null }[] };
      unreadNotificationCount: number;
    }>(`{ notifications(first: 100) { nodes { excerpt postId } } unreadNotificationCount }`);
    const hiddenIds = [hidden.OPEN.postId, hidden.RESTRICTED.postId];
    expect(data.notifications.nodes.some((n) => hiddenIds.includes(n.postId ?? ''))).toBe(false);
    expect(JSON.stringify(data)).not.toContain(hidden.OPEN.canary);
    // The unread count is the visible unread list (the hidden post's mention is not counted).
    const [row] = await t.dataSource.query(
      `SELECT count(*)::int AS n FROM notifications WHERE recipient_id = $1 AND read_at IS NULL
          AND post_id = ANY($2::uuid[])`,
      [ids.mentioned, hiddenIds],
    );
    expect(row.n).toBeGreaterThan(0); // it was notified before the post was hidden
    expect(data.unreadNotificationCount).toBe(
      data.notifications.nodes.length -
        (
          await t.dataSource.query(
            `SELECT count(*)::int AS n FROM notifications WHERE recipient_id = $1 AND read_at IS NOT NULL`,
            [ids.mentioned],
          )
        )[0].n,
    );
  });

  it('shows the author why, on the post, and hides a profile’s details but never the name', async () => {
    const asAuthor = await clients.member.ok<{
      post: { moderation: { state: string; reason: string } };
    }>(`query ($id: ID!) { post(id: $id) { moderation { state reason } } }`, {
      id: hidden.OPEN.postId,
    });
    expect(asAuthor.post.moderation).toEqual({ state: 'HIDDEN', reason: 'Not here.' });
    const bio = 'Profile canary hushbio';
    await clients.mentioned.ok(
      `mutation ($b: String!) { updateProfile(input: { bio: $b }) { id } }`,
      {
        b: bio,
      },
    );
    await clients.outsider.ok(
      `mutation ($id: ID!) { reportContent(input: { targetType: PROFILE, targetId: $id, reason: ABUSIVE }) { id } }`,
      { id: ids.mentioned },
    );
    const { moderationQueue } = await clients.siteModerator.ok<{
      moderationQueue: { nodes: { id: string; targetId: string }[] };
    }>(`{ moderationQueue(first: 100) { nodes { id targetId } } }`);
    await clients.siteModerator.ok(
      `mutation ($id: ID!) { hideContent(itemId: $id, reason: "Offensive bio.") { state } }`,
      { id: moderationQueue.nodes.find((n) => n.targetId === ids.mentioned)!.id },
    );
    const q = `{ user(handle: "mentioned") { displayName bio moderation { state } } }`;
    const asOutsider = await clients.outsider.ok<{
      user: { displayName: string; bio: string | null; moderation: unknown };
    }>(q);
    expect(asOutsider.user).toEqual({ displayName: 'mentioned', bio: null, moderation: null });
    const asSelf = await clients.mentioned.ok<{
      user: { bio: string; moderation: { state: string } };
    }>(q);
    expect(asSelf.user).toMatchObject({ bio, moderation: { state: 'HIDDEN' } });
    const asModerator = await clients.siteModerator.ok<{ user: { bio: string } }>(q);
    expect(asModerator.user.bio).toBe(bio);
    // The same rule where people are loaded by id with the hidden fact (a post's author).
    const { createPost } = await clients.mentioned.ok<{ createPost: { id: string } }>(
      `mutation { createPost(input: { body: "Posted after the hide." }) { id } }`,
    );
    const byAuthor = `query ($id: ID!) { post(id: $id) { author { displayName bio } } }`;
    const authorOf = async (client: typeof clients.outsider) =>
      (
        await client.ok<{ post: { author: { displayName: string; bio: string | null } } }>(
          byAuthor,
          { id: createPost.id },
        )
      ).post.author;
    expect(await authorOf(clients.outsider)).toEqual({ displayName: 'mentioned', bio: null });
    expect((await authorOf(clients.mentioned)).bio).toBe(bio);
    expect((await authorOf(clients.siteModerator)).bio).toBe(bio);
  });
});
