/**
 * Fault plan, fan-out row (docs/security.md): a post in a community of 10,000 members while
 * 2,000 of them are connected by socket.io and listening in the community's room.
 * - `createPost` latency with the sockets connected is compared with the same posts sent while
 *   nobody listens (before the sockets connect and after they leave), posts a second apart and
 *   back to back: the post's request does not grow with the audience, because the fan-out is
 *   one outbox job (fast lane) emitting once to the community's room after commit;
 * - every connected member receives `post:created` for every post, within the stated budget.
 *
 *   DATABASE_URL=postgres://postgres@127.0.0.1:5432/postgres SWC_NODE_PROJECT=tsconfig.base.json \
 *     node -r @swc-node/register tools/fault/community-fanout.ts [members=10000] [sockets=2000] [posts=20]
 *
 * The 10,000 members and the sessions of the 2,000 listeners are written straight into the run's
 * own database (signing up 10,000 people would time password hashing, not the fan-out); the
 * author and the community go through the API. Bounded: 127.0.0.1 only, its own database
 * (dropped at the end), sockets opened 100 at a time, the whole run 8 minutes at most; it stops
 * only the API process it started, by PID.
 */
import { randomBytes, createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { Client } from 'pg';
import { io as connectSocket, type Socket } from 'socket.io-client';
import {
  freePort,
  gql,
  report,
  scratch,
  signUp,
  startApiProcess,
  type ApiProcess,
} from './fault-support';

const members = Number(process.argv[2] ?? 10_000);
const socketCount = Number(process.argv[3] ?? 2_000);
const postCount = Number(process.argv[4] ?? 20);
/** The stated budget: every listener has every post this soon after it was sent. */
const DELIVERY_BUDGET_MS = 5_000;
const GAP_MS = 1_000;

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

function stats(values: number[]): { p50: number; p99: number; max: number; n: number } {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (p: number) =>
    sorted.length ? sorted[Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1)] : 0;
  return { p50: at(0.5), p99: at(0.99), max: sorted.at(-1) ?? 0, n: sorted.length };
}

async function main(): Promise<void> {
  const db = await scratch('fanout');
  let api: ApiProcess | null = null;
  const sockets: Socket[] = [];
  const watchdog = setTimeout(() => {
    process.stderr.write('fan-out: the run exceeded its time bound; stopping what it started\n');
    for (const s of sockets) s.disconnect();
    void Promise.allSettled([api?.stop()]).then(() => process.exit(2));
  }, 480_000);
  try {
    api = await startApiProcess({
      DATABASE_URL: db.url,
      DATA_DIR: db.dataDir,
      PORT: String(await freePort()),
      RATE_LIMIT_POSTS_PER_HOUR: '100000',
    });
    const url = api.url!;
    const author = await signUp(url, 'author');
    const { body: created } = await gql(
      url,
      author,
      `mutation ($i: CreateCommunityInput!) { createCommunity(input: $i) { id } }`,
      { i: { name: 'All hands', slug: 'all-hands', type: 'OPEN' } },
    );
    const communityId = created.data!.createCommunity.id!;

    // Members and listeners' sessions, in bulk.
    const sql = new Client({ connectionString: db.url });
    await sql.connect();
    const seeded = Date.now();
    await sql.query(
      `INSERT INTO users (handle, display_name, email, password_hash)
       SELECT 'm' || n, 'Member ' || n, 'm' || n || '@corp.example', 'not-a-password-hash'
         FROM generate_series(1, $1::int) n`,
      [members],
    );
    await sql.query(
      `INSERT INTO community_members (community_id, user_id, role, state)
       SELECT $1, id, 'member', 'member' FROM users WHERE handle ~ '^m[0-9]+$'`,
      [communityId],
    );
    await sql.query(
      `UPDATE communities SET member_count = (SELECT count(*) FROM community_members
         WHERE community_id = $1 AND state = 'member') WHERE id = $1`,
      [communityId],
    );
    const tokens = Array.from({ length: socketCount }, () => randomBytes(32).toString('base64url'));
    await sql.query(
      `INSERT INTO sessions (user_id, token_hash, expires_at)
       SELECT u.id, t.hash, now() + interval '1 day'
         FROM unnest($1::text[]) WITH ORDINALITY AS t(hash, n)
         JOIN users u ON u.handle = 'm' || t.n`,
      [tokens.map((t) => createHash('sha256').update(t).digest('hex'))],
    );
    const memberCount = (
      await sql.query(`SELECT member_count AS n FROM communities WHERE id = $1`, [communityId])
    ).rows[0].n as number;
    const seedMs = Date.now() - seeded;

    const createPost = async (n: number, phase: string) => {
      const started = Date.now();
      const { body } = await gql(
        url,
        author,
        `mutation ($i: CreatePostInput!) { createPost(input: $i) { id } }`,
        { i: { body: `fan-out ${phase} ${n}`, communityId } },
      );
      const id = body.data?.createPost?.id;
      if (!id || body.errors) throw new Error(`createPost failed: ${JSON.stringify(body.errors)}`);
      return { id, sentAt: started, ms: Date.now() - started };
    };

    /** CPU milliseconds used so far by the API process (/proc, Linux) and by this process. */
    const apiPid = api.pid;
    const cpu = () => {
      const fields = readFileSync(`/proc/${apiPid}/stat`, 'utf8').split(') ')[1].split(' ');
      const used = process.cpuUsage();
      return {
        api: ((Number(fields[11]) + Number(fields[12])) * 1000) / 100, // utime + stime, 100 Hz
        clients: (used.user + used.system) / 1000,
      };
    };
    const cpuPerPost: Record<string, { api: number; clients: number }> = {};
    /** `postCount` posts one after another, `gapMs` apart; CPU per post including its jobs. */
    const phase = async (name: string, gapMs: number) => {
      const posts: { id: string; sentAt: number; ms: number }[] = [];
      const before = cpu();
      for (let n = 0; n < postCount; n++) {
        posts.push(await createPost(n, name));
        if (gapMs) await sleep(gapMs);
      }
      await sleep(gapMs ? 0 : GAP_MS); // let the last fan-out finish
      const after = cpu();
      cpuPerPost[name] = {
        api: Math.round((after.api - before.api) / postCount),
        clients: Math.round((after.clients - before.clients) / postCount),
      };
      return posts;
    };
    const ms = (posts: { ms: number }[]) => stats(posts.map((p) => p.ms));

    // 1. Without the fan-out: nobody listening (after a few posts to warm the API up).
    for (let n = 0; n < 5; n++) await createPost(n, 'warm-up');
    const quiet = await phase('quiet', GAP_MS);
    const quietBurst = await phase('quiet-burst', 0);

    // 2. Connect the listeners, 100 at a time, each joining the community's room.
    const received = new Map<string, number[]>(); // postId → receive times
    const connectStarted = Date.now();
    let connectFailures = 0;
    let joinFailures = 0;
    for (let i = 0; i < socketCount; i += 100) {
      await Promise.all(
        tokens.slice(i, i + 100).map(async (token) => {
          const socket = connectSocket(url, {
            transports: ['websocket'],
            extraHeaders: { cookie: `outloud_session=${token}` },
            reconnection: false,
            forceNew: true,
            timeout: 20_000,
          });
          sockets.push(socket);
          socket.on('post:created', (payload: { postId: string }) => {
            const at = Date.now();
            const list = received.get(payload.postId);
            if (list) list.push(at);
            else received.set(payload.postId, [at]);
          });
          const connected = await new Promise<boolean>((done) => {
            const timer = setTimeout(() => done(false), 20_000);
            socket.once('connect', () => (clearTimeout(timer), done(true)));
            socket.once('connect_error', () => (clearTimeout(timer), done(false)));
          });
          if (!connected) {
            connectFailures++;
            return;
          }
          const ack = await socket
            .timeout(20_000)
            .emitWithAck('join', { room: `community:${communityId}` })
            .catch(() => ({ ok: false }));
          if (!(ack as { ok: boolean }).ok) joinFailures++;
        }),
      );
    }
    const connectMs = Date.now() - connectStarted;
    const listening = sockets.filter((s) => s.connected).length - joinFailures;

    // 3. With the fan-out: posts a second apart (each fan-out done before the next post), then
    // back to back (each post's request overlaps the fan-out of the one before).
    const spaced = await phase('spaced', GAP_MS);
    const burst = await phase('burst', 0);
    const everyPost = [...spaced, ...burst];
    // Wait for stragglers up to the budget after the last post.
    const waitUntil = burst.at(-1)!.sentAt + burst.at(-1)!.ms + DELIVERY_BUDGET_MS;
    while (
      Date.now() < waitUntil &&
      everyPost.some((p) => (received.get(p.id)?.length ?? 0) < listening)
    )
      await sleep(100);

    const deliveryOf = (posts: { id: string; sentAt: number; ms: number }[]) => {
      const fromSend: number[] = [];
      const afterAnswer: number[] = [];
      let late = 0;
      for (const p of posts) {
        for (const at of received.get(p.id) ?? []) {
          fromSend.push(at - p.sentAt);
          afterAnswer.push(at - (p.sentAt + p.ms));
          if (at - p.sentAt > DELIVERY_BUDGET_MS) late++;
        }
      }
      return {
        delivered: fromSend.length,
        expected: posts.length * listening,
        late,
        msFromSend: stats(fromSend),
        msAfterAnswer: stats(afterAnswer),
      };
    };
    const spacedDelivery = deliveryOf(spaced);
    const burstDelivery = deliveryOf(burst);
    for (const s of sockets) s.disconnect();
    sockets.length = 0;

    // 4. Nobody listening again, to separate the audience from the order of the phases.
    await sleep(2_000);
    const quietAfter = await phase('quiet-after', GAP_MS);
    const quietBurstAfter = await phase('quiet-burst-after', 0);

    const jobs = (
      await sql.query(
        `SELECT count(*)::int AS n FROM outbox_jobs WHERE handler = 'realtime.postCreated'`,
      )
    ).rows[0].n as number;
    await sql.end();

    const quietSpaced = ms([...quiet, ...quietAfter]);
    const quietBackToBack = ms([...quietBurst, ...quietBurstAfter]);
    const result = {
      members: memberCount,
      socketsRequested: socketCount,
      socketsListening: listening,
      connectFailures,
      joinFailures,
      connectMs,
      seedMs,
      postsPerPhase: postCount,
      createPostMs: {
        spaced: {
          nobodyListening: quietSpaced,
          listening: ms(spaced),
          before: ms(quiet),
          after: ms(quietAfter),
        },
        backToBack: {
          nobodyListening: quietBackToBack,
          listening: ms(burst),
          before: ms(quietBurst),
          after: ms(quietBurstAfter),
        },
      },
      deliverySpaced: spacedDelivery,
      deliveryBackToBack: burstDelivery,
      budgetMs: DELIVERY_BUDGET_MS,
      cpuMsPerPost: cpuPerPost,
      realtimeJobsLeft: jobs,
    };
    const unaffected = (listening: { p50: number }, quiet: { p50: number }) =>
      listening.p50 <= quiet.p50 * 1.5 + 20;
    const holds =
      memberCount === members + 1 && // and the author, its owner
      listening === socketCount &&
      [spacedDelivery, burstDelivery].every((d) => d.delivered === d.expected && d.late === 0) &&
      // "Unaffected": the median post with listeners within 1.5× (+20 ms) of without.
      unaffected(ms(spaced), quietSpaced) &&
      unaffected(ms(burst), quietBackToBack);
    report(result, holds, 'Fan-out');
  } finally {
    clearTimeout(watchdog);
    for (const s of sockets) s.disconnect();
    await api?.stop();
    await db.drop();
  }
}

main().catch((error) => {
  process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
  process.exitCode = 1;
});
