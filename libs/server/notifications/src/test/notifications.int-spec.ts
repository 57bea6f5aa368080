import {
  ClientToServerEvents,
  NotificationCreatedPayload,
  ServerToClientEvents,
} from '@outloud/contracts';
import { CommunitiesModule } from '@outloud/communities';
import { IdentityModule } from '@outloud/identity';
import { RealtimeModule } from '@outloud/realtime';
import { OutboxWorker } from '@outloud/server-core';
import {
  createTestApp,
  errorCode,
  GraphqlClient,
  TestApp,
  signUpPerson,
} from '@outloud/server-core/testing';
import { StreamModule } from '@outloud/stream';
import { Lexer } from 'marked';
import { io as connectSocket, Socket } from 'socket.io-client';
import { NotificationsModule } from '../index';

type ClientSocket = Socket<ServerToClientEvents, ClientToServerEvents>;
type Card = {
  id: string;
  type: string;
  postId: string | null;
  excerpt: string | null;
  read: boolean;
  actorCount: number;
  actors: { handle: string }[];
};
const MODULES = [
  IdentityModule,
  CommunitiesModule,
  StreamModule,
  RealtimeModule,
  NotificationsModule,
];
const REDIS = { REDIS_URL: 'redis://127.0.0.1:6379' };
const PASSWORD = 'correct horse battery';
const CARD = `id type postId excerpt read actorCount actors { handle }`;

let a: TestApp;
let b: TestApp;
const people: Record<string, { client: GraphqlClient; id: string }> = {};
const sockets: ClientSocket[] = [];

beforeAll(async () => {
  // Two API nodes on one database and one Redis: node A takes writes and runs jobs.
  a = await createTestApp({ imports: MODULES, config: REDIS });
  b = await createTestApp({ imports: MODULES, config: REDIS, shareDatabaseOf: a });
  const handles = ['asker', 'ana', 'bo', 'cy', 'dee', 'owner', 'mem', 'outsider', 'gone'];
  for (const handle of handles) {
    people[handle] = await signUpPerson(a, handle, {
      displayName: `${handle} P`,
      password: PASSWORD,
    });
  }
});
afterAll(async () => {
  for (const s of sockets) s.close();
  await b?.close();
  await a?.close();
});

const as = (handle: string) => people[handle].client;

function connect(app: TestApp, handle: string): Promise<ClientSocket> {
  return new Promise((resolve, reject) => {
    const socket: ClientSocket = connectSocket(app.url, {
      transports: ['websocket'],
      extraHeaders: { cookie: as(handle).cookieHeader },
      reconnection: false,
      forceNew: true,
    });
    sockets.push(socket);
    socket.once('connect', () => resolve(socket));
    socket.once('connect_error', reject);
  });
}

function notificationsOn(socket: ClientSocket): NotificationCreatedPayload[] {
  const frames: NotificationCreatedPayload[] = [];
  socket.on('notification:created', (p) => frames.push(p));
  return frames;
}

async function post(
  handle: string,
  body: string,
  communityId?: string,
  isQuestion = false,
): Promise<string> {
  const data = await as(handle).ok<{ createPost: { id: string } }>(
    `mutation ($input: CreatePostInput!) { createPost(input: $input) { id } }`,
    { input: { body, communityId, isQuestion } },
  );
  return data.createPost.id;
}

async function reply(handle: string, postId: string, body: string): Promise<string> {
  const data = await as(handle).ok<{ createReply: { id: string } }>(
    `mutation ($p: ID!, $i: ReplyInput!) { createReply(postId: $p, input: $i) { id } }`,
    { p: postId, i: { body } },
  );
  return data.createReply.id;
}

async function list(handle: string): Promise<Card[]> {
  const data = await as(handle).ok<{ notifications: { nodes: Card[] } }>(
    `{ notifications(first: 100) { nodes { ${CARD} } } }`,
  );
  return data.notifications.nodes;
}

const unread = async (handle: string) =>
  (await as(handle).ok<{ unreadNotificationCount: number }>(`{ unreadNotificationCount }`))
    .unreadNotificationCount;

const settle = (ms = 300) => new Promise((r) => setTimeout(r, ms));

describe('notification types', () => {
  it('notifies a person mentioned in a post, once, even when edits mention them again', async () => {
    const postId = await post('asker', 'How do I expense a train ticket, @ana?');
    await a.drainOutbox();
    await as('asker').ok(
      `mutation ($id: ID!, $i: EditPostInput!) { editPost(id: $id, input: $i) { id } }`,
      {
        id: postId,
        i: { body: 'How do I expense a train ticket?' },
      },
    );
    await as('asker').ok(
      `mutation ($id: ID!, $i: EditPostInput!) { editPost(id: $id, input: $i) { id } }`,
      {
        id: postId,
        i: { body: 'How do I expense a train ticket, @ana? Still stuck.' },
      },
    );
    await a.drainOutbox();
    const mine = (await list('ana')).filter((n) => n.postId === postId);
    expect(mine).toEqual([
      expect.objectContaining({
        type: 'MENTIONED',
        read: false,
        actorCount: 1,
        actors: [{ handle: 'asker' }],
      }),
    ]);
    expect(mine[0].excerpt).toContain('train ticket');
  });

  it('lexes a post mentioning three people twice: once to write it, once for the three cards', async () => {
    const readers = ['lex_a', 'lex_b', 'lex_c'];
    for (const handle of readers)
      people[handle] = await signUpPerson(a, handle, { password: PASSWORD });
    const lex = jest.spyOn(Lexer, 'lex');
    let postId: string;
    try {
      postId = await post('asker', 'Who knows the **travel** policy, @lex_a @lex_b @lex_c?');
      await a.drainOutbox();
      // The write renders the tokens it parsed; the cards share one excerpt of the same text.
      expect(lex).toHaveBeenCalledTimes(2);
    } finally {
      lex.mockRestore();
    }
    for (const handle of readers)
      expect((await list(handle)).map((n) => [n.postId, n.excerpt])).toEqual([
        [postId, 'Who knows the travel policy, @lex_a @lex_b @lex_c?'],
      ]);
  });

  it('never notifies people about their own actions', async () => {
    const postId = await post('bo', 'Note to self @bo: follow up');
    await reply('bo', postId, 'Done @bo');
    await as('bo').ok(`mutation ($id: ID!) { likePost(id: $id) { id } }`, { id: postId });
    await a.drainOutbox();
    expect(await list('bo')).toEqual([]);
  });

  it('notifies the asker, earlier repliers and people mentioned in a reply, one each', async () => {
    const postId = await post('asker', 'Who owns the VPN runbook?');
    await reply('bo', postId, 'Not me, maybe @cy knows');
    await a.drainOutbox();
    await reply('ana', postId, 'It is in the infra wiki');
    await a.drainOutbox();
    const byType = (cards: Card[]) => cards.filter((n) => n.postId === postId).map((n) => n.type);
    expect(byType(await list('asker'))).toEqual(['REPLY_TO_MY_POST', 'REPLY_TO_MY_POST']);
    expect(byType(await list('cy'))).toEqual(['MENTIONED']);
    expect(byType(await list('bo'))).toEqual(['REPLY_IN_THREAD']);
    expect(byType(await list('ana'))).toEqual([]);
    // Each quotes what was said to them: the reply, not the question.
    const excerpts = (cards: Card[]) =>
      cards.filter((n) => n.postId === postId).map((n) => n.excerpt);
    expect(excerpts(await list('asker'))).toEqual([
      'It is in the infra wiki',
      'Not me, maybe @cy knows',
    ]);
    expect(excerpts(await list('cy'))).toEqual(['Not me, maybe @cy knows']);
    expect(excerpts(await list('bo'))).toEqual(['It is in the infra wiki']);
  });

  it("notifies the answer's author when it is accepted, once", async () => {
    const postId = await post('asker', 'Which printer works on floor 3?', undefined, true);
    const replyId = await reply('bo', postId, 'The one by the kitchen');
    const accept = `mutation ($p: ID!, $r: ID!) { acceptAnswer(postId: $p, replyId: $r) { id } }`;
    await as('asker').ok(accept, { p: postId, r: replyId });
    await as('asker').ok(`mutation ($p: ID!) { clearAcceptedAnswer(postId: $p) { id } }`, {
      p: postId,
    });
    await as('asker').ok(accept, { p: postId, r: replyId });
    await a.drainOutbox();
    const accepted = (await list('bo')).filter(
      (n) => n.postId === postId && n.type === 'ANSWER_ACCEPTED',
    );
    expect(accepted).toHaveLength(1);
    expect(accepted[0].excerpt).toBe('Which printer works on floor 3?');
  });

  it('groups likes on a post ("cy and 2 others") and ignores a repeated like', async () => {
    const postId = await post('dee', 'Lunch talk on Friday: observability');
    const like = (h: string) =>
      as(h).ok(`mutation ($id: ID!) { likePost(id: $id) { id } }`, { id: postId });
    const socket = await connect(a, 'dee');
    const frames = notificationsOn(socket);
    for (const h of ['ana', 'bo', 'cy']) {
      await like(h);
      await a.drainOutbox();
    }
    await as('ana').ok(`mutation ($id: ID!) { unlikePost(id: $id) { id } }`, { id: postId });
    await like('ana');
    await a.drainOutbox();
    await settle();
    const liked = (await list('dee')).filter((n) => n.type === 'POST_LIKED');
    expect(liked).toEqual([
      expect.objectContaining({
        postId,
        actorCount: 3,
        actors: [{ handle: 'cy' }, { handle: 'bo' }, { handle: 'ana' }],
      }),
    ]);
    expect(frames.map((f) => f.notification.actorCount)).toEqual([1, 2, 3]);
    expect(frames[2].notification.replacesId).toBe(frames[1].notification.id);
    expect(frames[2].unreadCount).toBe(1);
  });

  it('respects a per-type preference', async () => {
    await as('dee').ok(
      `mutation { setNotificationPreference(type: POST_LIKED, enabled: false) { type enabled } }`,
    );
    const prefs = await as('dee').ok<{
      notificationPreferences: { type: string; enabled: boolean }[];
    }>(`{ notificationPreferences { type enabled } }`);
    expect(prefs.notificationPreferences).toContainEqual({ type: 'POST_LIKED', enabled: false });
    expect(prefs.notificationPreferences).toContainEqual({ type: 'MENTIONED', enabled: true });
    const postId = await post('dee', 'Another talk');
    await as('ana').ok(`mutation ($id: ID!) { likePost(id: $id) { id } }`, { id: postId });
    await a.drainOutbox();
    expect((await list('dee')).filter((n) => n.postId === postId)).toEqual([]);
  });

  it('does not notify a person deactivated before the job runs', async () => {
    await post('asker', 'Handing over to @gone');
    await as('asker').ok(`mutation ($u: ID!) { deactivateUser(userId: $u) { id } }`, {
      u: people.gone.id,
    });
    await a.drainOutbox();
    const [{ count }] = await a.dataSource.query(
      `SELECT count(*)::int AS count FROM notifications WHERE recipient_id = $1`,
      [people.gone.id],
    );
    expect(count).toBe(0);
  });
});

describe('read state and catch-up', () => {
  it('marks read by id and all at once, and counts unread', async () => {
    const before = await unread('cy');
    await post('asker', 'A @cy question');
    await post('asker', 'Another @cy question');
    await a.drainOutbox();
    expect(await unread('cy')).toBe(before + 2);
    const [newest] = await list('cy');
    const marked = await as('cy').ok<{ markNotificationsRead: number }>(
      `mutation ($ids: [ID!]!) { markNotificationsRead(ids: $ids) }`,
      { ids: [newest.id] },
    );
    expect(marked.markNotificationsRead).toBe(before + 1);
    expect((await list('cy'))[0].read).toBe(true);
    const all = await as('cy').ok<{ markAllNotificationsRead: number }>(
      `mutation { markAllNotificationsRead }`,
    );
    expect(all.markAllNotificationsRead).toBe(0);
  });

  it('counts unread up to 100 (the bell shows "99+"), however many there are', async () => {
    const postId = await post('asker', 'A post that gets many notifications');
    await a.drainOutbox();
    await as('dee').ok(`mutation { markAllNotificationsRead }`);
    await a.dataSource.query(
      `INSERT INTO notifications (recipient_id, type, post_id, actor_ids, dedupe_key)
       SELECT $1, 'MENTIONED', $2, ARRAY[$3]::uuid[], 'cap-test-' || i FROM generate_series(1, 99) i`,
      [people.dee.id, postId, people.asker.id],
    );
    expect(await unread('dee')).toBe(99);
    await a.dataSource.query(
      `INSERT INTO notifications (recipient_id, type, post_id, actor_ids, dedupe_key)
       SELECT $1, 'MENTIONED', $2, ARRAY[$3]::uuid[], 'cap-test-more-' || i FROM generate_series(1, 50) i`,
      [people.dee.id, postId, people.asker.id],
    );
    expect(await unread('dee')).toBe(100);
    await as('dee').ok(`mutation { markAllNotificationsRead }`);
    expect(await unread('dee')).toBe(0);
  });

  it('keeps a stored unread counter in step with writes, reads and what the person can see', async () => {
    const counter = async (handle: string) =>
      (
        await a.dataSource.query(
          `SELECT unread, invisible FROM notification_counters WHERE user_id = $1`,
          [people[handle].id],
        )
      )[0] as { unread: number; invisible: number };
    await as('bo').ok(`mutation { markAllNotificationsRead }`);
    const frames = notificationsOn(await connect(a, 'bo'));
    expect(await counter('bo')).toEqual({ unread: 0, invisible: 0 });
    // Mentions add to it in the statement that writes them; pushes show it.
    await post('asker', 'Counter check one @bo');
    await post('asker', 'Counter check two @bo');
    await a.drainOutbox();
    await settle();
    expect((await counter('bo')).unread).toBe(2);
    const [newest] = await list('bo');
    await as('bo').ok(`mutation ($ids: [ID!]!) { markNotificationsRead(ids: $ids) }`, {
      ids: [newest.id],
    });
    expect((await counter('bo')).unread).toBe(1);
    // A grouped like: new, read, then unread again when someone else likes.
    const liked = await post('bo', 'Counter check: a post to like');
    for (const h of ['ana', 'cy']) {
      await as(h).ok(`mutation ($id: ID!) { likePost(id: $id) { id } }`, { id: liked });
      await a.drainOutbox();
      if (h === 'ana') {
        expect((await counter('bo')).unread).toBe(2);
        await as('bo').ok(`mutation { markAllNotificationsRead }`);
        expect((await counter('bo')).unread).toBe(0);
      }
    }
    expect((await counter('bo')).unread).toBe(1);
    // A mention of a post deleted later: stored but not visible. The exact count records that,
    // and the next push counts only what bo can see.
    await post('asker', 'Counter check three @bo');
    const deleted = await post('asker', 'Counter check four @bo');
    await a.drainOutbox();
    expect((await counter('bo')).unread).toBe(3);
    await as('asker').ok(`mutation ($id: ID!) { deletePost(id: $id) { id } }`, { id: deleted });
    expect(await unread('bo')).toBe(2);
    expect(await counter('bo')).toEqual({ unread: 3, invisible: 1 });
    await post('asker', 'Counter check five @bo');
    await a.drainOutbox();
    await settle();
    expect(frames.map((f) => f.unreadCount)).toEqual([1, 2, 2, 1, 2, 3, 3]);
    expect(await unread('bo')).toBe(3);
    // Deleted rows leave it too; what they were is settled by the next exact count.
    await a.dataSource.query(`DELETE FROM notifications WHERE post_id = $1`, [deleted]);
    expect((await counter('bo')).unread).toBe(3);
    expect(await unread('bo')).toBe(3);
    expect(await counter('bo')).toEqual({ unread: 3, invisible: 0 });
    await as('bo').ok(`mutation { markAllNotificationsRead }`);
    expect(await counter('bo')).toEqual({ unread: 0, invisible: 0 });
  });

  it('returns exactly what was missed after a given id, oldest first, and rejects bad ids', async () => {
    const [last] = await list('ana');
    const posted: string[] = [];
    for (let i = 0; i < 3; i++) posted.push(await post('asker', `Missed question ${i} @ana`));
    await a.drainOutbox();
    const since = (afterId: string, first?: number) =>
      as('ana').ok<{ notificationsSince: Card[] }>(
        `query ($a: ID!, $f: Int) { notificationsSince(afterId: $a, first: $f) { ${CARD} } }`,
        { a: afterId, f: first },
      );
    const missed = (await since(last.id)).notificationsSince;
    expect(missed.map((n) => n.postId)).toEqual(posted);
    const firstTwo = (await since(last.id, 2)).notificationsSince;
    const rest = (await since(firstTwo[1].id)).notificationsSince;
    expect([...firstTwo, ...rest].map((n) => n.id)).toEqual(missed.map((n) => n.id));
    expect((await since(missed[2].id)).notificationsSince).toEqual([]);
    const bad = await as('ana').request(`{ notificationsSince(afterId: "1 OR 1=1") { id } }`);
    expect(errorCode(bad)).toBe('BAD_USER_INPUT');
  });
});

describe('visibility', () => {
  let communityId: string;

  beforeAll(async () => {
    const { createCommunity } = await as('owner').ok<{ createCommunity: { id: string } }>(
      `mutation ($i: CreateCommunityInput!) { createCommunity(input: $i) { id } }`,
      { i: { name: 'Board room', slug: 'board-room', type: 'RESTRICTED' } },
    );
    communityId = createCommunity.id;
    await as('owner').ok(
      `mutation ($c: ID!) { inviteToCommunity(communityId: $c, handle: "mem") { state } }`,
      {
        c: communityId,
      },
    );
    await as('mem').ok(`mutation ($c: ID!) { joinCommunity(id: $c) { state } }`, {
      c: communityId,
    });
  });

  it('a member mentioning an outsider inside a restricted community notifies nobody outside', async () => {
    const canary = 'CANARY-mention-5d1e';
    const socketA = await connect(a, 'outsider');
    const socketB = await connect(b, 'outsider');
    const frames: string[] = [];
    for (const s of [socketA, socketB]) s.onAny((...args) => frames.push(JSON.stringify(args)));
    const postId = await post('mem', `@outsider have a look ${canary}`, communityId);
    await reply('mem', postId, `@outsider and here ${canary}`);
    await a.drainOutbox();
    await settle(1000);
    expect(frames).toEqual([]);
    expect(await unread('outsider')).toBe(0);
    const [{ count }] = await a.dataSource.query(
      `SELECT count(*)::int AS count FROM notifications WHERE recipient_id = $1`,
      [people.outsider.id],
    );
    expect(count).toBe(0);
  });

  it('after removal from the community, old notifications no longer show its content', async () => {
    const canary = 'CANARY-removed-9b2c';
    const postId = await post('owner', `@mem budget draft ${canary}`, communityId);
    await a.drainOutbox();
    const listText = async () =>
      (
        await as('mem').request(
          `{ notifications(first: 100) { nodes { ${CARD} } } notificationsSince(afterId: "0") { ${CARD} } }`,
        )
      ).text;
    expect(await listText()).toContain(canary);
    const before = await unread('mem');
    await as('owner').ok(
      `mutation ($c: ID!, $u: ID!) { removeCommunityMember(communityId: $c, userId: $u) }`,
      {
        c: communityId,
        u: people.mem.id,
      },
    );
    const text = await listText();
    expect(text).not.toContain(canary);
    expect(text).not.toContain(postId);
    expect(await unread('mem')).toBe(before - 1);
    const open = await as('mem').request(`query ($id: ID!) { post(id: $id) { body } }`, {
      id: postId,
    });
    expect(open.text).not.toContain(canary);
  });
});

describe('two API nodes with Redis', () => {
  it('a mention created through node A reaches a socket connected to node B', async () => {
    const socket = await connect(b, 'bo');
    const frames = notificationsOn(socket);
    const arrived = new Promise<number>((resolve) =>
      socket.once('notification:created', () => resolve(performance.now())),
    );
    await a.app.get(OutboxWorker).start();
    const started = performance.now();
    const postId = await post('asker', 'Quick one across nodes, @bo?');
    const latency = (await arrived) - started;
    expect(frames).toEqual([
      expect.objectContaining({
        notification: expect.objectContaining({
          type: 'MENTIONED',
          postId,
          actors: [expect.objectContaining({ handle: 'asker' })],
        }),
        unreadCount: expect.any(Number),
      }),
    ]);
    // eslint-disable-next-line no-console -- the delivery latency is reported in the issue
    console.log(`createPost -> notification:created on the other node: ${latency.toFixed(1)} ms`);
    expect(latency).toBeLessThan(2000);
  });

  it("a follow through node A puts a socket on node B in the followed person's room", async () => {
    const socket = await connect(b, 'dee');
    const heard: unknown[] = [];
    socket.on('post:created', (p) => heard.push(p));
    await as('dee').ok(`mutation { followUser(handle: "owner") { id } }`);
    await a.drainOutbox();
    const postId = await post('owner', 'News for my followers');
    await a.drainOutbox();
    await settle();
    expect(heard).toEqual([{ postId, authorId: people.owner.id, communityId: null }]);
  });

  it('"log out everywhere" through node A closes the socket on node B within 2 s', async () => {
    await a.app.get(OutboxWorker).start();
    const device = b.client();
    await device.ok(`mutation ($i: LogInInput!) { logIn(input: $i) { viewer { id } } }`, {
      i: { login: 'dee', password: PASSWORD },
    });
    const socket: ClientSocket = await new Promise((resolve, reject) => {
      const s: ClientSocket = connectSocket(b.url, {
        transports: ['websocket'],
        extraHeaders: { cookie: device.cookieHeader },
        reconnection: false,
        forceNew: true,
      });
      sockets.push(s);
      s.once('connect', () => resolve(s));
      s.once('connect_error', reject);
    });
    const gone = new Promise<number>((resolve) =>
      socket.once('disconnect', () => resolve(performance.now())),
    );
    const started = performance.now();
    await as('dee').ok(`mutation { logOutEverywhere }`);
    const timeout = new Promise<number>((resolve) => setTimeout(() => resolve(Infinity), 2000));
    expect((await Promise.race([gone, timeout])) - started).toBeLessThan(2000);
    // Node B had the session cached (its socket's handshake): the event cleared it there too.
    const viewerOnB = async () =>
      (await device.ok<{ viewer: { id: string } | null }>(`{ viewer { id } }`)).viewer;
    while ((await viewerOnB()) !== null && performance.now() - started < 2000) await settle(50);
    expect(await viewerOnB()).toBeNull();
  });
});
