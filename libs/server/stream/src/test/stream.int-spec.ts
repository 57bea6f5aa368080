import { IdentityModule } from '@outloud/identity';
import {
  createTestApp,
  errorCode,
  GraphqlClient,
  TestApp,
  signUpPerson,
} from '@outloud/server-core/testing';
import { Client } from 'pg';
import { StreamModule } from '../index';

const PASSWORD = 'correct horse battery';
let t: TestApp;
const people: Record<string, { client: GraphqlClient; id: string }> = {};

async function signUp(handle: string) {
  people[handle] = await signUpPerson(t, handle, {
    displayName: `${handle[0].toUpperCase()}${handle.slice(1)} Person`,
    password: PASSWORD,
  });
}

beforeAll(async () => {
  t = await createTestApp({ imports: [IdentityModule, StreamModule] });
  for (const handle of ['asker', 'ana', 'bo', 'cy', 'dee', 'eve', 'mod']) await signUp(handle);
  // The first account is admin; make "mod" a moderator through the admin.
  await people.asker.client.ok(
    `mutation ($id: ID!) { setUserRole(userId: $id, role: MODERATOR) { id } }`,
    { id: people.mod.id },
  );
  await relog('mod');
});
afterAll(() => t?.close());

async function relog(handle: string) {
  const client = t.client();
  await client.ok(`mutation ($i: LogInInput!) { logIn(input: $i) { viewer { id } } }`, {
    i: { login: handle, password: PASSWORD },
  });
  people[handle].client = client;
}

const as = (handle: string) => people[handle].client;

async function post(
  handle: string,
  body: string,
  extra: Record<string, unknown> = {},
): Promise<string> {
  const data = await as(handle).ok<{ createPost: { id: string } }>(
    `mutation ($input: CreatePostInput!) { createPost(input: $input) { id } }`,
    { input: { body, ...extra } },
  );
  return data.createPost.id;
}

async function reply(handle: string, postId: string, body: string): Promise<string> {
  const data = await as(handle).ok<{ createReply: { id: string } }>(
    `mutation ($p: ID!, $input: ReplyInput!) { createReply(postId: $p, input: $input) { id } }`,
    { p: postId, input: { body } },
  );
  return data.createReply.id;
}

type FeedEdge = { node: { id: string; body: string }; reasons: { kind: string; label: string }[] };
async function homeFeed(handle: string, first = 50): Promise<FeedEdge[]> {
  const data = await as(handle).ok<{ homeFeed: { edges: FeedEdge[] } }>(
    `query ($first: Int) { homeFeed(first: $first) { edges { node { id body } reasons { kind label } } } }`,
    { first },
  );
  return data.homeFeed.edges;
}

async function boardIds(viewer: string, owner: string): Promise<string[]> {
  const data = await as(viewer).ok<{ user: { board: { nodes: { id: string }[] } } }>(
    `query ($h: String!) { user(handle: $h) { board(first: 50) { nodes { id } } } }`,
    { h: owner },
  );
  return data.user.board.nodes.map((n) => n.id);
}

describe('posting and mentions', () => {
  it('creates an open post with rendered mentions and tags', async () => {
    const id = await post('asker', 'Does anyone know how to reset the #VPN token? @ana @ghost', {
      isQuestion: true,
    });
    const data = await as('bo').ok<{ post: Record<string, unknown> }>(
      `query ($id: ID!) { post(id: $id) { isQuestion audienceLabel tags bodyHtml author { handle } mentions { handle } } }`,
      { id },
    );
    expect(data.post).toMatchObject({
      isQuestion: true,
      audienceLabel: 'Everyone in the company can see this',
      tags: ['vpn'],
      author: { handle: 'asker' },
      mentions: [{ handle: 'ana' }],
    });
    expect(data.post.bodyHtml).toContain('href="/people/ana"');
    expect(data.post.bodyHtml).toContain('@ghost');
  });

  it('puts a mention on the mentioned person’s board and in their followers’ home feeds, with why', async () => {
    await as('dee').ok(`mutation { followUser(handle: "ana") { id } }`);
    const id = await post('asker', 'Who owns the expense policy? @ana');
    expect(await boardIds('cy', 'ana')).toContain(id);
    const deeFeed = await homeFeed('dee');
    const edge = deeFeed.find((e) => e.node.id === id);
    expect(edge?.reasons).toEqual([{ kind: 'MENTIONED_FOLLOWED', label: 'mentioned Ana Person' }]);
    const anaFeed = await homeFeed('ana');
    expect(anaFeed.find((e) => e.node.id === id)?.reasons.map((r) => r.kind)).toEqual([
      'MENTIONED_YOU',
    ]);
    expect((await homeFeed('eve')).map((e) => e.node.id)).not.toContain(id);
  });

  it('shows each post once in the home feed with all its reasons', async () => {
    await as('eve').ok(`mutation { followUser(handle: "bo") { id } }`);
    await as('eve').ok(`mutation { followTag(name: "#Kubernetes") { name } }`);
    const id = await post('bo', 'Cluster upgrade tonight #kubernetes @eve');
    const feed = await homeFeed('eve');
    expect(feed.filter((e) => e.node.id === id)).toHaveLength(1);
    expect(
      feed
        .find((e) => e.node.id === id)!
        .reasons.map((r) => r.kind)
        .sort(),
    ).toEqual(['FOLLOWING', 'MENTIONED_YOU', 'TAG']);
  });

  it('places a post on another person’s board', async () => {
    const id = await post('cy', 'Welcome to the team!', { boardHandle: 'dee' });
    expect(await boardIds('eve', 'dee')).toContain(id);
    expect(
      (await homeFeed('dee')).find((e) => e.node.id === id)?.reasons.map((r) => r.kind),
    ).toEqual(['BOARD']);
  });

  it('records mentions of each person once and enqueues one mention event for new people only', async () => {
    const id = await post('cy', '@bo @bo @BO are you there?');
    const [{ count }] = await t.dataSource.query(
      `SELECT count(*)::int AS count FROM mentions WHERE post_id = $1`,
      [id],
    );
    expect(count).toBe(1);
    const events = async () =>
      (
        await t.dataSource.query(
          `SELECT payload FROM outbox_jobs WHERE event_type = 'stream.mention.added' AND payload->>'postId' = $1`,
          [id],
        )
      ).map((r: { payload: { userIds: string[] } }) => r.payload.userIds);
    expect(await events()).toEqual([]); // no handler registered yet: nothing is queued for nobody
    await as('cy').ok(
      `mutation ($id: ID!) { editPost(id: $id, input: { body: "@bo and now @dee" }) { editedAt } }`,
      { id },
    );
    const mentioned = await t.dataSource.query(
      `SELECT user_id FROM mentions WHERE post_id = $1 ORDER BY user_id`,
      [id],
    );
    expect(mentioned.map((r: { user_id: string }) => r.user_id).sort()).toEqual(
      [people.bo.id, people.dee.id].sort(),
    );
  });
});

describe('bad input writes nothing', () => {
  const postCount = async () =>
    Number((await t.dataSource.query(`SELECT count(*) FROM posts`))[0].count);

  it.each([
    ['empty', '   '],
    ['over-long', 'x'.repeat(10_001)],
  ])('rejects an %s body', async (_label, body) => {
    const before = await postCount();
    const res = await as('ana').request(
      `mutation ($b: String!) { createPost(input: { body: $b }) { id } }`,
      { b: body },
    );
    expect(errorCode(res)).toBe('BAD_USER_INPUT');
    expect(res.errors?.[0].extensions?.fields).toEqual([
      { path: 'input.body', message: expect.any(String) },
    ]);
    expect(await postCount()).toBe(before);
  });

  it('refuses following yourself, following twice, and unknown cursors', async () => {
    expect(
      errorCode(await as('ana').request(`mutation { followUser(handle: "ana") { id } }`)),
    ).toBe('BAD_USER_INPUT');
    await as('ana').ok(`mutation { followUser(handle: "cy") { id } }`);
    expect(errorCode(await as('ana').request(`mutation { followUser(handle: "cy") { id } }`))).toBe(
      'CONFLICT',
    );
    expect(
      errorCode(await as('ana').request(`{ homeFeed(after: "bm9wZQ") { nodes { id } } }`)),
    ).toBe('BAD_USER_INPUT');
    expect(
      errorCode(
        await as('ana').request(
          `{ discover(after: "${Buffer.from('["x","y"]').toString('base64url')}") { nodes { id } } }`,
        ),
      ),
    ).toBe('BAD_USER_INPUT');
  });

  it('refuses a reply to a deleted or unknown post', async () => {
    const id = await post('bo', 'Short-lived');
    await as('bo').ok(`mutation ($id: ID!) { deletePost(id: $id) { isDeleted } }`, { id });
    const toDeleted = await as('ana').request(
      `mutation ($p: ID!) { createReply(postId: $p, input: { body: "hi" }) { id } }`,
      { p: id },
    );
    expect(errorCode(toDeleted)).toBe('CONFLICT');
    const unknown = await as('ana').request(
      `mutation { createReply(postId: "00000000-0000-4000-8000-000000000000", input: { body: "hi" }) { id } }`,
    );
    expect(errorCode(unknown)).toBe('NOT_FOUND');
    const notUuid = await as('ana').request(
      `mutation { createReply(postId: "x'; DROP TABLE posts; --", input: { body: "hi" }) { id } }`,
    );
    expect(errorCode(notUuid)).toBe('NOT_FOUND');
  });
});

describe('replies and accepted answers', () => {
  let questionId: string;
  let anaReply: string;
  let boReply: string;

  beforeAll(async () => {
    questionId = await post('asker', 'How do I get a new laptop charger?', { isQuestion: true });
    anaReply = await reply('ana', questionId, 'Ask @bo at the IT desk');
    boReply = await reply('bo', questionId, 'Come by the IT desk, 2nd floor.');
  });

  it('lists replies oldest first with counts', async () => {
    const data = await as('cy').ok<{
      post: { replyCount: number; replies: { nodes: { id: string }[] } };
    }>(`query ($id: ID!) { post(id: $id) { replyCount replies { nodes { id } } } }`, {
      id: questionId,
    });
    expect(data.post.replyCount).toBe(2);
    expect(data.post.replies.nodes.map((n) => n.id)).toEqual([anaReply, boReply]);
  });

  it('lets only the asker or a moderator accept, and only a reply of this question', async () => {
    const q = `mutation ($p: ID!, $r: ID!) { acceptAnswer(postId: $p, replyId: $r) { isAnswered acceptedAnswer { id author { handle } } } }`;
    expect(errorCode(await as('cy').request(q, { p: questionId, r: boReply }))).toBe('FORBIDDEN');
    const other = await post('asker', 'Another question?', { isQuestion: true });
    const otherReply = await reply('cy', other, 'An answer elsewhere');
    expect(errorCode(await as('asker').request(q, { p: questionId, r: otherReply }))).toBe(
      'BAD_USER_INPUT',
    );

    const accepted = await as('asker').ok<{
      acceptAnswer: { isAnswered: boolean; acceptedAnswer: { id: string } };
    }>(q, { p: questionId, r: boReply });
    expect(accepted.acceptAnswer).toEqual({
      isAnswered: true,
      acceptedAnswer: { id: boReply, author: { handle: 'bo' } },
    });
    const changed = await as('mod').ok<{ acceptAnswer: { acceptedAnswer: { id: string } } }>(q, {
      p: questionId,
      r: anaReply,
    });
    expect(changed.acceptAnswer.acceptedAnswer.id).toBe(anaReply);
    const cleared = await as('asker').ok<{ clearAcceptedAnswer: { isAnswered: boolean } }>(
      `mutation ($p: ID!) { clearAcceptedAnswer(postId: $p) { isAnswered } }`,
      { p: questionId },
    );
    expect(cleared.clearAcceptedAnswer.isAnswered).toBe(false);
  });

  it('refuses accepting on a status update that is not a question', async () => {
    const status = await post('asker', 'Just a status');
    const r = await reply('ana', status, 'nice');
    const res = await as('asker').request(
      `mutation ($p: ID!, $r: ID!) { acceptAnswer(postId: $p, replyId: $r) { id } }`,
      { p: status, r },
    );
    expect(errorCode(res)).toBe('BAD_USER_INPUT');
  });

  it('orders questions: unanswered, then answered, then accepted', async () => {
    const unanswered = await post('cy', 'Unanswered question?', { isQuestion: true });
    const acceptedQ = await post('cy', 'Accepted question?', { isQuestion: true });
    const r = await reply('ana', acceptedQ, 'This one');
    await as('cy').ok(
      `mutation ($p: ID!, $r: ID!) { acceptAnswer(postId: $p, replyId: $r) { id } }`,
      { p: acceptedQ, r },
    );
    const data = await as('eve').ok<{ questions: { nodes: { id: string }[] } }>(
      `{ questions(first: 100) { nodes { id } } }`,
    );
    const ids = data.questions.nodes.map((n) => n.id);
    expect(ids.indexOf(unanswered)).toBeLessThan(ids.indexOf(questionId));
    expect(ids.indexOf(questionId)).toBeLessThan(ids.indexOf(acceptedQ));
    const open = await as('eve').ok<{ questions: { nodes: { id: string }[] } }>(
      `{ questions(status: OPEN, first: 100) { nodes { id } } }`,
    );
    expect(open.questions.nodes.map((n) => n.id)).not.toContain(acceptedQ);
  });

  it('keeps the thread readable when the question is deleted', async () => {
    await as('asker').ok(`mutation ($id: ID!) { deletePost(id: $id) { id } }`, { id: questionId });
    const data = await as('cy').ok<{
      post: { isDeleted: boolean; body: string; replies: { nodes: { id: string }[] } };
    }>(`query ($id: ID!) { post(id: $id) { isDeleted body replies { nodes { id } } } }`, {
      id: questionId,
    });
    expect(data.post).toEqual({
      isDeleted: true,
      body: '',
      replies: { nodes: [{ id: anaReply }, { id: boReply }] },
    });
    const history = `query ($id: ID!) { post(id: $id) { revisions { body } } }`;
    const forModerator = await as('mod').ok<{ post: { revisions: { body: string }[] } }>(history, {
      id: questionId,
    });
    expect(forModerator.post.revisions.map((r) => r.body)).toEqual([
      'How do I get a new laptop charger?',
    ]);
    const forMember = await as('cy').ok<{ post: { revisions: null } }>(history, { id: questionId });
    expect(forMember.post.revisions).toBeNull();
  });
});

describe('likes', () => {
  it('counts one like per person, refuses liking twice, and unlikes', async () => {
    const id = await post('ana', 'Like me');
    const like = `mutation ($id: ID!) { likePost(id: $id) { likeCount viewerHasLiked } }`;
    expect((await as('bo').ok<{ likePost: unknown }>(like, { id })).likePost).toEqual({
      likeCount: 1,
      viewerHasLiked: true,
    });
    expect(errorCode(await as('bo').request(like, { id }))).toBe('CONFLICT');
    await as('cy').ok(like, { id });
    const un = await as('bo').ok<{ unlikePost: { likeCount: number } }>(
      `mutation ($id: ID!) { unlikePost(id: $id) { likeCount } }`,
      { id },
    );
    expect(un.unlikePost.likeCount).toBe(1);
    expect(
      errorCode(
        await as('bo').request(`mutation ($id: ID!) { unlikePost(id: $id) { likeCount } }`, { id }),
      ),
    ).toBe('CONFLICT');
  });
});

describe('tags', () => {
  it('counts posts per tag and trends the last 7 days', async () => {
    await post('eve', 'Printer jam again #printers');
    await post('eve', 'Fixed it #printers #office');
    const data = await as('ana').ok<{
      tag: { postCount: number };
      trendingTags: { name: string; postCount: number }[];
    }>(`{ tag(name: "printers") { postCount } trendingTags(limit: 5) { name postCount } }`);
    expect(data.tag.postCount).toBe(2);
    expect(data.trendingTags).toContainEqual({ name: 'printers', postCount: 2 });
    expect(errorCode(await as('ana').request(`{ tag(name: "'; --") { postCount } }`))).toBe(
      'BAD_USER_INPUT',
    );
  });
});

describe('speed', () => {
  it('serves a 20-post home feed page with a fixed number of SQL queries, whatever the page size', async () => {
    for (let i = 0; i < 25; i++) await post(i % 2 ? 'bo' : 'ana', `Feed filler ${i} #load @cy`);
    await as('eve').ok(`mutation { followUser(handle: "ana") { id } }`);
    const query = `query ($first: Int) { homeFeed(first: $first) { edges { reasons { kind label user { handle } } node {
      id body bodyHtml likeCount replyCount viewerHasLiked tags author { handle displayName avatarUrl }
      mentions { handle } acceptedAnswer { id author { handle } } } } } }`;
    // Every statement, TypeORM's and the prepared ones sent straight to the pool, goes through here.
    const spy = jest.spyOn(Client.prototype, 'query');
    const countQueries = async (first: number) => {
      spy.mockClear();
      const data = await as('eve').ok<{ homeFeed: { edges: unknown[] } }>(query, { first });
      // The session check, unless the session cache answered it.
      const sessionLookups = spy.mock.calls.filter(([q]) =>
        /FROM "?sessions"?/.test(typeof q === 'string' ? q : (q as { text: string }).text),
      ).length;
      return { queries: spy.mock.calls.length - sessionLookups, posts: data.homeFeed.edges.length };
    };
    const small = await countQueries(5);
    const page = await countQueries(20);
    spy.mockRestore();
    expect(page.posts).toBe(20);
    expect(page.queries).toBe(small.queries);
    // The page with its cards (tags, mentions, likes), then the people; nothing per post.
    expect(page.queries).toBe(2);
  });

  it('answers a new post with its card from what it wrote, in one statement with its key, and a replay from what is stored', async () => {
    const create = `mutation ($input: CreatePostInput!, $key: String) {
      createPost(input: $input, idempotencyKey: $key) {
        id tags viewerHasLiked likeCount author { handle } mentions { handle } } }`;
    const input = { body: 'Who knows the #Printers on floor 2? @bo @cy #office #printers' };
    type Card = {
      createPost: {
        id: string;
        tags: string[];
        viewerHasLiked: boolean;
        likeCount: number;
        author: { handle: string };
        mentions: { handle: string }[];
      };
    };
    const spy = jest.spyOn(Client.prototype, 'query');
    const first = await as('ana').ok<Card>(create, { input, key: 'card-from-write' });
    const text = (q: unknown) => (typeof q === 'string' ? q : (q as { text: string }).text);
    const sent = spy.mock.calls.map(([q]) => text(q));
    // Every read is a prepared statement (planned once per connection, not per post).
    const unnamed = spy.mock.calls
      .filter(([q]) => typeof q === 'string' || !(q as { name?: string }).name)
      .map(([q]) => text(q))
      .filter((q) => !/^\s*(WITH w0 |UPDATE |INSERT |DELETE )|rate_limits/.test(q));
    spy.mockRestore();
    expect(unnamed).toEqual([]);
    expect(sent.filter((q) => /FROM (post_tags|mentions|likes)\b/.test(q))).toEqual([]);
    // The people it shows (author, mentioned) come with the mentions' own lookup.
    expect(sent.filter((q) => /FROM "?users"? /.test(q) && /handle/.test(q))).toHaveLength(1);
    // The key's row goes in the post's own statement: no transaction around it.
    expect(sent.filter((q) => /^\s*(START TRANSACTION|BEGIN)/i.test(q))).toEqual([]);
    const { id, ...card } = first.createPost;
    expect(card).toEqual({
      tags: ['office', 'printers'],
      viewerHasLiked: false,
      likeCount: 0,
      author: { handle: 'ana' },
      mentions: [{ handle: 'bo' }, { handle: 'cy' }],
    });
    // Liked since: the replay (same key) is the first post as it is now, read back.
    await as('ana').ok(`mutation ($id: ID!) { likePost(id: $id) { id } }`, { id });
    const again = await as('ana').ok<Card>(create, { input, key: 'card-from-write' });
    expect(again.createPost).toEqual({
      ...first.createPost,
      viewerHasLiked: true,
      likeCount: 1,
    });
    const read = await as('ana').ok<{ post: Card['createPost'] }>(
      `query ($id: ID!) { post(id: $id) { id tags viewerHasLiked likeCount author { handle } mentions { handle } } }`,
      { id },
    );
    expect(read.post).toEqual(again.createPost);
  });
});

describe('a new reply', () => {
  it('answers with its card from what it wrote (no read of likes or people), a replay from what is stored', async () => {
    const postId = await post('bo', 'Where do we keep the projector remote?');
    const create = `mutation ($p: ID!, $k: String) {
      createReply(postId: $p, input: { body: "In the drawer, ask @cy" }, idempotencyKey: $k) {
        id viewerHasLiked likeCount author { handle } } }`;
    type Card = {
      createReply: {
        id: string;
        viewerHasLiked: boolean;
        likeCount: number;
        author: { handle: string };
      };
    };
    const spy = jest.spyOn(Client.prototype, 'query');
    const first = await as('ana').ok<Card>(create, { p: postId, k: 'reply-card-from-write' });
    const sent = spy.mock.calls.map(([q]) =>
      typeof q === 'string' ? q : (q as { text: string }).text,
    );
    spy.mockRestore();
    expect(sent.filter((q) => /FROM likes\b/.test(q))).toEqual([]);
    expect(sent.filter((q) => /FROM "?users"? /.test(q) && /handle/.test(q))).toHaveLength(1);
    const { id, ...card } = first.createReply;
    expect(card).toEqual({ viewerHasLiked: false, likeCount: 0, author: { handle: 'ana' } });
    await as('ana').ok(`mutation ($id: ID!) { likeReply(id: $id) { id } }`, { id });
    const again = await as('ana').ok<Card>(create, { p: postId, k: 'reply-card-from-write' });
    expect(again.createReply).toEqual({
      id,
      viewerHasLiked: true,
      likeCount: 1,
      author: { handle: 'ana' },
    });
  });
});

describe('home feed: people I follow', () => {
  // Older than everything else in the database, so behind any window of newest posts.
  const backdate = (id: string, days: number) =>
    t.dataSource.query(
      `UPDATE posts SET created_at = now() - make_interval(days => $2) WHERE id = $1`,
      [id, days],
    );

  it('finds a quiet colleague’s post under more than a window of newer posts by others', async () => {
    await signUp('fay');
    await signUp('gus');
    await as('fay').ok(`mutation { followUser(handle: "gus") { id } }`);
    const quiet = await post('gus', 'A quiet update from last month');
    await backdate(quiet, 30);
    // 600 newer posts by someone fay does not follow: more than the newest-posts walk reads.
    const ana = people.ana.id;
    await t.dataSource.query(
      `INSERT INTO posts (author_id, body, body_html, created_at)
       SELECT $1, 'filler ' || i, '<p>filler ' || i || '</p>', now() - make_interval(secs => i)
         FROM generate_series(1, 600) i`,
      [ana],
    );
    const edges = await homeFeed('fay', 20);
    expect(edges.map((e) => [e.node.id, e.reasons.map((r) => r.kind)])).toEqual([
      [quiet, ['FOLLOWING']],
    ]);
  });

  it('finds an old mention of a followed colleague under more than a window of newer mentions', async () => {
    await signUp('hal');
    await signUp('ivy');
    await as('hal').ok(`mutation { followUser(handle: "ivy") { id } }`);
    const mention = await post('bo', 'Asking @ivy about last month’s release');
    await t.dataSource.query(
      `UPDATE posts SET created_at = now() - interval '35 days' WHERE id = $1;`,
      [mention],
    );
    await t.dataSource.query(
      `UPDATE mentions SET post_created_at = now() - interval '35 days' WHERE post_id = $1`,
      [mention],
    );
    // 600 newer posts by ana, each mentioning cy (whom hal does not follow).
    await t.dataSource.query(
      `WITH p AS (
         INSERT INTO posts (author_id, body, body_html, created_at)
         SELECT $1, 'noise ' || i, '<p>noise</p>', now() - make_interval(secs => i)
           FROM generate_series(1, 600) i RETURNING id, created_at)
       INSERT INTO mentions (post_id, user_id, post_created_at) SELECT id, $2, created_at FROM p`,
      [people.ana.id, people.cy.id],
    );
    const edges = await homeFeed('hal', 20);
    expect(edges.map((e) => [e.node.id, e.reasons.map((r) => r.kind)])).toEqual([
      [mention, ['MENTIONED_FOLLOWED']],
    ]);
  });

  it('pages through followed people’s posts newest first, each once', async () => {
    await as('eve').ok(`mutation { followUser(handle: "dee") { id } }`);
    const ids: string[] = [];
    for (let i = 0; i < 7; i++) ids.push(await post('dee', `Dee update ${i}`));
    for (let i = 0; i < ids.length; i++) await backdate(ids[i], 40 - i);
    const seen: string[] = [];
    let after: string | null = null;
    do {
      const data: {
        homeFeed: {
          edges: { node: { id: string } }[];
          pageInfo: { endCursor: string | null; hasNextPage: boolean };
        };
      } = await as('eve').ok(
        `query ($after: String) { homeFeed(first: 3, after: $after) { edges { node { id } } pageInfo { endCursor hasNextPage } } }`,
        { after },
      );
      seen.push(...data.homeFeed.edges.map((e) => e.node.id));
      after = data.homeFeed.pageInfo.hasNextPage ? data.homeFeed.pageInfo.endCursor : null;
    } while (after);
    const dees = seen.filter((id) => ids.includes(id));
    expect(dees).toEqual([...ids].reverse());
    expect(new Set(seen).size).toBe(seen.length);
  });
});
