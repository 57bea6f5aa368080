import { NotificationCreatedPayload, ServerToClientEvents } from '@outloud/contracts';
import { createTestDatabase, TestDatabase } from '@outloud/server-core/testing';
import { Client } from 'pg';
import { io as connectSocket, Socket } from 'socket.io-client';
import { ApiProcess, freePort, signUpOn, startApiProcess } from './support/api-process';

// WORKER_MODE split (docs/operations.md, "Scaling"): an HTTP-only process takes the writes and
// runs no jobs; a jobs-only process opens no port and delivers them, its socket pushes reaching
// the HTTP process's sockets through Redis. Two real processes of main.ts, one database.
const REDIS_URL = 'redis://127.0.0.1:6379';

let db: TestDatabase;
let http: ApiProcess;
let jobs: ApiProcess | undefined;
let socket: Socket<ServerToClientEvents> | undefined;

beforeAll(async () => {
  db = await createTestDatabase();
  http = await startApiProcess({
    DATABASE_URL: db.url,
    REDIS_URL,
    WORKER_MODE: 'off',
    PORT: String(await freePort()),
  });
}, 120_000);
afterAll(async () => {
  socket?.close();
  await jobs?.stop();
  await http?.stop();
  await db?.drop();
});

const signUp = (handle: string) => signUpOn(http.url!, handle);

/** Notification and push jobs still waiting in the outbox. */
const queuedJobs = async () => {
  const pg = new Client({ connectionString: db.url });
  await pg.connect();
  try {
    const { rows } = await pg.query(
      `SELECT handler FROM outbox_jobs WHERE handler LIKE 'notifications.%' OR handler LIKE 'realtime.%'`,
    );
    return rows.map((r: { handler: string }) => r.handler);
  } finally {
    await pg.end();
  }
};

it('a jobs-only and an HTTP-only process together deliver a mention, live', async () => {
  const asker = await signUp('asker');
  const expert = await signUp('expert');
  socket = connectSocket(http.url!, {
    transports: ['websocket'],
    extraHeaders: { cookie: expert.client.cookieHeader },
    reconnection: false,
    forceNew: true,
  });
  await new Promise<void>((done, fail) => {
    socket!.once('connect', () => done());
    socket!.once('connect_error', fail);
  });
  const frames: NotificationCreatedPayload[] = [];
  socket.on('notification:created', (p) => frames.push(p));

  const { createPost } = await asker.client.ok<{ createPost: { id: string } }>(
    `mutation ($input: CreatePostInput!) { createPost(input: $input) { id } }`,
    { input: { body: 'Who knows how to rotate the VPN certificate, @expert?' } },
  );

  // The HTTP-only process runs no jobs: the mention waits in the outbox.
  await new Promise((r) => setTimeout(r, 1500));
  expect(await queuedJobs()).toEqual(
    expect.arrayContaining([expect.stringMatching(/^notifications\./)]),
  );
  expect(frames).toEqual([]);

  // The jobs-only process opens no port, claims the jobs, and its push reaches the socket
  // connected to the HTTP process.
  const jobsPort = await freePort();
  const started = Date.now();
  jobs = await startApiProcess({
    DATABASE_URL: db.url,
    REDIS_URL,
    WORKER_MODE: 'only',
    PORT: String(jobsPort),
  });
  expect(jobs.url).toBeNull();
  await expect(fetch(`http://127.0.0.1:${jobsPort}/healthz`)).rejects.toThrow();

  while (frames.length === 0 && Date.now() - started < 30_000)
    await new Promise((r) => setTimeout(r, 50));
  expect(frames).toHaveLength(1);
  expect(frames[0].notification).toMatchObject({ type: 'MENTIONED', postId: createPost.id });

  const { notifications } = await expert.client.ok<{
    notifications: { nodes: { type: string; postId: string }[] };
  }>(`{ notifications(first: 10) { nodes { type postId } } }`);
  expect(notifications.nodes).toEqual([{ type: 'MENTIONED', postId: createPost.id }]);
  expect(await queuedJobs()).toEqual([]);

  // Both stop cleanly on SIGTERM, the worker after finishing its jobs.
  expect(await jobs.stop()).toBe(0);
  expect(await http.stop()).toBe(0);
}, 120_000);
