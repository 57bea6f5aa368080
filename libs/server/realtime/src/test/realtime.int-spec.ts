import { ClientToServerEvents, JoinAck, ServerToClientEvents } from '@outloud/contracts';
import { CommunitiesModule } from '@outloud/communities';
import { IdentityModule } from '@outloud/identity';
import { OutboxService, OutboxWorker } from '@outloud/server-core';
import {
  createTestApp,
  GraphqlClient,
  rowsRead,
  SentStatement,
  TestApp,
  signUpPerson,
} from '@outloud/server-core/testing';
import { StreamModule } from '@outloud/stream';
import { Pool } from 'pg';
import { io as connectSocket, Socket } from 'socket.io-client';
import { COMMAND_LIMIT, RealtimeModule, SessionSweeper } from '../index';

type ClientSocket = Socket<ServerToClientEvents, ClientToServerEvents>;
const PASSWORD = 'correct horse battery';
const CANARY = 'CANARY-realtime-7f3a';
let t: TestApp;
const people: Record<string, { client: GraphqlClient; id: string }> = {};
const sockets: ClientSocket[] = [];

beforeAll(async () => {
  t = await createTestApp({
    imports: [IdentityModule, CommunitiesModule, StreamModule, RealtimeModule],
  });
  for (const handle of ['boss', 'owner', 'member', 'outsider', 'leaver', 'quitter', 'roamer']) {
    people[handle] = await signUpPerson(t, handle, { password: PASSWORD });
  }
});
afterAll(async () => {
  for (const s of sockets) s.close();
  await t?.close();
});

const as = (handle: string) => people[handle].client;

function connect(cookie?: string): Promise<ClientSocket> {
  return new Promise((resolve, reject) => {
    const socket: ClientSocket = connectSocket(t.url, {
      transports: ['websocket'],
      extraHeaders: cookie ? { cookie } : {},
      reconnection: false,
      forceNew: true,
    });
    sockets.push(socket);
    socket.once('connect', () => resolve(socket));
    socket.once('connect_error', (e) => {
      socket.close();
      reject(e);
    });
  });
}

const connectAs = (handle: string) => connect(as(handle).cookieHeader);

function record<E extends keyof ServerToClientEvents>(socket: ClientSocket, event: E) {
  const frames: Parameters<ServerToClientEvents[E]>[0][] = [];
  socket.on(event as 'post:created', (payload) => frames.push(payload as never));
  return frames;
}

/** Every frame of any event, as text, for canary checks. */
function recordAll(socket: ClientSocket): string[] {
  const frames: string[] = [];
  socket.onAny((event, ...args) => frames.push(JSON.stringify([event, ...args])));
  return frames;
}

const join = (socket: ClientSocket, payload: unknown): Promise<JoinAck> =>
  (
    socket.timeout(2000) as unknown as { emitWithAck(e: string, p: unknown): Promise<JoinAck> }
  ).emitWithAck('join', payload);

const settle = () => new Promise((r) => setTimeout(r, 300));
const disconnected = (s: ClientSocket) =>
  new Promise<void>((resolve) => (s.connected ? s.once('disconnect', () => resolve()) : resolve()));

async function restrictedCommunity(slug: string): Promise<string> {
  const { createCommunity } = await as('owner').ok<{ createCommunity: { id: string } }>(
    `mutation ($i: CreateCommunityInput!) { createCommunity(input: $i) { id } }`,
    { i: { name: slug, slug, type: 'RESTRICTED' } },
  );
  for (const handle of ['member', 'leaver']) {
    await as('owner').ok(
      `mutation ($c: ID!, $h: String!) { inviteToCommunity(communityId: $c, handle: $h) { state } }`,
      {
        c: createCommunity.id,
        h: handle,
      },
    );
    await as(handle).ok(`mutation ($c: ID!) { joinCommunity(id: $c) { state } }`, {
      c: createCommunity.id,
    });
  }
  return createCommunity.id;
}

async function post(handle: string, body: string, communityId?: string): Promise<string> {
  const data = await as(handle).ok<{ createPost: { id: string } }>(
    `mutation ($input: CreatePostInput!) { createPost(input: $input) { id } }`,
    { input: { body, communityId } },
  );
  return data.createPost.id;
}

const reply = (handle: string, postId: string, body: string) =>
  as(handle).ok(
    `mutation ($p: ID!, $i: ReplyInput!) { createReply(postId: $p, input: $i) { id } }`,
    {
      p: postId,
      i: { body },
    },
  );

describe('handshake', () => {
  it('refuses a socket without a session cookie', async () => {
    await expect(connect()).rejects.toThrow('UNAUTHENTICATED');
  });

  it('refuses a forged or malformed session cookie', async () => {
    await expect(connect(`outloud_session=${'A'.repeat(43)}`)).rejects.toThrow('UNAUTHENTICATED');
    await expect(connect('outloud_session=%%%; other=1')).rejects.toThrow('UNAUTHENTICATED');
  });

  it('refuses a browser handshake from another site (cross-site websocket hijacking)', async () => {
    const socket = connectSocket(t.url, {
      transports: ['websocket'],
      extraHeaders: { cookie: as('member').cookieHeader, origin: 'https://evil.example' },
      reconnection: false,
      forceNew: true,
    });
    sockets.push(socket);
    const error = await new Promise<Error>((resolve) => socket.once('connect_error', resolve));
    expect(error.message).toBe('FORBIDDEN');
  });

  it('accepts the session cookie', async () => {
    const socket = await connectAs('member');
    expect(socket.connected).toBe(true);
  });
});

describe('rooms', () => {
  let communityId: string;
  let restrictedPostId: string;

  beforeAll(async () => {
    communityId = await restrictedCommunity('realtime-r');
    restrictedPostId = await post('member', `Inside R ${CANARY}`, communityId);
    await t.drainOutbox();
  });

  it('refuses an outsider joining a restricted post or community, and sends it nothing', async () => {
    const outsider = await connectAs('outsider');
    const frames = recordAll(outsider);
    expect(await join(outsider, { room: `post:${restrictedPostId}` })).toEqual({
      ok: false,
      code: 'NOT_FOUND',
    });
    expect(await join(outsider, { room: `community:${communityId}` })).toEqual({
      ok: false,
      code: 'NOT_FOUND',
    });
    const member = await connectAs('member');
    const replies = record(member, 'reply:created');
    const posts = record(member, 'post:created');
    expect(await join(member, { room: `post:${restrictedPostId}` })).toEqual({ ok: true });
    expect(await join(member, { room: `community:${communityId}` })).toEqual({ ok: true });

    await reply('owner', restrictedPostId, `An answer ${CANARY}`);
    const second = await post('owner', `Another one ${CANARY}`, communityId);
    await t.drainOutbox();
    await settle();

    expect(replies).toEqual([expect.objectContaining({ postId: restrictedPostId })]);
    expect(posts).toEqual([{ postId: second, authorId: people.owner.id, communityId }]);
    expect(JSON.stringify([replies, posts])).not.toContain(CANARY);
    expect(frames).toEqual([]);
  });

  it("tells the author's followers about a new public post, and no one else", async () => {
    await as('roamer').ok(`mutation { followUser(handle: "boss") { id } }`);
    await t.drainOutbox();
    const heard = record(await connectAs('roamer'), 'post:created');
    const notHeard = record(await connectAs('quitter'), 'post:created');
    const id = await post('boss', 'Public news');
    await t.drainOutbox();
    await settle();
    expect(heard).toEqual([{ postId: id, authorId: people.boss.id, communityId: null }]);
    expect(notHeard).toEqual([]);
  });

  it('follows and unfollows made while connected change what the open sockets hear', async () => {
    const [first, second] = [await connectAs('quitter'), await connectAs('quitter')];
    const heard = [record(first, 'post:created'), record(second, 'post:created')];
    await as('quitter').ok(`mutation { followUser(handle: "owner") { id } }`);
    await t.drainOutbox();
    const followed = await post('owner', 'Heard by a new follower');
    await t.drainOutbox();
    await settle();
    await as('quitter').ok(`mutation { unfollowUser(handle: "owner") { id } }`);
    await t.drainOutbox();
    await post('owner', 'Not heard after unfollowing');
    await t.drainOutbox();
    await settle();
    const expected = [{ postId: followed, authorId: people.owner.id, communityId: null }];
    expect(heard).toEqual([expected, expected]);
  });

  it("reads none of the author's followers to push a new post", async () => {
    for (const handle of ['member', 'outsider', 'leaver'])
      await as(handle).ok(`mutation { followUser(handle: "boss") { id } }`);
    await t.drainOutbox();
    const sent = jest.spyOn(Pool.prototype, 'query');
    await post('boss', 'One room, however many followers');
    await t.drainOutbox();
    const push = sent.mock.calls
      .map(([q]) => q as unknown as SentStatement)
      .find((q) => q.text?.includes('SELECT p.author_id, p.community_id'));
    sent.mockRestore();
    expect(push).toBeDefined();
    // Boss has four followers; the push's statement reads the post, not them.
    expect((await rowsRead(t.db.url, push!)).follows ?? 0).toBe(0);
  });

  it('answers malformed payloads with an error ack and stays up', async () => {
    const socket = await connectAs('outsider');
    for (const payload of [
      42,
      null,
      'post:x',
      { room: 'user:' + people.member.id },
      { room: 'post:' + 'x'.repeat(5000) },
      { room: ['post:1'] },
    ])
      expect(await join(socket, payload)).toEqual({ ok: false, code: 'BAD_USER_INPUT' });
    // No acknowledgement callback, unknown events: ignored.
    (socket as unknown as { emit(e: string, p: unknown): void }).emit('join', { room: 7 });
    (socket as unknown as { emit(e: string, p: unknown): void }).emit('nonsense', { a: 1 });
    expect(await join(socket, { room: 'post:00000000-0000-0000-0000-000000000000' })).toEqual({
      ok: false,
      code: 'NOT_FOUND',
    });
    expect(socket.connected).toBe(true);
  });

  it('disconnects a socket flooding join requests; others are unaffected', async () => {
    const flooder = await connectAs('outsider');
    const bystander = await connectAs('member');
    const gone = disconnected(flooder);
    for (let i = 0; i < COMMAND_LIMIT.count + 10; i++)
      flooder.emit('join', { room: `post:${restrictedPostId}` }, () => undefined);
    await gone;
    expect(flooder.connected).toBe(false);
    expect(await join(bystander, { room: `post:${restrictedPostId}` })).toEqual({ ok: true });
    expect((await connectAs('outsider')).connected).toBe(true);
  });

  it('takes a removed member out of the community and post rooms at once', async () => {
    const leaver = await connectAs('leaver');
    const frames = recordAll(leaver);
    expect(await join(leaver, { room: `post:${restrictedPostId}` })).toEqual({ ok: true });
    expect(await join(leaver, { room: `community:${communityId}` })).toEqual({ ok: true });
    await as('owner').ok(
      `mutation ($c: ID!, $u: ID!) { removeCommunityMember(communityId: $c, userId: $u) }`,
      {
        c: communityId,
        u: people.leaver.id,
      },
    );
    await t.drainOutbox();
    await reply('member', restrictedPostId, `After removal ${CANARY}`);
    await post('member', `After removal ${CANARY}`, communityId);
    await t.drainOutbox();
    await settle();
    expect(frames).toEqual([]);
    expect(leaver.connected).toBe(true);
  });
});

describe('hidden by moderation', () => {
  it('takes everyone who may no longer see a hidden post out of its room; its author stays', async () => {
    const postId = await post('owner', 'A post about to be hidden');
    const watcher = await connectAs('outsider');
    const author = await connectAs('owner');
    const watcherFrames = recordAll(watcher);
    const authorFrames = record(author, 'reply:created');
    expect(await join(watcher, { room: `post:${postId}` })).toEqual({ ok: true });
    expect(await join(author, { room: `post:${postId}` })).toEqual({ ok: true });
    // What moderation commits when it hides a post: the item, and the event in the same transaction.
    await t.dataSource.transaction(async (tx) => {
      await tx.query(
        `INSERT INTO moderation_items (target_type, target_id, author_id, post_id, state, hidden_at)
         VALUES ('post', $1, $2, $1, 'hidden', now())`,
        [postId, people.owner.id],
      );
      await t.app.get(OutboxService).enqueue(tx, 'moderation.post.hidden', { postId });
    });
    await t.drainOutbox();
    await reply('owner', postId, `After hiding ${CANARY}`);
    await t.drainOutbox();
    await settle();
    expect(watcherFrames).toEqual([]);
    expect(authorFrames).toHaveLength(1);
    // Joining again is refused, like any post the viewer cannot see.
    expect((await join(watcher, { room: `post:${postId}` })).ok).toBe(false);
  });
});

describe('ending access', () => {
  it('disconnects a deactivated person and refuses them afterwards', async () => {
    const socket = await connectAs('quitter');
    const cookie = as('quitter').cookieHeader;
    const gone = disconnected(socket);
    await as('boss').ok(`mutation ($u: ID!) { deactivateUser(userId: $u) { id } }`, {
      u: people.quitter.id,
    });
    await t.drainOutbox();
    await gone;
    await expect(connect(cookie)).rejects.toThrow('UNAUTHENTICATED');
  });

  it('disconnects sockets of sessions ended by "log out everywhere" on the next sweep', async () => {
    const socket = await connectAs('outsider');
    const other = await connectAs('member');
    await as('outsider').ok(`mutation { logOutEverywhere }`);
    const gone = disconnected(socket);
    expect(await t.app.get(SessionSweeper).sweep()).toBeGreaterThanOrEqual(1);
    await gone;
    expect(other.connected).toBe(true);
  });
});

describe('ending sessions (event-driven, with the outbox worker running)', () => {
  beforeAll(() => t.app.get(OutboxWorker).start());
  afterAll(() => t.app.get(OutboxWorker).beforeApplicationShutdown());

  /** A second device: the same person logged in with a fresh session. */
  async function secondDevice(handle: string): Promise<GraphqlClient> {
    const client = t.client();
    await client.ok(`mutation ($i: LogInInput!) { logIn(input: $i) { viewer { id } } }`, {
      i: { login: handle, password: PASSWORD },
    });
    return client;
  }

  const within = <T>(ms: number, promise: Promise<T>) =>
    Promise.race([
      promise,
      new Promise<never>((_, reject) =>
        setTimeout(() => reject(new Error(`not within ${ms} ms`)), ms),
      ),
    ]);

  it('closes the sockets of a logged-out session within 2 s, not the other device; reconnect refused', async () => {
    const laptop = await secondDevice('roamer');
    const phone = await secondDevice('roamer');
    const laptopSocket = await connect(laptop.cookieHeader);
    const phoneSocket = await connect(phone.cookieHeader);
    const cookie = laptop.cookieHeader;
    const gone = disconnected(laptopSocket);
    await laptop.ok(`mutation { logOut }`);
    await within(2000, gone);
    await settle();
    expect(phoneSocket.connected).toBe(true);
    await expect(connect(cookie)).rejects.toThrow('UNAUTHENTICATED');
  });

  it('closes every socket of the person within 2 s on "log out everywhere"; others stay', async () => {
    const laptop = await secondDevice('roamer');
    const phone = await secondDevice('roamer');
    const sockets = [await connect(laptop.cookieHeader), await connect(phone.cookieHeader)];
    const bystander = await connectAs('member');
    const gone = Promise.all(sockets.map(disconnected));
    await phone.ok(`mutation { logOutEverywhere }`);
    await within(2000, gone);
    expect(bystander.connected).toBe(true);
    await expect(connect(laptop.cookieHeader)).rejects.toThrow('UNAUTHENTICATED');
    await expect(connect(phone.cookieHeader)).rejects.toThrow('UNAUTHENTICATED');
  });

  it("closes a deactivated person's sockets within 2 s", async () => {
    const device = await secondDevice('leaver');
    const socket = await connect(device.cookieHeader);
    const gone = disconnected(socket);
    await as('boss').ok(`mutation ($u: ID!) { deactivateUser(userId: $u) { id } }`, {
      u: people.leaver.id,
    });
    await within(2000, gone);
    await expect(connect(device.cookieHeader)).rejects.toThrow('UNAUTHENTICATED');
  });
});
