import { request } from 'node:http';
import { readFileSync } from 'node:fs';
import { NotificationCreatedPayload, ServerToClientEvents } from '@outloud/contracts';
import { createTestDatabase, TestDatabase } from '@outloud/server-core/testing';
import { io as connectSocket, Socket } from 'socket.io-client';
import { ApiProcess, freePort, signUpOn, startApiProcess } from './support/api-process';

// HTTP_PROCESSES=3 (docs/operations.md, "Both cores"): a primary and three HTTP processes of the
// real main.ts on one port and one database, no Redis. Node hands each new connection to the
// next process in turn, so new connections land on all. Three, not two: the process that took a
// log-out and the one that ran its job forget the session on their own; a third only through them.

const METRICS_TOKEN = 'scraper-of-three-processes';

let db: TestDatabase;
let api: ApiProcess;
const sockets: Socket<ServerToClientEvents>[] = [];

beforeAll(async () => {
  db = await createTestDatabase();
  api = await startApiProcess({
    DATABASE_URL: db.url,
    HTTP_PROCESSES: '3',
    PORT: String(await freePort()),
    METRICS_TOKEN: METRICS_TOKEN,
  });
}, 120_000);
afterAll(async () => {
  for (const s of sockets) s.close();
  await api?.stop();
  await db?.drop();
});

/** The primary's children: its HTTP processes. */
const httpProcesses = (): number[] =>
  readFileSync(`/proc/${api.pid}/task/${api.pid}/children`, 'utf8')
    .trim()
    .split(/\s+/)
    .filter(Boolean)
    .map(Number);

/** POST /graphql on a connection of its own (fetch would keep reusing one, to one process). */
function onNewConnection(
  body: object,
  cookie: string,
): Promise<{ status: number; json: { data: { viewer: { id: string } | null } } }> {
  return new Promise((done, fail) => {
    const payload = JSON.stringify(body);
    const req = request(
      `${api.url}/graphql`,
      {
        method: 'POST',
        agent: false,
        headers: {
          'content-type': 'application/json',
          'apollo-require-preflight': 'true',
          cookie,
        },
      },
      (res) => {
        let text = '';
        res.on('data', (c) => (text += c));
        res.on('end', () => done({ status: res.statusCode ?? 0, json: JSON.parse(text) }));
      },
    );
    req.on('error', fail);
    req.end(payload);
  });
}

/** GET /metrics on a connection of its own, so successive scrapes reach different processes. */
function scrape(): Promise<string> {
  return new Promise((done, fail) => {
    const req = request(
      `${api.url}/metrics`,
      { agent: false, headers: { authorization: `Bearer ${METRICS_TOKEN}` } },
      (res) => {
        let text = '';
        res.on('data', (c) => (text += c));
        res.on('end', () =>
          res.statusCode === 200 ? done(text) : fail(new Error(`${res.statusCode}: ${text}`)),
        );
      },
    );
    req.on('error', fail);
    req.end();
  });
}

const signUp = (handle: string) => signUpOn(api.url!, handle);

async function connect(cookie: string): Promise<Socket<ServerToClientEvents>> {
  const socket = connectSocket(api.url!, {
    transports: ['websocket'],
    extraHeaders: { cookie },
    reconnection: false,
    forceNew: true,
  });
  sockets.push(socket);
  await new Promise<void>((done, fail) => {
    socket.once('connect', () => done());
    socket.once('connect_error', fail);
  });
  return socket;
}

it('starts three HTTP processes on one port and says so', () => {
  expect(api.logs()).toContain('3 HTTP processes (HTTP_PROCESSES=3');
  expect(httpProcesses()).toHaveLength(3);
});

it("delivers a mention to the person's sockets on every process, without Redis", async () => {
  const asker = await signUp('asker');
  const expert = await signUp('expert');
  // Six connections, two to each process; the job that pushes runs in one of them.
  const frames: NotificationCreatedPayload[][] = [];
  for (let i = 0; i < 6; i++) {
    const socket = await connect(expert.client.cookieHeader);
    const received: NotificationCreatedPayload[] = [];
    socket.on('notification:created', (p) => received.push(p));
    frames.push(received);
  }
  const { createPost } = await asker.client.ok<{ createPost: { id: string } }>(
    `mutation ($input: CreatePostInput!) { createPost(input: $input) { id } }`,
    { input: { body: 'Who knows how to rotate the VPN certificate, @expert?' } },
  );
  const deadline = Date.now() + 20_000;
  while (frames.some((f) => f.length === 0) && Date.now() < deadline)
    await new Promise((r) => setTimeout(r, 50));
  expect(frames.map((f) => f.map((p) => p.notification.postId))).toEqual(
    Array.from({ length: 6 }, () => [createPost.id]),
  );
}, 60_000);

it('refuses a logged-out session on every process at once, cached or not', async () => {
  const person = await signUp('leaver');
  const cookie = person.client.cookieHeader;
  const viewer = { query: '{ viewer { id } }' };
  // Every process reads the session and keeps it in its short-lived cache.
  for (let i = 0; i < 6; i++)
    expect((await onNewConnection(viewer, cookie)).json.data.viewer).toEqual({ id: person.id });
  await person.client.ok(`mutation { logOut }`);
  const after = await Promise.all(Array.from({ length: 6 }, () => onNewConnection(viewer, cookie)));
  expect(after.map((r) => r.json.data.viewer)).toEqual(Array(6).fill(null));
});

it('answers a scrape on any process with the figures of all of them', async () => {
  // Six requests on connections of their own: two to each process.
  const probe = { query: 'query MetricsProbe { viewer { id } }', operationName: 'MetricsProbe' };
  for (let i = 0; i < 6; i++) expect((await onNewConnection(probe, '')).status).toBe(200);
  const counted =
    /outloud_graphql_request_duration_seconds_count\{operation="MetricsProbe",type="query"\} (\d+)/;
  // Three scrapes, one to each process (a request is counted once its response has gone, so
  // a scrape may come a moment early: each process gets a few tries).
  for (let i = 0; i < 3; i++) {
    let text = '';
    const deadline = Date.now() + 5_000;
    do text = await scrape();
    while (counted.exec(text)?.[1] !== '6' && Date.now() < deadline);
    expect(counted.exec(text)?.[1]).toBe('6');
    // Each metric once, not once per process.
    const types = text.split('\n').filter((line) => line.startsWith('# TYPE '));
    expect(new Set(types).size).toBe(types.length);
  }
}, 60_000);

it('starts another HTTP process when one dies, and keeps serving', async () => {
  const [victim] = httpProcesses();
  process.kill(victim, 'SIGKILL');
  const restarted = 'An HTTP process exited (signal SIGKILL): starting another';
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    const now = httpProcesses();
    if (now.length === 3 && !now.includes(victim) && api.logs().includes(restarted)) break;
    await new Promise((r) => setTimeout(r, 100));
  }
  expect(httpProcesses()).toHaveLength(3);
  expect(httpProcesses()).not.toContain(victim);
  expect(api.logs()).toContain(restarted);
  for (let i = 0; i < 6; i++)
    expect((await onNewConnection({ query: '{ viewer { id } }' }, '')).status).toBe(200);
}, 90_000);

it('stops every HTTP process on SIGTERM, then itself, with code 0', async () => {
  const children = httpProcesses();
  expect(await api.stop()).toBe(0);
  for (const pid of children) expect(() => process.kill(pid, 0)).toThrow();
}, 60_000);
